import type { Violation } from '../dialect.mjs';
import { list, type Text } from './words';

/**
 * What the dialect refuses in a page (lib/content/dialect.mjs), and how to write it instead: a page
 * holds text in Markdown and the site's components with their attributes between quotes, nothing
 * else.
 */

/** The Markdown for what an HTML element is usually written for, when there is one. */
const MARKDOWN_FOR: Record<string, Text> = {
  a: { fr: 'un lien s’écrit `[texte du lien](/fr/page)`', en: 'a link is written `[link text](/en/page)`' },
  b: { fr: 'du gras s’écrit `**texte**`', en: 'bold is written `**text**`' },
  strong: { fr: 'du gras s’écrit `**texte**`', en: 'bold is written `**text**`' },
  i: { fr: 'de l’italique s’écrit `*texte*`', en: 'italics are written `*text*`' },
  em: { fr: 'de l’italique s’écrit `*texte*`', en: 'italics are written `*text*`' },
  br: { fr: 'un nouveau paragraphe commence après une ligne vide', en: 'a new paragraph starts after an empty line' },
  p: { fr: 'un paragraphe est du texte entre deux lignes vides', en: 'a paragraph is text between two empty lines' },
  h2: { fr: 'un intertitre s’écrit `## Intertitre`', en: 'a heading is written `## Heading`' },
  h3: { fr: 'un intertitre s’écrit `### Intertitre`', en: 'a heading is written `### Heading`' },
  ul: { fr: 'une liste s’écrit une ligne par élément, chacune commençant par `- `', en: 'a list is written one line per item, each starting with `- `' },
  ol: { fr: 'une liste numérotée s’écrit `1. `, `2. `… en début de ligne', en: 'a numbered list is written `1. `, `2. `… at the start of each line' },
  li: { fr: 'un élément de liste est une ligne qui commence par `- `', en: 'a list item is a line starting with `- `' },
  table: { fr: 'un tableau s’écrit en Markdown, ses colonnes séparées par `|`', en: 'a table is written in Markdown, its columns separated by `|`' },
  img: { fr: 'le texte d’une page ne montre pas d’image', en: 'the text of a page shows no image' },
};

const where = (v: Violation) => ({ component: `\`<${v.name ?? ''}>\``, attribute: `\`${v.attribute ?? ''}\`` });

/**
 * The message for a refusal. `dataFile` names the data file whose entry an attribute names (for a
 * missing figure or tool), `suggestions` the closest names first (for an unknown component).
 */
export function sayRefused(v: Violation, { dataFile, closest }: { dataFile?: string; closest: readonly string[] }): Text {
  const { component, attribute } = where(v);
  const allowed = list(v.allowed ?? []);
  switch (v.rule) {
    case 'esm':
      return {
        fr: '`import` et `export` ne sont pas permis dans une page : elle ne contient que du texte et les composants du site ; supprimez cette ligne',
        en: '`import` and `export` are not allowed in a page: it holds only text and the site’s components; delete this line',
      };
    case 'expression':
      return {
        fr: 'les expressions entre accolades ne sont pas permises : une page ne contient pas de code ; pour écrire une accolade, tapez `\\{` ou `\\}`, et pour un chiffre, `<Figure id="…" />`',
        en: 'expressions between braces are not allowed: a page holds no code; to write a brace, type `\\{` or `\\}`, and for a figure, `<Figure id="…" />`',
      };
    case 'html':
    case 'html-element': {
      const hint = v.name ? MARKDOWN_FOR[v.name.toLowerCase()] : undefined;
      const tag = v.name ? `\`<${v.name}>\`` : 'le HTML';
      return {
        fr: `${v.name ? `la balise HTML ${tag} n’est pas permise` : 'le HTML n’est pas permis'} : une page s’écrit en Markdown, avec les composants du site${hint ? ` ; ${hint.fr}` : ''} ; supprimez-la`,
        en: `${v.name ? `the HTML tag \`<${v.name}>\` is not allowed` : 'HTML is not allowed'}: a page is written in Markdown, with the site’s components${hint ? `; ${hint.en}` : ''}; delete it`,
      };
    }
    case 'image':
      return {
        fr: 'une image en Markdown (`![…](…)`) n’est pas permise : le texte d’une page ne montre pas d’image ; supprimez-la, ou dites en mots ce qu’elle montrait',
        en: 'a Markdown image (`![…](…)`) is not allowed: the text of a page shows no image; delete it, or say in words what it showed',
      };
    case 'footnote':
      return {
        fr: 'les notes de bas de page (`[^1]`) ne sont pas permises : écrivez la précision dans le texte, entre parenthèses',
        en: 'footnotes (`[^1]`) are not allowed: write the detail in the text, between brackets',
      };
    case 'unknown':
      return {
        fr: 'cette écriture n’est pas permise dans une page : supprimez-la, ou écrivez-la en Markdown simple',
        en: 'this construct is not allowed in a page: delete it, or write it in plain Markdown',
      };
    case 'fragment':
      return { fr: '`<>` et `</>` ne sont pas des composants : supprimez ces deux balises', en: '`<>` and `</>` are not components: delete both tags' };
    case 'unknown-component':
      return {
        fr: `le composant ${component} n’existe pas : les composants possibles sont, du plus proche au plus lointain, ${list(closest)} (voir le guide de rédaction)`,
        en: `there is no component ${component}: the components you may use are, closest first, ${list(closest)} (see the editor guide)`,
      };
    case 'only-within':
      return {
        fr: `${component} ne s’emploie qu’à l’intérieur de ${allowed.replace(/`(\w+)`/g, '`<$1>`')} : placez-le entre \`<${v.allowed?.[0]}>\` et \`</${v.allowed?.[0]}>\``,
        en: `${component} is used only inside ${allowed.replace(/`(\w+)`/g, '`<$1>`')}: put it between \`<${v.allowed?.[0]}>\` and \`</${v.allowed?.[0]}>\``,
      };
    case 'spread':
      return {
        fr: `des accolades dans la balise ${component} ne sont pas permises : écrivez chaque attribut sous la forme \`nom="valeur"\``,
        en: `braces inside the tag ${component} are not allowed: write each attribute as \`name="value"\``,
      };
    case 'unknown-attribute':
      return v.allowed?.length
        ? { fr: `${component} n’a pas d’attribut ${attribute} : ses attributs sont ${allowed} ; supprimez-le`, en: `${component} has no attribute ${attribute}: its attributes are ${allowed}; delete it` }
        : { fr: `${component} n’a pas d’attribut : supprimez ${attribute}`, en: `${component} takes no attribute: delete ${attribute}` };
    case 'duplicate-attribute':
      return { fr: `${component} a deux fois l’attribut ${attribute} : n’en gardez qu’un`, en: `${component} has the attribute ${attribute} twice: keep only one` };
    case 'attribute-without-value':
      return { fr: `l’attribut ${attribute} de ${component} n’a pas de valeur : écrivez \`${v.attribute}="…"\``, en: `the attribute ${attribute} of ${component} has no value: write \`${v.attribute}="…"\`` };
    case 'attribute-expression':
      return {
        fr: `la valeur de ${attribute} dans ${component} est entre accolades : écrivez-la entre guillemets, \`${v.attribute}="…"\` (une page ne contient pas de code)`,
        en: `the value of ${attribute} in ${component} is between braces: write it between quotes, \`${v.attribute}="…"\` (a page holds no code)`,
      };
    case 'control-character':
      return {
        fr: `la valeur de ${attribute} dans ${component} contient un caractère invisible : effacez-la et retapez-la`,
        en: `the value of ${attribute} in ${component} holds an invisible character: delete it and type it again`,
      };
    case 'address': {
      const shown = `\`${(v.value ?? '').replace(/[\u0000-\u001f\u007f]/g, '�').slice(0, 80)}\``;
      return {
        fr: `l’adresse ${shown} n’est pas permise : un lien mène à une page du site (\`/fr/…\`), à un intertitre (\`#…\`), ou à une adresse \`https://\`, \`http://\` ou \`mailto:\``,
        en: `the address ${shown} is not allowed: a link leads to a page of the site (\`/en/…\`), to a heading (\`#…\`), or to an \`https://\`, \`http://\` or \`mailto:\` address`,
      };
    }
    case 'missing-attribute':
      return dataFile
        ? { fr: `${component} doit nommer une entrée de ${dataFile} : ajoutez \`${v.attribute}="…"\``, en: `${component} must name an entry of ${dataFile}: add \`${v.attribute}="…"\`` }
        : { fr: `${component} doit avoir l’attribut ${attribute} : ajoutez \`${v.attribute}="…"\``, en: `${component} needs the attribute ${attribute}: add \`${v.attribute}="…"\`` };
    case 'no-children':
      return {
        fr: `${component} ne contient rien : écrivez \`<${v.name} … />\` et placez le texte autour de lui, pas entre ses balises`,
        en: `${component} holds nothing: write \`<${v.name} … />\` and put the text around it, not between its tags`,
      };
    case 'only-children':
      return {
        fr: `${component} ne contient que ${allowed.replace(/`(\w+)`/g, '`<$1>`')} : sortez ce qui n’en est pas, avant ou après \`</${v.name}>\``,
        en: `${component} holds only ${allowed.replace(/`(\w+)`/g, '`<$1>`')}: move anything else out, before or after \`</${v.name}>\``,
      };
  }
}
