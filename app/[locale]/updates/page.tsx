import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { UpdatesList } from '@/components/layout/UpdatesList';
import { feedPaths, otherLocales, routing, updatesPaths } from '@/i18n/routing';
import { absoluteUrl } from '@/lib/site/url';

// The latest updates of the site's pages (/fr/mises-a-jour, /en/updates), newest first, from the
// change notes the studio publishes; the Atom feed of the same is app/feeds. Prerendered.

type Props = { params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Updates' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: {
      canonical: updatesPaths[locale],
      languages: Object.fromEntries(routing.locales.map((other) => [other, absoluteUrl(updatesPaths[other])])),
      types: { 'application/atom+xml': [{ url: feedPaths[locale], title: t('feedTitle') }] },
    },
  };
}

export default async function UpdatesRoute({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <SiteChrome locale={locale} languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: updatesPaths[other] }))}>
      <UpdatesList locale={locale} />
    </SiteChrome>
  );
}
