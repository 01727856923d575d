/** Lowercase, without accents: `Coopération` and `cooperation` are the same word to the search. */
export const normalizeWord = (word: string) => word.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Words of a text, as the search sees them: letters and digits, apostrophes split (`l’Inserm` → `l`, `inserm`). */
export const WORD = /[\p{L}\p{N}]+/gu;
