import { list, type Text } from './words';

const FIELDS = ['title', 'navTitle', 'description', 'slug', 'order', 'updated', 'menu', 'sort', 'toc', 'draft', 'translatedFrom', 'retired'] as const;
export type Field = (typeof FIELDS)[number];

/** What each field of a page's frontmatter expects, with an example. */
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
  order: {
    fr: 'un nombre entier, par exemple `order: 2` (les plus petits passent en premier dans les menus ; une page sans `order` vient après, par ordre alphabétique)',
    en: 'a whole number, for example `order: 2` (lower numbers come first in menus; a page without `order` comes after, in alphabetical order)',
  },
  updated: { fr: 'une date écrite AAAA-MM-JJ, par exemple `updated: 2026-11-24`', en: 'a date written YYYY-MM-DD, for example `updated: 2026-11-24`' },
  menu: { fr: '`main` (menu principal) ou `footer` (liens du pied de page)', en: '`main` (main menu) or `footer` (footer links)' },
  sort: {
    fr: '`order` (par défaut : les pages de la rubrique selon leur `order`) ou `newest` (les plus récemment mises à jour d’abord, pour une rubrique d’actualités ou d’appels)',
    en: '`order` (the default: the section’s pages by their `order`) or `newest` (the most recently updated first, for a section of news or calls)',
  },
  toc: { fr: '`true` ou `false`', en: '`true` or `false`' },
  draft: { fr: '`true` (brouillon, invisible sur le site publié) ou `false`', en: '`true` (draft, hidden from the published site) or `false`' },
  retired: {
    fr: 'écrit par l’espace de rédaction quand un administrateur retire la page : `date`, `note` (ce que la page dit aux visiteurs) et, s’il y en a une, `replacement` (la page qui la remplace)',
    en: 'written by the editorial server when an administrator retires the page: `date`, `note` (what the page tells visitors) and, if any, `replacement` (the page replacing it)',
  },
  translatedFrom: {
    fr: 'l’empreinte de la version traduite, écrite par `npm run content:stamp`',
    en: 'the fingerprint of the version translated, written by `npm run content:stamp`',
  },
};

const isField = (name: string): name is Field => (FIELDS as readonly string[]).includes(name);

/** What is wrong in a page's frontmatter. */
export const sayFrontmatter = {
  noFrontmatter: (): Text => ({
    fr: 'la page n’a pas d’en-tête : elle doit commencer par une ligne `---`, les champs (title, description…), puis une autre ligne `---`',
    en: 'the page has no frontmatter: it must start with a line `---`, the fields (title, description, …), then another line `---`',
  }),
  yamlInvalid: (detail: string, fix?: Text): Text =>
    fix
      ? { fr: `l’en-tête n’est pas du YAML valide : ${fix.fr}`, en: `the frontmatter is not valid YAML: ${fix.en}` }
      : {
          fr: `l’en-tête n’est pas du YAML valide (${detail}) : écrivez chaque champ \`nom: valeur\` sur sa propre ligne, et mettez entre guillemets un texte qui contient \`:\` ou \`#\``,
          en: `the frontmatter is not valid YAML (${detail}): write each field as \`name: value\` on its own line, and put text containing \`:\` or \`#\` between quotes`,
        },
  unknownField: (keys: string[]): Text => ({
    fr: `champ inconnu ${list(keys)} : vérifiez l’orthographe ; les champs possibles sont ${list(FIELDS)}`,
    en: `unknown field ${list(keys)}: check its spelling; allowed fields are ${list(FIELDS)}`,
  }),
  fieldMissing: (field: string): Text => ({
    fr: `le champ \`${field}\` manque : ajoutez-le, avec ${isField(field) ? fieldHelp[field].fr : 'une valeur'}`,
    en: `the field \`${field}\` is missing: add it, as ${isField(field) ? fieldHelp[field].en : 'a value'}`,
  }),
  fieldInvalid: (field: string, detail: Text | undefined): Text => ({
    fr: `le champ \`${field}\` n’est pas valide${detail ? ` (${detail.fr})` : ''} : il faut ${isField(field) ? fieldHelp[field].fr : 'une autre valeur'}`,
    en: `the field \`${field}\` is not valid${detail ? ` (${detail.en})` : ''}: it must be ${isField(field) ? fieldHelp[field].en : 'another value'}`,
  }),
  homeHasSlug: (): Text => ({
    fr: 'la page d’accueil n’a pas de `slug` : son adresse est la langue seule (`/fr`, `/en`) ; supprimez la ligne `slug`',
    en: 'the home page has no `slug`: its address is the language alone (`/fr`, `/en`); remove the `slug` line',
  }),
  slugMissing: (): Text => ({
    fr: 'le champ `slug` manque : ajoutez la fin de l’adresse de la page, par exemple `slug: outils-de-cooperation`',
    en: 'the field `slug` is missing: add the last part of the page address, for example `slug: cooperation-tools`',
  }),
};
