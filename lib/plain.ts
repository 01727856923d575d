/** A text as people search and type it: without accents, lowercase (`Coopération` → `cooperation`). */
export const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
