import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { jsonLd, type PageFacts, structuredData } from '@/lib/site/structured-data';

/**
 * The page described for search engines (schema.org JSON-LD): data, not a script — it runs nothing,
 * and the site's policy (script-src 'none') lets it stand. `isHome` adds who publishes the site.
 */
export async function StructuredData({ page, locale, isHome = false }: { page: PageFacts; locale: Locale; isHome?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  const publisher = isHome
    ? { siteName: t('name'), institution: t('institution'), institutionName: t('institutionName'), institutionUrl: 'https://www.inserm.fr/', description: t('tagline') }
    : undefined;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(structuredData(page, publisher)) }} />;
}
