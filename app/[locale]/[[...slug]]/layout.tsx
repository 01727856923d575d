import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { Footer } from '@/components/layout/Footer';
import { Header } from '@/components/layout/Header';
import { MAIN_CONTENT_ID, SkipLink } from '@/components/layout/SkipLink';
import { routing } from '@/i18n/routing';
import { getAlternates, getPage, getSection } from '@/lib/content';
import { otherLocales } from '@/lib/content/query';
import { languageHrefs } from '@/lib/site/alternates';

// The site chrome lives here, below the catch-all, because the language switch must know the page being read.
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug?: string[] }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const page = getPage(locale, slug);
  const hrefs = languageHrefs(page ? getAlternates(page) : {});

  return (
    <>
      <SkipLink />
      <Header
        locale={locale}
        currentKey={page?.key}
        currentSectionKey={page && getSection(page)?.key}
        languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: hrefs[other] }))}
      />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <Footer locale={locale} />
    </>
  );
}
