import type { Locale } from '../../../i18n/routing';
import { at, closest, list, type Text } from './words';

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
  updates: {
    fr: 'une liste de mises à jour, chacune avec sa date (`date: 2026-11-29`) et sa note en français et en anglais (`note:` puis `fr: …` et `en: …`)',
    en: 'a list of updates, each with its date (`date: 2026-11-29`) and its note in French and English (`note:` then `fr: …` and `en: …`)',
  },
  updateDate: { fr: 'une date écrite AAAA-MM-JJ, par exemple `date: 2026-11-29`', en: 'a date written YYYY-MM-DD, for example `date: 2026-11-29`' },
  countries: { fr: 'une liste de codes de pays : `[AT, BE, …]`', en: 'a list of country codes: `[AT, BE, …]`' },
  marker: {
    fr: 'la position du repère, `[longitude, latitude]`, par exemple `marker: [103.82, 1.35]`',
    en: 'where to draw the marker, `[longitude, latitude]`, for example `marker: [103.82, 1.35]`',
  },
};

/** What is wrong in a data file of content/data. */
export const sayData = {
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
  updatesWithoutPage: (key: string): Text => ({
    fr: `ces mises à jour sont celles de la page \`${key}\`, qui n’existe pas dans content/fr : renommez le fichier comme la page (son chemin sous content/fr, sans « .mdx »)`,
    en: `these updates belong to the page \`${key}\`, which content/fr does not have: name the file as the page (its path under content/fr, without “.mdx”)`,
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
};
