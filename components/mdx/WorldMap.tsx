import { getTranslations } from 'next-intl/server';
import { getPageLocale } from '@/i18n/locale';
import { MAP_HEIGHT, MAP_URL, MAP_WIDTH, MARKER_COLORS, SHADE_COLORS } from '@/lib/world/map';
import { places } from '@/lib/world/places';
import { formattedFigure, withFigures } from './Figure';

/**
 * Where Inserm cooperates: a map drawn at build time from real geographic data (a static SVG file),
 * named and described for screen readers, with the same facts as a table beside it.
 */
export async function WorldMap() {
  const locale = await getPageLocale();
  const t = await getTranslations('WorldMap');
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const rows = await Promise.all(places.map(async (place) => ({ code: place.code, name: names.of(place.code) ?? place.code, what: await withFigures(place.what[locale]) })));
  const named = rows.map((r) => r.name).sort(new Intl.Collator(locale).compare);
  const legend = (['emphasised', 'europe', 'partner'] as const).map((shade) => ({ shade, color: SHADE_COLORS[shade], label: t(`legend.${shade}`) }));

  return (
    <figure className="world-map not-prose my-8">
      {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG needs no image optimisation */}
      <img
        src={MAP_URL}
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        alt={t('title')}
        aria-describedby="world-map-desc"
        loading="lazy"
        decoding="async"
        className="h-auto w-full rounded-lg border border-slate-200"
      />
      <p id="world-map-desc" className="sr-only">
        {t('description', { countryCount: await formattedFigure('countries'), countries: new Intl.ListFormat(locale, { type: 'conjunction' }).format(named) })}
      </p>
      <figcaption className="mt-3 text-sm text-slate-700">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {legend.map(({ shade, color, label }) => (
            <li key={shade} className="flex items-center gap-2">
              <svg aria-hidden="true" width="16" height="16" className="shrink-0">
                <rect width="16" height="16" rx="3" fill={color} stroke="#64748b" />
              </svg>
              {label}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <svg aria-hidden="true" width="16" height="16" className="shrink-0">
              <circle cx="8" cy="8" r="5" fill={MARKER_COLORS.fill} stroke={MARKER_COLORS.stroke} strokeWidth={1.5} />
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
