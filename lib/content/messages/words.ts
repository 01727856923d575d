import type { Locale } from '../../../i18n/routing';

/**
 * What the content checks tell editors is said in the language of the file they are editing (French
 * for content/fr and content/data, English for content/en), each message saying what is wrong and
 * how to fix it. The messages live here by domain: the frontmatter, the syntax of MDX and YAML, the
 * pages and their links, the data files, a new page. This module holds what they share.
 */
export type Text = Record<Locale, string>;

export const list = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');

/** The first names of a list sorted closest first, and how many more there are: a typo's fix leads. */
const CLOSEST = 8;
export const closest = (names: readonly string[]): Text => {
  const more = names.length - CLOSEST;
  const shown = list(names.slice(0, CLOSEST));
  return more > 0 ? { fr: `${shown} (et ${more} autres)`, en: `${shown} (and ${more} more)` } : { fr: shown, en: shown };
};

/** Where a value sits in a data file: `explore` › `amount` › `en`. */
export const at = (path: readonly PropertyKey[]) => path.map((key) => `\`${String(key)}\``).join(' › ');

/** A language, named inside a sentence of each language: "le titre en anglais", "the English title". */
export const inLanguage: Record<Locale, Text> = { fr: { fr: 'en français', en: 'French' }, en: { fr: 'en anglais', en: 'English' } };

/** A text that holds a character nobody types (a control character), inside a message about it. */
export const invisibleCharacter: Text = { fr: 'il contient un caractère invisible, qui ne se tape pas : effacez-le et retapez le texte', en: 'it holds an invisible character, which nobody types: delete it and type the text again' };

/** A length or a number a field breaks, inside a message about it. */
export const tooLong = (max: number | bigint, unit: 'characters' | 'number'): Text =>
  unit === 'characters' ? { fr: `${max} caractères au plus`, en: `at most ${max} characters` } : { fr: `${max} au plus`, en: `at most ${max}` };

export const tooShort = (min: number | bigint, unit: 'characters' | 'number'): Text =>
  unit === 'characters'
    ? Number(min) === 1
      ? { fr: 'il est vide', en: 'it is empty' }
      : { fr: `${min} caractères au moins`, en: `at least ${min} characters` }
    : { fr: `${min} au moins`, en: `at least ${min}` };
