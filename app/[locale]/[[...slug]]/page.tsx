import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageView } from '@/components/layout/PageView';
import { RetiredPage } from '@/components/layout/RetiredPage';
import { mdxComponentsFor } from '@/components/mdx';
import { previewPage } from '@/preview/gates';
import { routing } from '@/i18n/routing';
import { listPagePath, loadPageBody, siteContent } from '@/lib/content';
import { hreflangAlternates } from '@/lib/site/alternates';

// Prerendered at build, once: a page changes with a new build only (its text is compiled into it).
// How long caches may keep it is set for all pages in next.config.ts.

type Params = Promise<{ locale: string; slug?: string[] }>;

// Every page, and the further pages of the sections that list theirs (/fr/appels/page/2).
export function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!hasLocale(routing.locales, params.locale)) return [];
  const content = siteContent();
  // A retired page keeps its address, to say why (a replaced one redirects: next.config.ts).
  const retired = content.retired.filter((page) => page.locale === params.locale && !content.replacementOf(page));
  return [...content.addresses(params.locale).map(({ page, listPage }) => listPagePath(page, listPage)), ...retired.map((page) => page.path)].map((path) => ({ slug: path.split('/').slice(2) }));
}

async function findAddress(params: Params) {
  const { locale, slug } = await params;
  return hasLocale(routing.locales, locale) ? siteContent().resolve(locale, slug) : undefined;
}

async function findRetired(params: Params) {
  const { locale, slug } = await params;
  return hasLocale(routing.locales, locale) ? siteContent().retiredAt(locale, slug) : undefined;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const address = await findAddress(params);
  const retired = !address && (await findRetired(params));
  if (retired) {
    const t = await getTranslations({ locale: retired.locale, namespace: 'Retired' });
    return { title: t('metaTitle', { title: retired.frontmatter.title }), robots: { index: false } };
  }
  if (!address) return {};
  const { page, listPage } = address;
  const isHome = page.key === '';
  const translations = siteContent().translations(page);
  // A fallback repeats a page of another language: that page is the one to index.
  const canonical = page.isFallback ? (translations[page.contentLocale]?.path ?? page.path) : listPagePath(page, listPage);
  const t = await getTranslations({ locale: page.locale, namespace: 'Listing' });
  const title = listPage > 1 ? t('pageTitle', { title: page.frontmatter.title, page: listPage }) : page.frontmatter.title;
  return {
    title: isHome ? { absolute: title } : title,
    description: page.frontmatter.description,
    alternates: { canonical, languages: hreflangAlternates(translations, isHome, (version) => siteContent().listAddress(version, listPage)) },
    openGraph: {
      title: page.frontmatter.title,
      description: page.frontmatter.description,
      url: page.path,
      locale: page.locale,
      type: 'website',
      images: [{ url: `/og${page.path}`, width: 1200, height: 630, alt: page.frontmatter.title }],
    },
  };
}

export default async function ContentRoute({ params }: { params: Params }) {
  const { locale } = await params;
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale);
  const address = await findAddress(params);
  const retired = !address && (await findRetired(params));
  if (retired) return <RetiredPage page={retired} />;
  if (!address) notFound();
  const { page } = address;
  // Components speak the language of the text, which a page not yet translated keeps.
  const components = mdxComponentsFor(page.contentLocale, address);
  const preview = await previewPage(page, components, address.listPage);
  if (preview) return preview;
  const Body = await loadPageBody(page);
  return (
    <PageView page={page} listPage={address.listPage}>
      <Body components={components} />
    </PageView>
  );
}
