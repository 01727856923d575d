import type { Locale } from '../../i18n/routing';

/**
 * What the content checks tell editors, in the language of the file they are editing
 * (French for content/fr, English otherwise). Each message says what is wrong and how to fix it.
 */
type Text = Record<Locale, string>;

const FIELDS = ['title', 'navTitle', 'description', 'slug', 'order', 'updated', 'menu', 'sort', 'toc', 'draft', 'translatedFrom'] as const;
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
  translatedFrom: {
    fr: 'l’empreinte de la version traduite, écrite par `npm run content:stamp`',
    en: 'the fingerprint of the version translated, written by `npm run content:stamp`',
  },
};

const isField = (name: string): name is Field => (FIELDS as readonly string[]).includes(name);
const list = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');
/** The first names of a list sorted closest first, and how many more there are: a typo's fix leads. */
const CLOSEST = 8;
const closest = (names: readonly string[]): Text => {
  const more = names.length - CLOSEST;
  const shown = list(names.slice(0, CLOSEST));
  return more > 0 ? { fr: `${shown} (et ${more} autres)`, en: `${shown} (and ${more} more)` } : { fr: shown, en: shown };
};
/** Where a value sits in a data file: `explore` › `amount` › `en`. */
const at = (path: readonly PropertyKey[]) => path.map((key) => `\`${String(key)}\``).join(' › ');

const codes = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');

/** What each field of the data files expects, in words an editor understands; the schemas attach them (data/schema.ts). */
export const dataHelp = {
  texts: { fr: 'un texte par langue, sur deux lignes en retrait : `fr: …` puis `en: …`', en: 'one text per language, on two indented lines: `fr: …` then `en: …`' },
  textIn: { fr: { fr: 'le texte en français', en: 'the French text' }, en: { fr: 'le texte en anglais', en: 'the English text' } } satisfies Record<Locale, Text>,
  label: { fr: 'un libellé par langue, pour les rédacteurs : `fr: …` puis `en: …`', en: 'a label per language, for editors: `fr: …` then `en: …`' },
  moreThan: { fr: '`true` pour afficher « plus de » devant le chiffre', en: '`true` to show “more than” with the figure' },
  upTo: { fr: '`true` pour afficher « jusqu’à » devant le montant', en: '`true` to show “up to” with the amount' },
  count: { fr: 'un nombre écrit sans espace, par exemple `value: 7000`', en: 'a number written without spaces, for example `value: 7000`' },
  amount: { fr: 'un montant en euros écrit sans espace ni unité, par exemple `value: 10000`', en: 'an amount in euros written without spaces or unit, for example `value: 10000`' },
  rangeMin: { fr: 'le plus petit nombre, par exemple `min: 4`', en: 'the smallest number, for example `min: 4`' },
  rangeMax: { fr: 'le plus grand nombre, par exemple `max: 5`', en: 'the largest number, for example `max: 5`' },
  percent: { fr: 'un pourcentage de 0 à 100, par exemple `value: 18.5`', en: 'a percentage from 0 to 100, for example `value: 18.5`' },
  years: { fr: 'un nombre d’années, par exemple `value: 5`', en: 'a number of years, for example `value: 5`' },
  year: (field: string): Text => ({ fr: `une année sur quatre chiffres, par exemple \`${field}: 2024\``, en: `a four-digit year, for example \`${field}: 2024\`` }),
  figure: (kinds: readonly string[]): Text => ({
    fr: `une sorte de chiffre (\`kind\`) parmi ${codes(kinds)}, puis sa valeur`,
    en: `a kind of figure (\`kind\`) among ${codes(kinds)}, then its value`,
  }),
  entryName: {
    fr: 'un nom en un seul mot, sans espace ni accent, qui commence par une minuscule, par exemple `irpDuration`',
    en: 'a name in one word, without spaces or accents, starting with a lowercase letter, for example `irpDuration`',
  },
  addressWord: {
    fr: 'un mot d’adresse, en minuscules sans accent, chiffres et tirets, par exemple `premier-contact`',
    en: 'a word of an address, in lowercase letters without accents, digits and hyphens, for example `first-contact`',
  },
  slugs: { fr: 'le mot de l’adresse dans chaque langue, sur deux lignes en retrait : `fr: …` puis `en: …`', en: 'the word of the address in each language, on two indented lines: `fr: …` then `en: …`' },
  fitsWhen: {
    fr: 'pour une question ou plusieurs (`applicant`, `stage`, `partner`), la liste des réponses pour lesquelles l’outil convient, par exemple `stage: [emerging]`',
    en: 'for one question or more (`applicant`, `stage`, `partner`), the list of answers for which the tool fits, for example `stage: [emerging]`',
  },
  choiceNames: { fr: 'une liste de noms de réponses entre crochets, par exemple `[recentCrcn, youngGrantee]`', en: 'a list of answer names between brackets, for example `[recentCrcn, youngGrantee]`' },
  page: {
    fr: 'le chemin de la page de l’outil dans content/fr, sans « .mdx », par exemple `cooperation-tools/international-first-steps`',
    en: 'the path of the tool’s page in content/fr, without “.mdx”, for example `cooperation-tools/international-first-steps`',
  },
  countryCode: {
    fr: 'un code de pays à deux lettres majuscules (ISO 3166-1), par exemple `RW` pour le Rwanda',
    en: 'a two-letter country code in capitals (ISO 3166-1), for example `RW` for Rwanda',
  },
  countries: { fr: 'une liste de codes de pays : `[AT, BE, …]`', en: 'a list of country codes: `[AT, BE, …]`' },
  marker: {
    fr: 'la position du repère, `[longitude, latitude]`, par exemple `marker: [103.82, 1.35]`',
    en: 'where to draw the marker, `[longitude, latitude]`, for example `marker: [103.82, 1.35]`',
  },
};

/** A language, named inside a sentence of each language: "le titre en anglais", "the English title". */
const inLanguage: Record<Locale, Text> = { fr: { fr: 'en français', en: 'French' }, en: { fr: 'en anglais', en: 'English' } };
const SAFE_NAME: Text = { fr: 'ne peut contenir que des minuscules sans accent, des chiffres et des tirets', en: 'lowercase letters, digits and hyphens only' };

/** What is wrong with a new page (`npm run content:new`, the studio's form). */
export const sayNewPage = {
  name: (name: string): Text => ({ fr: `le nom de fichier « ${name} » ${SAFE_NAME.fr}`, en: `file name "${name}": ${SAFE_NAME.en}` }),
  section: (section: string): Text => ({ fr: `la rubrique « ${section} » n’existe pas`, en: `section "${section}" does not exist` }),
  exists: (key: string): Text => ({
    fr: `une page « ${key} » existe déjà : choisissez un autre titre en anglais (il donne le nom du fichier)`,
    en: `a page "${key}" already exists: choose another English title (it gives the file its name)`,
  }),
  noTitle: (locale: Locale): Text => ({ fr: `le titre ${inLanguage[locale].fr} est vide`, en: `the ${inLanguage[locale].en} title is empty` }),
  slug: (locale: Locale, slug: string): Text => ({ fr: `l’adresse ${inLanguage[locale].fr} « ${slug} » ${SAFE_NAME.fr}`, en: `the ${inLanguage[locale].en} slug "${slug}": ${SAFE_NAME.en}` }),
  slugTaken: (locale: Locale, slug: string, file: string): Text => ({
    fr: `l’adresse ${inLanguage[locale].fr} « ${slug} » est déjà celle de ${file} : choisissez un autre titre`,
    en: `the ${inLanguage[locale].en} slug "${slug}" is already used by ${file}: choose another title`,
  }),
  fileExists: (file: string): Text => ({ fr: `${file} existe déjà : rien n’a été écrasé`, en: `${file} already exists: nothing overwritten` }),
};

export const say = {
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
  tooLong: (max: number | bigint, unit: 'characters' | 'number'): Text =>
    unit === 'characters' ? { fr: `${max} caractères au plus`, en: `at most ${max} characters` } : { fr: `${max} au plus`, en: `at most ${max}` },
  tooShort: (min: number | bigint, unit: 'characters' | 'number'): Text =>
    unit === 'characters'
      ? Number(min) === 1
        ? { fr: 'il est vide', en: 'it is empty' }
        : { fr: `${min} caractères au moins`, en: `at least ${min} characters` }
      : { fr: `${min} au moins`, en: `at least ${min}` },
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
    fr: 'après `<`, il faut le nom d’un composant : dans le texte, `<` ouvre une balise ; pour écrire le signe lui-même, tapez `&lt;` (et pour un commentaire, `{/* … */}`)',
    en: 'after `<` comes the name of a component: in the text, `<` opens a tag; to write the sign itself, type `&lt;` (and for a comment, `{/* … */}`)',
  }),
  mdxUnfinishedTag: (): Text => ({
    fr: 'une balise n’est pas terminée (il manque `>` ou le guillemet qui ferme un attribut) : terminez-la, par exemple `<Figure id="countries" />`',
    en: 'a tag is not finished (a `>` or the quote closing an attribute is missing): finish it, for example `<Figure id="countries" />`',
  }),
  mdxBraces: (): Text => ({
    fr: 'dans le texte, les accolades `{` `}` entourent du code : pour afficher une accolade, écrivez `\\{` ou `\\}`',
    en: 'in the text, braces `{` `}` surround code: to show a brace, write `\\{` or `\\}`',
  }),
  mdxLazyLine: (): Text => ({
    fr: 'une ligne d’une liste ou d’une citation n’a pas le même retrait que les autres : alignez-la, ou laissez une ligne vide avant elle',
    en: 'a line of a list or a quote is not indented like the others: align it, or leave a blank line before it',
  }),
  yamlUnquotedColon: (field: string, quoted: string): Text => ({
    fr: `la valeur de \`${field}\` contient « : » ; mettez-la entre guillemets : \`${quoted}\``,
    en: `the value of \`${field}\` contains ": "; put it between quotes: \`${quoted}\``,
  }),
  yamlTab: (): Text => ({ fr: 'une tabulation sert de retrait : remplacez-la par des espaces', en: 'a tab is used to indent: replace it with spaces' }),
  yamlQuote: (): Text => ({ fr: 'un guillemet n’est pas refermé : ajoutez-le à la fin de la valeur', en: 'a quote is not closed: add it at the end of the value' }),
  unknownComponent: (name: string, allowed: readonly string[]): Text => ({
    fr: `le composant \`<${name}>\` n’existe pas : les composants possibles sont, du plus proche au plus lointain, ${list(allowed)} (voir le guide de rédaction)`,
    en: `there is no component \`<${name}>\`: the components you may use are, closest first, ${list(allowed)} (see the editor guide)`,
  }),
  unknownReference: (id: string, file: string, known: readonly string[]): Text => ({
    fr: `\`${id}\` n’existe pas dans ${file} : les noms possibles sont, du plus proche au plus lointain, ${closest(known).fr}`,
    en: `there is no \`${id}\` in ${file}: the names you may use are, closest first, ${closest(known).en}`,
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
  homeMissing: (): Text => ({ fr: 'la page d’accueil manque : créez ce fichier', en: 'the home page is missing: create this file' }),
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
    fr: `le lien \`${href}\` vise une ancre qui n’existe pas sur cette page${ids.length ? ` ; ancres possibles : ${closest(ids).fr}` : ''}`,
    en: `the link \`${href}\` points to an anchor that does not exist on that page${ids.length ? `; anchors there: ${closest(ids).en}` : ''}`,
  }),
  frenchSpacing: (excerpt: string): Text => ({
    fr: `typographie : « ${excerpt} » a une espace ordinaire (ou aucune) avant \`; : ! ?\` ou contre des guillemets ; mettez-y une espace fine insécable (U+202F)`,
    en: `typography: "${excerpt}" has an ordinary space (or none) before \`; : ! ?\` or inside French quotes; use a narrow no-break space (U+202F)`,
  }),
  reservedSlug: (slug: string): Text => ({
    fr: `le slug \`${slug}\` est réservé au site (listes des rubriques, recherche, aperçu, page introuvable) : choisissez-en un autre`,
    en: `the slug \`${slug}\` is reserved by the site (section lists, search, preview, page not found): choose another one`,
  }),
  sectionNotListed: (count: number): Text => ({
    fr: `cette rubrique a ${count} pages : ajoutez \`<SectionPages />\` à son texte, pour que les visiteurs les trouvent toutes (le menu de la rubrique et le plan du site n’en montrent qu’une partie)`,
    en: `this section has ${count} pages: add \`<SectionPages />\` to its text, so that visitors find them all (the section's menu and the site map show only some of them)`,
  }),
  dataFileMissing: (): Text => ({
    fr: 'ce fichier de données manque : rétablissez-le (le guide de rédaction en donne la forme)',
    en: 'this data file is missing: restore it (the editor guide shows its form)',
  }),
  duplicateName: (name: string): Text => ({
    fr: `le nom \`${name}\` apparaît deux fois : chaque nom ne sert qu’une fois ; renommez ou supprimez l’un des deux`,
    en: `the name \`${name}\` appears twice: each name is used once; rename or remove one of them`,
  }),
  dataYamlInvalid: (detail: string, fix?: Text): Text =>
    fix
      ? { fr: `le fichier n’est pas du YAML valide : ${fix.fr}`, en: `the file is not valid YAML: ${fix.en}` }
      : {
          fr: `le fichier n’est pas du YAML valide (${detail}) : écrivez chaque champ \`nom: valeur\`, en retrait de deux espaces sous son entrée, et mettez entre guillemets un texte qui contient \`:\` ou \`#\``,
          en: `the file is not valid YAML (${detail}): write each field as \`name: value\`, indented by two spaces under its entry, and put text containing \`:\` or \`#\` between quotes`,
        },
  dataMissing: (path: readonly PropertyKey[], help: Text | undefined): Text => {
    const what = help ?? { fr: 'une valeur', en: 'a value' };
    return path.length > 1
      ? { fr: `il manque ${at(path.slice(-1))} dans ${at(path.slice(0, -1))} : ajoutez-le, avec ${what.fr}`, en: `${at(path.slice(-1))} is missing in ${at(path.slice(0, -1))}: add it, as ${what.en}` }
      : { fr: `il manque ${at(path)} : ajoutez-le, avec ${what.fr}`, en: `${at(path)} is missing: add it, as ${what.en}` };
  },
  dataInvalid: (path: readonly PropertyKey[], help: Text | undefined, detail?: Text): Text => {
    const what = help ?? { fr: 'une autre valeur', en: 'another value' };
    return {
      fr: `${at(path)} n’est pas valide${detail ? ` (${detail.fr})` : ''} : il faut ${what.fr}`,
      en: `${at(path)} is not valid${detail ? ` (${detail.en})` : ''}: it must be ${what.en}`,
    };
  },
  dataUnknownField: (key: string, path: readonly PropertyKey[], allowed: readonly string[]): Text => ({
    fr: `champ inconnu \`${key}\`${path.length ? ` dans ${at(path)}` : ''} : vérifiez l’orthographe ; les champs possibles sont ${list(allowed)}`,
    en: `unknown field \`${key}\`${path.length ? ` in ${at(path)}` : ''}: check its spelling; allowed fields are ${list(allowed)}`,
  }),
  dataBadName: (name: string, help: Text | undefined): Text => ({
    fr: `le nom \`${name}\` n’est pas valide : il faut ${(help ?? { fr: 'un autre nom' }).fr}`,
    en: `the name \`${name}\` is not valid: it must be ${(help ?? { en: 'another name' }).en}`,
  }),
  dataBadChoice: (path: readonly PropertyKey[], written: string, choices: readonly string[]): Text => ({
    fr: `${at(path)} ne peut pas valoir \`${written}\` : les valeurs possibles sont ${list(choices)}`,
    en: `${at(path)} cannot be \`${written}\`: the possible values are ${list(choices)}`,
  }),
  unknownFigureInText: (name: string, path: readonly PropertyKey[], known: readonly string[]): Text => ({
    fr: `${at(path)} cite le chiffre \`{${name}}\`, qui n’existe pas dans content/data/figures.yaml : les noms possibles sont, du plus proche au plus lointain, ${closest(known).fr}`,
    en: `${at(path)} quotes the figure \`{${name}}\`, which content/data/figures.yaml does not have: the names you may use are, closest first, ${closest(known).en}`,
  }),
  figureOrder: (path: readonly PropertyKey[], first: string, second: string): Text => ({
    fr: `${at(path)} : \`${first}\` doit être plus petit que \`${second}\``,
    en: `${at(path)}: \`${first}\` must be smaller than \`${second}\``,
  }),
  unknownCountry: (code: string, path: readonly PropertyKey[]): Text => ({
    fr: `${at(path)} : \`${code}\` n’est pas un code de pays ; il faut deux lettres majuscules de la norme ISO 3166-1, par exemple \`RW\` pour le Rwanda`,
    en: `${at(path)}: \`${code}\` is not a country code; use the two capital letters of ISO 3166-1, for example \`RW\` for Rwanda`,
  }),
  countryNeedsMarker: (code: string): Text => ({
    fr: `le pays \`${code}\` est trop petit pour être dessiné sur la carte : ajoutez-lui un repère, \`marker: [longitude, latitude]\``,
    en: `the country \`${code}\` is too small to be drawn on the map: give it a marker, \`marker: [longitude, latitude]\``,
  }),
  toolPageMissing: (tool: string, key: string, known: readonly string[]): Text => ({
    fr: `l’outil \`${tool}\` renvoie à la page \`${key}\`, qui n’existe pas dans content/fr : les pages possibles sont, de la plus proche à la plus lointaine, ${closest(known).fr}`,
    en: `the tool \`${tool}\` points to the page \`${key}\`, which content/fr does not have: the pages you may use are, closest first, ${closest(known).en}`,
  }),
  finderUnknownTool: (tool: string, known: readonly string[]): Text => ({
    fr: `la règle \`${tool}\` ne correspond à aucun outil de content/data/cooperation-tools.yaml : les noms possibles sont, du plus proche au plus lointain, ${closest(known).fr}`,
    en: `the rule \`${tool}\` matches no tool of content/data/cooperation-tools.yaml: the names you may use are, closest first, ${closest(known).en}`,
  }),
  finderRuleMissing: (tool: string): Text => ({
    fr: `l’outil \`${tool}\` de content/data/cooperation-tools.yaml n’a pas de règle : ajoutez-lui une entrée sous \`tools\`, avec \`fitsWhen\` et \`whyNot\``,
    en: `the tool \`${tool}\` of content/data/cooperation-tools.yaml has no rule: give it an entry under \`tools\`, with \`fitsWhen\` and \`whyNot\``,
  }),
  finderUnknownChoice: (path: readonly PropertyKey[], choice: string, known: readonly string[]): Text => ({
    fr: `${at(path)} cite la réponse \`${choice}\`, que cette question n’a pas : les réponses possibles sont, de la plus proche à la plus lointaine, ${closest(known).fr}`,
    en: `${at(path)} names the answer \`${choice}\`, which this question does not have: the answers you may use are, closest first, ${closest(known).en}`,
  }),
  finderReasonMissing: (tool: string, question: string): Text => ({
    fr: `la règle \`${tool}\` pose une condition sur \`${question}\` sans dire pourquoi l’outil ne convient pas sinon : ajoutez \`${question}\` sous \`whyNot\`, en français et en anglais`,
    en: `the rule \`${tool}\` sets a condition on \`${question}\` without saying why the tool does not fit otherwise: add \`${question}\` under \`whyNot\`, in French and in English`,
  }),
  finderSlugTwice: (question: string, slug: string): Text => ({
    fr: `deux réponses de \`${question}\` ont le même mot d’adresse \`${slug}\` : chaque réponse a le sien`,
    en: `two answers of \`${question}\` have the same address word \`${slug}\`: each answer needs its own`,
  }),
  unitSpacing: (excerpt: string): Text => ({
    fr: `typographie : « ${excerpt} » sépare le nombre de son unité par une espace ordinaire, qui peut les couper en fin de ligne ; mettez-y une espace insécable (U+00A0)`,
    en: `typography: "${excerpt}" separates the number from its unit with an ordinary space, which may break the line between them; use a no-break space (U+00A0)`,
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

/** A help text of the content check (Markdown code in backticks) as plain text: the studio's descriptions show no Markdown. */
const plain = (text: string) => text.replace(/`([^`]+)`/g, '« $1 »');

/**
 * The studio's labels (lib/studio/config.ts), in French: Keystatic shows one language, and the
 * communications staff work in French. The rules they describe are those of fieldHelp above.
 */
export const studioText = {
  brand: 'Inserm – Europe et international',
  navigation: 'Pages',
  dataNavigation: 'Chiffres, outils et carte',
  collection: { fr: 'Pages en français', en: 'Pages en anglais (English)' } satisfies Record<Locale, string>,
  title: 'Titre',
  file: {
    label: 'Fichier',
    description:
      'Le chemin du fichier sous content/fr ou content/en, sans « .mdx » : le même dans les deux langues, c’est ce qui relie une page à sa traduction. Ne le changez pas pour une page existante.',
    pattern: 'Des minuscules sans accent, des chiffres et des tirets, et « / » entre deux dossiers, par exemple « outils/explorer ».',
  },
  navTitle: 'Titre court (menus et fil d’Ariane, 40 caractères au plus ; facultatif)',
  description: 'Description (sous le titre et pour les moteurs de recherche, 50 à 220 caractères)',
  slug: {
    label: 'Adresse',
    description: `La fin de l’adresse de la page dans cette langue : ${plain(fieldHelp.slug.fr)}. La page d’accueil n’en a pas.`,
    pattern: 'Des minuscules sans accent, des chiffres et des tirets, par exemple « outils-de-cooperation ».',
  },
  order: { label: 'Ordre', description: plain(fieldHelp.order.fr) },
  updated: 'Dernière mise à jour',
  draft: { label: 'Brouillon', description: 'Un brouillon se voit dans l’aperçu seulement, jamais sur le site publié.' },
  body: 'Texte',
  /** Names for Keystatic's buttons that show only an icon (components/studio/Studio.tsx), by icon. */
  iconButtons: { edit: 'Modifier', remove: 'Supprimer', editLink: 'Modifier le lien', openLink: 'Ouvrir le lien', unlink: 'Retirer le lien' },
  insertMenu: 'Insérer un élément (ou tapez « / » dans le texte)',
  /** A text field's length rule, as the studio says it when the field breaks it. */
  length: (min: number, max: number, optional: boolean) =>
    `${optional ? 'Facultatif' : 'Obligatoire'}${min > 1 ? `, de ${min} à ${max} caractères` : `, ${max} caractères au plus`} (les espaces au début et à la fin ne comptent pas).`,
  translation: {
    label: 'Traduction',
    loading: 'Lecture de l’état de la traduction…',
    unreadable: 'L’état de la traduction n’a pas pu être lu : l’aperçu tourne-t-il encore ? Rechargez la page.',
    newPage: 'L’état de la traduction s’affichera une fois la page enregistrée.',
    onlyHere: 'Cette page n’a pas de version française : c’est un original.',
    current: 'À jour : cette page traduit la version française telle qu’elle est maintenant.',
    pending: 'Sera enregistrée comme à jour avec la page : cliquez sur « Sauvegarder ».',
    outdated: 'En retard : la version française a changé depuis la traduction enregistrée. Reportez ses changements ici, puis marquez la traduction comme à jour.',
    untracked: 'Non enregistrée : rien n’indique de quelle version française cette page est la traduction. Relisez-la, puis marquez-la comme à jour.',
    markCurrent: 'Marquer la traduction comme à jour',
    original: 'Ouvrir la version française',
    english: 'Ouvrir la version anglaise',
    see: 'Voir dans l’aperçu',
    overview: 'Toutes les pages et leurs traductions',
    twin: {
      current: 'Version anglaise : à jour.',
      outdated: 'Version anglaise : en retard sur ce texte, à reprendre.',
      untracked: 'Version anglaise : traduction non enregistrée.',
      draft: 'Version anglaise : brouillon.',
      original: 'Version anglaise : à jour.',
      missing: 'Pas encore de version anglaise : le site anglais montre ce texte en français.',
    },
    afterSave: 'Quand vous enregistrez un changement de ce texte, la version anglaise passe « en retard ».',
  },
  figure: { label: 'Chiffre', description: 'Un chiffre de content/data/figures.yaml, au format de la langue de la page.' },
  keyFigures: { label: 'Chiffres clés', description: 'Une rangée de grands chiffres, chacun avec une courte légende.' },
  keyFigure: { label: 'Chiffre clé' },
  toolFacts: { label: 'L’essentiel d’un outil', description: 'Montant, durée, public… d’un outil de coopération, depuis content/data/cooperation-tools.yaml.', tool: 'Outil' },
  toolsComparison: { label: 'Tableau comparatif des outils', description: 'Les quatre outils de coopération côte à côte.' },
  toolFinder: { label: 'Quel outil pour mon projet ?', description: 'Le questionnaire qui oriente vers l’outil qui convient.' },
  callout: { label: 'Encadré', description: 'Une remarque mise à part du texte.', title: 'Titre de l’encadré (facultatif)' },
  worldMap: { label: 'Carte du monde', description: 'La carte des coopérations et son tableau, depuis content/data/world-map.yaml.' },
  cards: { label: 'Cartes', description: 'Des liens vers d’autres pages, en cartes.' },
  card: { label: 'Carte', href: 'Lien', hrefHelp: 'L’adresse de la page, par exemple /fr/strategie.', title: 'Titre de la carte' },
  facts: { label: 'Faits', description: 'Une liste de faits : un terme, sa valeur.' },
  fact: { label: 'Fait', term: 'Terme' },
  sectionPages: { label: 'Pages de la rubrique', description: 'La liste des pages de cette rubrique, page par page.' },
  siteMap: { label: 'Plan du site', description: 'Toutes les pages du site.' },
  data: {
    figures: 'Chiffres',
    tools: 'Outils de coopération',
    worldMap: 'Carte du monde',
    language: { fr: 'Français', en: 'Anglais' } satisfies Record<Locale, string>,
    figure: {
      label: 'Libellé pour les rédacteurs',
      kindIs: (kind: string) => `Sorte de chiffre : ${kind} (elle se change dans le fichier content/data/figures.yaml).`,
      count: 'Nombre (sans espace)',
      percent: 'Pourcentage, de 0 à 100',
      amount: 'Montant en euros (sans espace ni unité)',
      years: 'Nombre d’années',
      year: 'Année',
      from: 'De l’année',
      to: 'À l’année',
      min: 'Le plus petit nombre',
      max: 'Le plus grand nombre',
      moreThan: 'Afficher « plus de » devant le chiffre',
      upTo: 'Afficher « jusqu’à » devant le montant',
    },
    tool: {
      page: 'Page qui présente l’outil (son chemin dans content/fr, sans « .mdx »)',
      pagePattern: 'Un chemin de page, par exemple « cooperation-tools/international-first-steps ».',
      name: 'Nom',
      purpose: 'Objectif',
      whoMayApply: 'Qui peut candidater',
      amount: 'Montant',
      duration: 'Durée',
      scope: 'Champ',
      howToApply: 'Comment candidater',
    },
    map: {
      title: 'Titre',
      description: 'Description (lue par les lecteurs d’écran)',
      emphasisedGroup: 'Pays mis en avant',
      emphasised: 'Code du pays (deux lettres, par exemple US)',
      legend: 'Légende',
      europeGroup: 'Europe',
      europe: 'Pays teintés comme l’Europe',
      code: 'Code du pays (deux lettres)',
      codePattern: 'Deux lettres majuscules, par exemple FR ou US.',
      partnersGroup: 'Pays partenaires',
      markerLegend: 'Légende du repère',
      partners: 'Ce que l’Inserm fait dans chaque pays',
      marker: 'Repère (longitude, puis latitude)',
      coordinate: 'Coordonnée',
      what: 'Ce que l’Inserm y fait',
    },
  },
};
