import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageView } from '@/components/layout/PageView';
import { mdxComponentsFor } from '@/components/mdx';
import { previewPage } from '@/components/preview/gates';
import { routing } from '@/i18n/routing';
import { getAlternates, getPage, getPagesIn } from '@/lib/content';
import { loadPageBody } from '@/lib/content/body';
import { hreflangAlternates } from '@/lib/site/alternates';

// Prerendered at build, once: a page changes with a new build only (its text is compiled into it).
// How long caches may keep it is set for all pages in next.config.ts.

type Params = Promise<{ locale: string; slug?: string[] }>;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!hasLocale(routing.locales, params.locale)) return [];
  return getPagesIn(params.locale).map((page) => ({ slug: page.segments }));
}

async function findPage(params: Params) {
  const { locale, slug } = await params;
  return hasLocale(routing.locales, locale) ? getPage(locale, slug) : undefined;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = await findPage(params);
  if (!page) return {};
  const isHome = page.key === '';
  const translations = getAlternates(page);
  // A fallback repeats a page of another language: that page is the one to index.
  const canonical = page.isFallback ? (translations[page.contentLocale]?.path ?? page.path) : page.path;
  return {
    title: isHome ? { absolute: page.frontmatter.title } : page.frontmatter.title,
    description: page.frontmatter.description,
    alternates: { canonical, languages: hreflangAlternates(translations, isHome) },
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
  const page = await findPage(params);
  if (!page) notFound();
  // Components speak the language of the text, which a page not yet translated keeps.
  const components = mdxComponentsFor(page.contentLocale);
  const preview = await previewPage(page, components);
  if (preview) return preview;
  const Body = await loadPageBody(page);
  return (
    <PageView page={page}>
      <Body components={components} />
    </PageView>
  );
}
