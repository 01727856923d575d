import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/lib/site/url';
import { viewport as siteViewport } from '@/lib/site/viewport';
import '../globals.css';

// Every page is prerendered; any other address gets a static not-found page (app/not-found.tsx, and
// app/[locale]/page-not-found served by server.mjs for addresses in a language).
export const dynamicParams = false;

export const viewport: Viewport = siteViewport;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t('name'), template: `%s | ${t('name')}` },
    applicationName: t('name'),
    icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
    formatDetection: { telephone: false },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
