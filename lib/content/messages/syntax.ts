import type { Text } from './words';

/** What an editor typed that MDX cannot read, and how to fix it (explain.ts recognises the mistakes). */
export const sayMdx = {
  /** An MDX error that explain.ts does not recognise: the parser's own words, inside a general explanation. */
  mdxUnreadable: (what: string): Text => ({
    fr: `le texte de la page n’est pas du MDX lisible (${what}) : vérifiez que chaque \`<Composant>\` est refermé, et écrivez \`\\{\`, \`\\}\`, \`&lt;\` pour afficher \`{\`, \`}\`, \`<\``,
    en: `the page text cannot be read as MDX (${what}): check that every \`<Component>\` is closed, and write \`\\{\`, \`\\}\`, \`&lt;\` to show \`{\`, \`}\`, \`<\``,
  }),
  mdxUnclosedTag: (name: string): Text => ({
    fr: `la balise \`<${name}>\` n’est pas refermée : ajoutez \`</${name}>\` après son contenu, sur une ligne à part, ou écrivez \`<${name} />\` si elle n’en a pas`,
    en: `the tag \`<${name}>\` is not closed: add \`</${name}>\` after its content, on a line of its own, or write \`<${name} />\` if it has none`,
  }),
  mdxTagMismatch: (closing: string, open: string): Text => ({
    fr: `la balise fermante \`</${closing}>\` ne correspond pas à la dernière balise ouverte, \`<${open}>\` : refermez d’abord \`<${open}>\` avec \`</${open}>\`, ou corrigez le nom`,
    en: `the closing tag \`</${closing}>\` does not match the last tag opened, \`<${open}>\`: close \`<${open}>\` first with \`</${open}>\`, or correct the name`,
  }),
  mdxClosingAlone: (): Text => ({
    fr: 'une balise fermante `</…>` n’a pas de balise ouvrante : supprimez-la, ou ajoutez la balise ouvrante avant le contenu',
    en: 'a closing tag `</…>` has no opening tag: remove it, or add the opening tag before the content',
  }),
  mdxLessThan: (): Text => ({
    fr: 'après `<`, il faut le nom d’un composant : dans le texte, `<` ouvre une balise ; pour écrire le signe lui-même, tapez `&lt;`',
    en: 'after `<` comes the name of a component: in the text, `<` opens a tag; to write the sign itself, type `&lt;`',
  }),
  mdxUnfinishedTag: (): Text => ({
    fr: 'une balise n’est pas terminée (il manque `>` ou le guillemet qui ferme un attribut) : terminez-la, par exemple `<Figure id="countries" />`',
    en: 'a tag is not finished (a `>` or the quote closing an attribute is missing): finish it, for example `<Figure id="countries" />`',
  }),
  mdxBraces: (): Text => ({
    fr: 'les accolades `{` `}` ne sont pas permises dans le texte : une page ne contient pas de code ; pour afficher une accolade, écrivez `\\{` ou `\\}`',
    en: 'braces `{` `}` are not allowed in the text: a page holds no code; to show a brace, write `\\{` or `\\}`',
  }),
  mdxLazyLine: (): Text => ({
    fr: 'une ligne d’une liste ou d’une citation n’a pas le même retrait que les autres : alignez-la, ou laissez une ligne vide avant elle',
    en: 'a line of a list or a quote is not indented like the others: align it, or leave a blank line before it',
  }),
};

/** The fix for a YAML slip, in a page's frontmatter or a data file. */
export const sayYaml = {
  yamlUnquotedColon: (field: string, quoted: string): Text => ({
    fr: `la valeur de \`${field}\` contient « : » ; mettez-la entre guillemets : \`${quoted}\``,
    en: `the value of \`${field}\` contains ": "; put it between quotes: \`${quoted}\``,
  }),
  yamlTab: (): Text => ({ fr: 'une tabulation sert de retrait : remplacez-la par des espaces', en: 'a tab is used to indent: replace it with spaces' }),
  yamlAliases: (): Text => ({
    fr: 'ses ancres (`&nom`) et renvois (`*nom`) se répètent au point de faire des milliers de valeurs : écrivez chaque valeur en toutes lettres, sans `&` ni `*`',
    en: 'its anchors (`&name`) and aliases (`*name`) repeat into thousands of values: write each value out in full, without `&` or `*`',
  }),
  yamlQuote: (): Text => ({ fr: 'un guillemet n’est pas refermé : ajoutez-le à la fin de la valeur', en: 'a quote is not closed: add it at the end of the value' }),
};
