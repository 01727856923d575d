import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { NotFoundNotice } from '@/components/layout/NotFoundNotice';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { otherLocales, routing } from '@/i18n/routing';

// Not found, in the language of the address: server.mjs serves this page, with status 404, for any
// address under /fr/ or /en/ that names no page. Said in that language first, then in the other for
// a visitor who came to the wrong one. Prerendered: it needs no script. No structured data: it
// describes no page.

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function LocalizedNotFound({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <SiteChrome locale={locale} languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: `/${other}` }))}>
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-12 md:grid-cols-2">
        {[locale, ...otherLocales(locale)].map((language, index) => (
          <NotFoundNotice key={language} locale={language} headingLevel={index === 0 ? 1 : 2} />
        ))}
      </div>
    </SiteChrome>
  );
}
