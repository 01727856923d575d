import type { YAMLError } from 'yaml';
import type { Locale } from '../../i18n/routing';

/**
 * The parsers speak English, and of their own grammar. Editors need to know what they typed wrong
 * and how to fix it, in their language: the mistakes they make are recognised here and explained;
 * anything else keeps the parser's own words, inside a general explanation.
 */

type Text = Record<Locale, string>;

/** What an MDX parser or compiler error says, and where the MDX packages classify it. */
interface MdxError {
  reason?: string;
  message?: string;
  ruleId?: string;
  source?: string;
}

const tagName = (tag: string) => tag.replace(/^<\/?|\/?>$/g, '');

/** The fix for an MDX error, or the parser's words in a general explanation. */
export function explainMdxError(error: unknown, what: string): Text {
  const { ruleId = '', source = '' } = (error ?? {}) as MdxError;
  const unclosed = /^Expected a closing tag for `([^`]+)`/.exec(what);
  if (ruleId === 'end-tag-mismatch' && unclosed?.[1]) {
    const name = tagName(unclosed[1]);
    return {
      fr: `la balise \`<${name}>\` n’est pas refermée : ajoutez \`</${name}>\` après son contenu, sur une ligne à part, ou écrivez \`<${name} />\` si elle n’en a pas`,
      en: `the tag \`<${name}>\` is not closed: add \`</${name}>\` after its content, on a line of its own, or write \`<${name} />\` if it has none`,
    };
  }
  const mismatch = /^Unexpected closing tag `([^`]+)`, expected corresponding closing tag for `([^`]+)`/.exec(what);
  if (ruleId === 'end-tag-mismatch' && mismatch?.[1] && mismatch[2]) {
    const [closing, open] = [tagName(mismatch[1]), tagName(mismatch[2])];
    return {
      fr: `la balise fermante \`</${closing}>\` ne correspond pas à la dernière balise ouverte, \`<${open}>\` : refermez d’abord \`<${open}>\` avec \`</${open}>\`, ou corrigez le nom`,
      en: `the closing tag \`</${closing}>\` does not match the last tag opened, \`<${open}>\`: close \`<${open}>\` first with \`</${open}>\`, or correct the name`,
    };
  }
  if (ruleId === 'unexpected-closing-slash') {
    return {
      fr: 'une balise fermante `</…>` n’a pas de balise ouvrante : supprimez-la, ou ajoutez la balise ouvrante avant le contenu',
      en: 'a closing tag `</…>` has no opening tag: remove it, or add the opening tag before the content',
    };
  }
  if (ruleId === 'unexpected-character' && source.includes('mdx-jsx')) {
    return {
      fr: 'après `<`, il faut le nom d’un composant : dans le texte, `<` ouvre une balise ; pour écrire le signe lui-même, tapez `&lt;` (et pour un commentaire, `{/* … */}`)',
      en: 'after `<` comes the name of a component: in the text, `<` opens a tag; to write the sign itself, type `&lt;` (and for a comment, `{/* … */}`)',
    };
  }
  if (ruleId === 'unexpected-eof' && source.includes('mdx-jsx')) {
    return {
      fr: 'une balise n’est pas terminée (il manque `>` ou le guillemet qui ferme un attribut) : terminez-la, par exemple `<Figure id="countries" />`',
      en: 'a tag is not finished (a `>` or the quote closing an attribute is missing): finish it, for example `<Figure id="countries" />`',
    };
  }
  if ((ruleId === 'unexpected-eof' || ruleId === 'acorn') && source.includes('expression')) {
    return {
      fr: 'dans le texte, les accolades `{` `}` entourent du code : pour afficher une accolade, écrivez `\\{` ou `\\}`',
      en: 'in the text, braces `{` `}` surround code: to show a brace, write `\\{` or `\\}`',
    };
  }
  if (ruleId === 'unexpected-lazy') {
    return {
      fr: 'une ligne d’une liste ou d’une citation n’a pas le même retrait que les autres : alignez-la, ou laissez une ligne vide avant elle',
      en: 'a line of a list or a quote is not indented like the others: align it, or leave a blank line before it',
    };
  }
  return {
    fr: `le texte de la page n’est pas du MDX lisible (${what}) : vérifiez que chaque \`<Composant>\` est refermé, et écrivez \`\\{\`, \`\\}\`, \`&lt;\` pour afficher \`{\`, \`}\`, \`<\``,
    en: `the page text cannot be read as MDX (${what}): check that every \`<Component>\` is closed, and write \`\\{\`, \`\\}\`, \`&lt;\` to show \`{\`, \`}\`, \`<\``,
  };
}

/** The fix for a YAML syntax error in `text`, or undefined when the parser's words are all there is. */
export function explainYamlError(error: YAMLError, text: string): Text | undefined {
  const [start = 0] = error.pos;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, text.indexOf('\n', start) === -1 ? undefined : text.indexOf('\n', start));
  const field = /^(\s*)([\w-]+):\s*(.*)$/.exec(line);
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && field?.[3]) {
    const quoted = `${field[2]}: "${field[3].trim().replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return {
      fr: `la valeur de \`${field[2]}\` contient « : » ; mettez-la entre guillemets : \`${quoted}\``,
      en: `the value of \`${field[2]}\` contains ": "; put it between quotes: \`${quoted}\``,
    };
  }
  if (error.code === 'TAB_AS_INDENT') {
    return { fr: 'une tabulation sert de retrait : remplacez-la par des espaces', en: 'a tab is used to indent: replace it with spaces' };
  }
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    return { fr: 'un guillemet n’est pas refermé : ajoutez-le à la fin de la valeur', en: 'a quote is not closed: add it at the end of the value' };
  }
  return undefined;
}
