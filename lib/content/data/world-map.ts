import { hasShape, isCountryCode } from '../../world/countries';
import { sayData } from '../messages/data';
import type { Reporter } from '../problems';
import type { WorldMapData } from './schema';
import type { LocatedYaml } from './yaml';

/** What the schema of world-map.yaml cannot say: each code names a country, and a country too small to draw has a marker. */
export function checkMapCountries(worldMap: WorldMapData, yaml: LocatedYaml, report: Reporter) {
  const country = (code: string, at: PropertyKey[], line: number) => {
    if (!isCountryCode(code)) report.error(sayData.unknownCountry(code, at), line);
  };
  country(worldMap.emphasised.country, ['emphasised', 'country'], yaml.lineOf(['emphasised', 'country']));
  worldMap.europe.countries.forEach((code, i) => country(code, ['europe', 'countries', i], yaml.lineOf(['europe', 'countries', i])));
  for (const [code, partner] of Object.entries(worldMap.partners.countries)) {
    const line = yaml.keyLineOf(['partners', 'countries'], code);
    country(code, ['partners', 'countries', code], line);
    if (isCountryCode(code) && !partner.marker && !hasShape(code)) report.error(sayData.countryNeedsMarker(code), line);
  }
}
