import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { EditorBar } from '@/preview/gates';
import { otherLocales, routing } from '@/i18n/routing';
import { siteContent } from '@/lib/content';
import { languageHrefs } from '@/lib/site/alternates';

// The site chrome is set here, below the catch-all, because the language switch must know the page being read.
export default async function ContentLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug?: string[] }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const address = siteContent().resolve(locale, slug);
  const page = address?.page;
  const hrefs = languageHrefs(page ? siteContent().translations(page) : {}, (version) => siteContent().listAddress(version, address?.listPage ?? 1));
  return (
    <SiteChrome
      locale={locale}
      currentKey={page?.key}
      currentSectionKey={page && siteContent().section(page)?.key}
      languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: hrefs[other] }))}
      preview={page && <EditorBar page={page} locale={locale} />}
    >
      {children}
    </SiteChrome>
  );
}
