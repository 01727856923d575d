import * as iso from 'i18n-iso-countries/index.js';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { COUNTRY_CODE_PATTERN } from './country-code';

/** ISO 3166-1 codes: editors write the two letters (`RW`), the world atlas numbers its shapes (`646`). */
export const isCountryCode = (code: string): boolean => COUNTRY_CODE_PATTERN.test(code) && iso.isValid(code);

/** The ISO 3166-1 numeric code of a country, as world-atlas numbers its shapes. */
export const numericCodeOf = (alpha2: string): string | undefined => iso.alpha2ToNumeric(alpha2);

/** Antarctica, which the map leaves out. */
export const ANTARCTICA = '010';

let drawn: Set<string> | undefined;

/**
 * Whether the map draws this country (ISO 3166-1 alpha-2): the smallest ones have no shape at this
 * scale. Read from the atlas's list of shapes, without drawing anything.
 */
export function hasShape(code: string): boolean {
  drawn ??= new Set(world.objects.countries.geometries.map((geometry) => String(geometry.id)).filter((id) => id !== ANTARCTICA));
  const numeric = numericCodeOf(code);
  return numeric !== undefined && drawn.has(numeric);
}
