/** Two capital letters, as ISO 3166-1 writes a country: `RW`. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;
