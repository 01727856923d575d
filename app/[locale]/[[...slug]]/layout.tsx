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
  const content = siteContent();
  const address = content.resolve(locale, slug);
  const page = address?.page;
  // A retired page's switch leads to the same page retired in the other language, if it is.
  const retired = !page ? content.retiredAt(locale, slug) : undefined;
  const versions = page ? content.translations(page) : retired ? Object.fromEntries(content.retired.filter((p) => p.key === retired.key).map((p) => [p.locale, p])) : {};
  const hrefs = languageHrefs(versions, (version) => (page ? content.listAddress(version, address?.listPage ?? 1) : version.path));
  return (
    <SiteChrome
      locale={locale}
      currentKey={page?.key}
      currentSectionKey={page && content.section(page)?.key}
      languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: hrefs[other] }))}
      preview={page && <EditorBar page={page} locale={locale} />}
    >
      {children}
    </SiteChrome>
  );
}
