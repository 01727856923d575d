import { getLocale, getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { type CountryShade, MAP_HEIGHT, MAP_WIDTH, worldMap } from '@/lib/world/map';
import { places } from '@/lib/world/places';
import { formattedFigure, withFigures } from './Figure';

const FILL: Record<CountryShade, string> = {
  emphasised: 'fill-brand-900',
  partner: 'fill-brand-700',
  europe: 'fill-sky-300',
  other: 'fill-slate-200',
};

/**
 * Where Inserm cooperates: a map drawn on the server from real geographic data, described for
 * screen readers, with the same facts as a table next to it.
 */
export async function WorldMap() {
  const requested = await getLocale();
  const locale = routing.locales.find((l) => l === requested) ?? routing.defaultLocale;
  const t = await getTranslations('WorldMap');
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const countryName = (code: string) => names.of(code) ?? code;
  const { shapes, markers } = worldMap();
  const rows = await Promise.all(places.map(async (place) => ({ ...place, name: countryName(place.code), what: await withFigures(place.what[locale]) })));
  const collator = new Intl.Collator(locale);
  const named = rows.map((r) => r.name).sort(collator.compare);

  return (
    <figure className="world-map not-prose my-8">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-labelledby="world-map-title world-map-desc" className="h-auto w-full rounded-lg bg-sky-50">
        <title id="world-map-title">{t('title')}</title>
        <desc id="world-map-desc">
          {t('description', { countryCount: await formattedFigure('countries'), countries: new Intl.ListFormat(locale, { type: 'conjunction' }).format(named) })}
        </desc>
        <g className="stroke-white" strokeWidth={0.5}>
          {shapes.map((shape) => (
            <path key={shape.id} d={shape.d} className={FILL[shape.shade]} />
          ))}
        </g>
        <g className="fill-amber-400 stroke-brand-900" strokeWidth={1.5}>
          {markers.map((marker) => (
            <circle key={marker.code} cx={marker.x} cy={marker.y} r={4.5} />
          ))}
        </g>
      </svg>
      <figcaption className="mt-3 text-sm text-slate-700">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {(['emphasised', 'europe', 'partner'] as const).map((shade) => (
            <li key={shade} className="flex items-center gap-2">
              <svg aria-hidden="true" width="16" height="16" className="shrink-0">
                <rect width="16" height="16" rx="3" className={`${FILL[shade]} stroke-slate-500`} />
              </svg>
              {t(`legend.${shade}`)}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <svg aria-hidden="true" width="16" height="16" className="shrink-0">
              <circle cx="8" cy="8" r="5" className="fill-amber-400 stroke-brand-900" strokeWidth={1.5} />
            </svg>
            {t('legend.marker')}
          </li>
        </ul>
      </figcaption>
      <div role="region" aria-labelledby="world-map-table-caption" tabIndex={0} className="mt-6 overflow-x-auto rounded-lg border border-slate-200">
        <table className="w-full border-collapse text-left text-sm">
          <caption id="world-map-table-caption" className="p-3 text-left font-bold text-slate-900">
            {t('tableCaption')}
          </caption>
          <thead>
            <tr className="bg-slate-50">
              <th scope="col" className="p-3">
                {t('country')}
              </th>
              <th scope="col" className="p-3">
                {t('cooperation')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} className="border-t border-slate-200">
                <th scope="row" className="p-3 align-top font-semibold whitespace-nowrap text-slate-900">
                  {row.name}
                </th>
                <td className="p-3 align-top text-slate-800">{row.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
