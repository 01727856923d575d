import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { siteContent } from '@/lib/content';
import { MAP_COLORS, MAP_HEIGHT, MAP_URLS, MAP_WIDTH, type MapScheme } from '@/lib/world/map';
import { withFigures } from './Figure';

/** Each swatch of the legend is drawn in both schemes' colours; the page shows the one of its scheme. */
const SCHEME_CLASS: Record<MapScheme, string> = { light: 'dark:hidden', dark: 'hidden dark:inline' };

/**
 * Where Inserm cooperates: a map drawn at build time from real geographic data (a static SVG file,
 * and its dark version for a dark system), named and described for screen readers, with the same
 * facts as a table beside it.
 */
export async function WorldMap({ locale }: { locale: Locale }) {
  const map = siteContent().data.worldMap;
  // Only the preview can lack it (the build refuses such content): it shows the file's problems instead.
  if (!map) return null;
  const t = await getTranslations({ locale, namespace: 'WorldMap' });
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const rows = await Promise.all(
    Object.entries(map.partners.countries).map(async ([code, partner]) => ({ code, name: names.of(code) ?? code, what: await withFigures(partner.what[locale], locale) })),
  );
  const named = rows.map((r) => r.name).sort(new Intl.Collator(locale).compare);
  const legend = [
    { shade: 'emphasised', text: map.emphasised.legend },
    { shade: 'europe', text: map.europe.legend },
    { shade: 'partner', text: map.partners.legend },
  ] as const;
  const labels = await Promise.all(legend.map(({ text }) => withFigures(text[locale], locale)));
  const description = `${await withFigures(map.description[locale], locale)} ${t('named', { countries: new Intl.ListFormat(locale, { type: 'conjunction' }).format(named) })}`;

  return (
    <div className="world-map not-prose my-8">
      <figure>
        <picture>
          <source srcSet={MAP_URLS.dark} media="screen and (prefers-color-scheme: dark)" width={MAP_WIDTH} height={MAP_HEIGHT} />
          <img
            src={MAP_URLS.light}
            width={MAP_WIDTH}
            height={MAP_HEIGHT}
            alt={map.title[locale]}
            aria-describedby="world-map-desc"
            loading="lazy"
            decoding="async"
            className="h-auto w-full rounded-lg border border-slate-200"
          />
        </picture>
        <figcaption className="mt-3 text-sm text-slate-700">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {legend.map(({ shade }, i) => (
              <li key={shade} className="flex items-center gap-2">
                {(['light', 'dark'] as const).map((scheme) => (
                  <svg key={scheme} aria-hidden="true" width="16" height="16" className={`shrink-0 ${SCHEME_CLASS[scheme]}`}>
                    <rect width="16" height="16" rx="3" fill={MAP_COLORS[scheme].shades[shade]} stroke="#64748b" />
                  </svg>
                ))}
                {labels[i]}
              </li>
            ))}
            <li className="flex items-center gap-2">
              {(['light', 'dark'] as const).map((scheme) => (
                <svg key={scheme} aria-hidden="true" width="16" height="16" className={`shrink-0 ${SCHEME_CLASS[scheme]}`}>
                  <circle cx="8" cy="8" r="5" fill={MAP_COLORS[scheme].marker.fill} stroke={MAP_COLORS[scheme].marker.stroke} strokeWidth={1.5} />
                </svg>
              ))}
              {map.partners.markerLegend[locale]}
            </li>
          </ul>
        </figcaption>
      </figure>
      <p id="world-map-desc" className="sr-only">
        {description}
      </p>
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
    </div>
  );
}
