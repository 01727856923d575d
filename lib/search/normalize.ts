import { plain } from '../plain';

/** Lowercase, without accents: `Coopération` and `cooperation` are the same word to the search. */
export const normalizeWord = plain;

/** Words of a text, as the search sees them: letters and digits, apostrophes split (`l’Inserm` → `l`, `inserm`). */
export const WORD = /[\p{L}\p{N}]+/gu;
