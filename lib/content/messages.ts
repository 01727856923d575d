import type { Locale } from '../../i18n/routing';

/**
 * What the content checks tell editors, in the language of the file they are editing
 * (French for content/fr, English otherwise). Each message says what is wrong and how to fix it.
 */
type Text = Record<Locale, string>;

const FIELDS = ['title', 'navTitle', 'description', 'slug', 'order', 'updated', 'menu', 'toc', 'draft', 'translatedFrom'] as const;
export type Field = (typeof FIELDS)[number];

const fieldHelp: Record<Field, Text> = {
  title: { fr: 'un texte court, par exemple `title: Outils de coopération`', en: 'a short text, for example `title: Cooperation tools`' },
  navTitle: { fr: 'un libellé court de 40 caractères au plus, par exemple `navTitle: Outils`', en: 'a short label of at most 40 characters, for example `navTitle: Tools`' },
  description: {
    fr: 'une ou deux phrases de 50 à 220 caractères, reprises par les moteurs de recherche',
    en: 'one or two sentences of 50 to 220 characters, used by search engines',
  },
  slug: {
    fr: 'des minuscules sans accents, des chiffres et des tirets, par exemple `slug: outils-de-cooperation` (ni accent ni espace)',
    en: 'lowercase letters, digits and hyphens only, for example `slug: cooperation-tools` (no accents, no spaces)',
  },
  order: { fr: 'un nombre entier, par exemple `order: 2` (les plus petits passent en premier dans les menus)', en: 'a whole number, for example `order: 2` (lower numbers come first in menus)' },
  updated: { fr: 'une date écrite AAAA-MM-JJ, par exemple `updated: 2026-11-24`', en: 'a date written YYYY-MM-DD, for example `updated: 2026-11-24`' },
  menu: { fr: '`main` (menu principal) ou `footer` (liens du pied de page)', en: '`main` (main menu) or `footer` (footer links)' },
  toc: { fr: '`true` ou `false`', en: '`true` or `false`' },
  draft: { fr: '`true` (brouillon, invisible sur le site publié) ou `false`', en: '`true` (draft, hidden from the published site) or `false`' },
  translatedFrom: {
    fr: 'l’empreinte de la version traduite, écrite par `npm run content:stamp`',
    en: 'the fingerprint of the version translated, written by `npm run content:stamp`',
  },
};

const isField = (name: string): name is Field => (FIELDS as readonly string[]).includes(name);
const list = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');

export const say = {
  noFrontmatter: (): Text => ({
    fr: 'la page n’a pas d’en-tête : elle doit commencer par une ligne `---`, les champs (title, description…), puis une autre ligne `---`',
    en: 'the page has no frontmatter: it must start with a line `---`, the fields (title, description, …), then another line `---`',
  }),
  yamlInvalid: (detail: string): Text => ({
    fr: `l’en-tête n’est pas du YAML valide (${detail}) : écrivez chaque champ \`nom: valeur\` sur sa propre ligne, et mettez entre guillemets un texte qui contient \`:\` ou \`#\``,
    en: `the frontmatter is not valid YAML (${detail}): write each field as \`name: value\` on its own line, and put text containing \`:\` or \`#\` between quotes`,
  }),
  unknownField: (keys: string[]): Text => ({
    fr: `champ inconnu ${list(keys)} : vérifiez l’orthographe ; les champs possibles sont ${list(FIELDS)}`,
    en: `unknown field ${list(keys)}: check its spelling; allowed fields are ${list(FIELDS)}`,
  }),
  fieldMissing: (field: string): Text => ({
    fr: `le champ \`${field}\` manque : ajoutez-le, avec ${isField(field) ? fieldHelp[field].fr : 'une valeur'}`,
    en: `the field \`${field}\` is missing: add it, as ${isField(field) ? fieldHelp[field].en : 'a value'}`,
  }),
  fieldInvalid: (field: string, detail: Text | undefined): Text => ({
    fr: `le champ \`${field}\` n’est pas valide${detail ? ` (${detail.fr})` : ''} : il faut ${isField(field) ? fieldHelp[field].fr : 'une autre valeur'}`,
    en: `the field \`${field}\` is not valid${detail ? ` (${detail.en})` : ''}: it must be ${isField(field) ? fieldHelp[field].en : 'another value'}`,
  }),
  tooLong: (max: number | bigint, unit: 'characters' | 'number'): Text =>
    unit === 'characters' ? { fr: `${max} caractères au plus`, en: `at most ${max} characters` } : { fr: `${max} au plus`, en: `at most ${max}` },
  tooShort: (min: number | bigint, unit: 'characters' | 'number'): Text =>
    unit === 'characters' ? { fr: `${min} caractères au moins`, en: `at least ${min} characters` } : { fr: `${min} au moins`, en: `at least ${min}` },
  mdxUnreadable: (detail: string): Text => ({
    fr: `le texte de la page n’est pas du MDX lisible (${detail}) : vérifiez que chaque \`<Composant>\` est refermé, et écrivez \`\\{\`, \`\\}\`, \`&lt;\` pour afficher \`{\`, \`}\`, \`<\``,
    en: `the page text cannot be read as MDX (${detail}): check that every \`<Component>\` is closed, and write \`\\{\`, \`\\}\`, \`&lt;\` to show \`{\`, \`}\`, \`<\``,
  }),
  unknownComponent: (name: string, allowed: readonly string[]): Text => ({
    fr: `le composant \`<${name}>\` n’existe pas : les composants possibles sont ${list(allowed)} (voir le guide de rédaction)`,
    en: `there is no component \`<${name}>\`: the components you may use are ${list(allowed)} (see the editor guide)`,
  }),
  unknownReference: (id: string, file: string, known: readonly string[]): Text => ({
    fr: `\`${id}\` n’existe pas dans ${file} : les noms possibles sont ${list(known)}`,
    en: `there is no \`${id}\` in ${file}: the names you may use are ${list(known)}`,
  }),
  referenceMissing: (component: string, attribute: string, file: string): Text => ({
    fr: `\`<${component}>\` doit nommer une entrée de ${file} : ajoutez \`${attribute}="…"\``,
    en: `\`<${component}>\` must name an entry of ${file}: add \`${attribute}="…"\``,
  }),
  homeHasSlug: (): Text => ({
    fr: 'la page d’accueil n’a pas de `slug` : son adresse est la langue seule (`/fr`, `/en`) ; supprimez la ligne `slug`',
    en: 'the home page has no `slug`: its address is the language alone (`/fr`, `/en`); remove the `slug` line',
  }),
  slugMissing: (): Text => ({
    fr: 'le champ `slug` manque : ajoutez la fin de l’adresse de la page, par exemple `slug: outils-de-cooperation`',
    en: 'the field `slug` is missing: add the last part of the page address, for example `slug: cooperation-tools`',
  }),
  orphan: (indexFile: string): Text => ({
    fr: `cette page est dans un dossier qui n’a pas de page à lui : créez \`${indexFile}\``,
    en: `this page sits in a folder that has no page of its own: add \`${indexFile}\``,
  }),
  duplicateAddress: (address: string, other: string): Text => ({
    fr: `l’adresse ${address} est déjà celle de ${other} : donnez un autre \`slug\` à l’une des deux pages`,
    en: `the address ${address} is already used by ${other}: give one of the two pages another \`slug\``,
  }),
  homeMissing: (): Text => ({ fr: 'la page d’accueil manque : créez ce fichier', en: 'the home page is missing: create this file' }),
  linkRelative: (href: string): Text => ({
    fr: `le lien \`${href}\` est relatif : écrivez l’adresse complète d’une page du site, qui commence par \`/fr/\` ou \`/en/\``,
    en: `the link \`${href}\` is relative: write the full address of a page of the site, starting with \`/fr/\` or \`/en/\``,
  }),
  linkBroken: (href: string): Text => ({
    fr: `le lien \`${href}\` ne mène à aucune page : corrigez l’adresse (voir le plan du site, ou \`npm run content:status\`)`,
    en: `the link \`${href}\` leads to no page: correct the address (see the site map, or \`npm run content:status\`)`,
  }),
  linkToDraft: (href: string): Text => ({
    fr: `le lien \`${href}\` mène à un brouillon, absent du site publié : publiez cette page ou retirez le lien`,
    en: `the link \`${href}\` leads to a draft, which the published site does not have: publish that page or remove the link`,
  }),
  anchorBroken: (href: string, ids: string[]): Text => ({
    fr: `le lien \`${href}\` vise une ancre qui n’existe pas sur cette page${ids.length ? ` ; ancres possibles : ${list(ids)}` : ''}`,
    en: `the link \`${href}\` points to an anchor that does not exist on that page${ids.length ? `; anchors there: ${list(ids)}` : ''}`,
  }),
  frenchSpacing: (excerpt: string): Text => ({
    fr: `typographie : « ${excerpt} » a une espace ordinaire (ou aucune) avant \`; : ! ?\` ou contre des guillemets ; mettez-y une espace fine insécable (U+202F)`,
    en: `typography: "${excerpt}" has an ordinary space (or none) before \`; : ! ?\` or inside French quotes; use a narrow no-break space (U+202F)`,
  }),
  noCounterpart: (missingFile: string): Text => ({
    fr: `cette page n’a pas de traduction (\`${missingFile}\`) : le site montre la version existante avec un avertissement, en attendant`,
    en: `this page has no translation (\`${missingFile}\`): until there is one, the site shows the existing version with a notice`,
  }),
  outdated: (sourceFile: string): Text => ({
    fr: `cette traduction date d’une version antérieure de \`${sourceFile}\` : mettez-la à jour, puis lancez \`npm run content:stamp\``,
    en: `this translation was made from an older version of \`${sourceFile}\`: update it, then run \`npm run content:stamp\``,
  }),
  untracked: (sourceFile: string): Text => ({
    fr: `cette traduction ne dit pas de quelle version de \`${sourceFile}\` elle vient : lancez \`npm run content:stamp\` une fois qu’elle est à jour`,
    en: `this translation does not record which version of \`${sourceFile}\` it was made from: run \`npm run content:stamp\` once it is up to date`,
  }),
};
