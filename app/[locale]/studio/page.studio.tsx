import type { Metadata } from 'next';
import Link from 'next/link';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { otherLocales, routing, studioPaths } from '@/i18n/routing';
import { STUDIO_PATH } from '@/studio/paths';
import { NewPageForm } from '@/studio/NewPageForm';
import { StudioPageTable } from '@/studio/PageTable';
import { ScreenBar } from '@/studio/ScreenBar';
import { studioPerson } from '@/studio/person';

// The studio's front page (`npm run studio`): every page by section with where its translation
// stands, and the form that creates a bilingual page. A `.studio.tsx` page: next.config.ts routes it
// under `npm run studio` only.

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Studio' });
  return { title: t('title'), robots: { index: false } };
}

export default async function StudioHome({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations('Studio');
  const all = (name: string) => [query[name] ?? []].flat();
  return (
    <SiteChrome locale={locale} languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: studioPaths[other] }))} preview={<ScreenBar person={await studioPerson()} />}>
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <h1 className="text-3xl font-extrabold tracking-tight text-slate-900">{t('title')}</h1>
        <p className="mt-4 max-w-3xl text-slate-700">{t('intro')}</p>
        <p className="mt-2 flex flex-wrap gap-6">
          <Link className="font-semibold text-brand-800 underline" href={STUDIO_PATH}>
            {t('open')}
          </Link>
          <Link className="font-semibold text-brand-800 underline" href={`/${locale}/studio/changements`}>
            {t('changes')}
          </Link>
        </p>
        <StudioPageTable locale={locale} />
        <NewPageForm locale={locale} problems={all('problem')} sameTitles={all('sameTitle')} typed={(field) => all(field)[0] ?? ''} />
      </div>
    </SiteChrome>
  );
}
