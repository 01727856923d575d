import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SearchResults } from '@/components/layout/SearchResults';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { otherLocales, routing, searchPaths } from '@/i18n/routing';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> };

const queryOf = async (searchParams: Props['searchParams']) => {
  const { q } = await searchParams;
  return (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? '';
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Search' });
  const query = await queryOf(searchParams);
  return { title: query ? t('resultsTitle', { query }) : t('title'), robots: { index: false } };
}

export default async function SearchRoute({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await queryOf(searchParams);
  const withQuery = (path: string) => (query ? `${path}?${new URLSearchParams({ q: query })}` : path);
  const languageLinks = otherLocales(locale).map((other) => ({ locale: other, href: withQuery(searchPaths[other]) }));
  return (
    <SiteChrome locale={locale} languageLinks={languageLinks}>
      <SearchResults locale={locale} query={query} otherLanguageLinks={languageLinks} />
    </SiteChrome>
  );
}
