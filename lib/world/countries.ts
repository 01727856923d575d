import * as iso from 'i18n-iso-countries/index.js';

/** ISO 3166-1 codes: editors write the two letters (`RW`), the world atlas numbers its shapes (`646`). */
export const isCountryCode = (code: string): boolean => /^[A-Z]{2}$/.test(code) && iso.isValid(code);

/** The ISO 3166-1 numeric code of a country, as world-atlas numbers its shapes. */
export const numericCodeOf = (alpha2: string): string | undefined => iso.alpha2ToNumeric(alpha2);
