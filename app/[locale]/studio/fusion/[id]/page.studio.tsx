import type { Metadata } from 'next';
import Link from 'next/link';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { otherLocales, routing, studioPaths } from '@/i18n/routing';
import { readKept } from '@/lib/editorial/kept';
import { unlessUnreadable } from '@/lib/editorial/state';
import { MergeScreen } from '@/studio/MergeScreen';
import { textsOf } from '@/studio/merge';
import { studioRepository } from '@/studio/workflow';
import { studioAddressOfFile } from '@/studio/paths';
import { editorialStateDir, studioPerson } from '@/studio/person';
import { momentOf } from '@/lib/editorial/dates';
import { ScreenBar } from '@/studio/ScreenBar';
import { mayMergeKept } from '@/lib/editorial/actions';

// A refused save, to compare and merge (studio/MergeScreen.tsx). A `.studio.tsx` page: under the
// editorial server only, for the person whose save it was.

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Merge' });
  return { title: t('title'), robots: { index: false } };
}

export default async function MergeRoute({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations('Merge');
  const person = await studioPerson();
  const stateDir = editorialStateDir();
  const { value: kept, unreadable } = unlessUnreadable(() => (stateDir ? readKept(stateDir, id) : undefined));
  const chrome = (children: React.ReactNode) => (
    <SiteChrome locale={locale} languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: `/${other}/studio/fusion/${id}` }))} preview={<ScreenBar person={person} />}>
      {children}
    </SiteChrome>
  );
  if (!kept || !person || !mayMergeKept(person, kept)) {
    return chrome(
      <div className="mx-auto max-w-3xl px-4 pt-8">
        <h1 className="text-3xl font-extrabold text-slate-900">{t('title')}</h1>
        {unreadable ? (
          <p role="alert" className="mt-4 border-l-4 border-red-700 bg-red-50 p-4 text-slate-900">
            {unreadable}
          </p>
        ) : (
          <p className="mt-4 text-slate-700">{t('unknown')}</p>
        )}
        <p className="mt-4">
          <Link className="font-semibold text-brand-800 underline" href={studioPaths[locale]}>
            {t('back')}
          </Link>
        </p>
      </div>,
    );
  }
  const back = studioAddressOfFile(kept.file);
  if (kept.resolved) {
    return chrome(
      <div className="mx-auto max-w-3xl px-4 pt-8">
        <h1 className="text-3xl font-extrabold text-slate-900">{t('title')}</h1>
        <p className="mt-4 text-slate-700">{t(kept.resolved.how === 'merged' ? 'doneMerged' : 'doneDropped', { at: momentOf(kept.resolved.at) })}</p>
        <p className="mt-4">
          <Link className="font-semibold text-brand-800 underline" href={back}>
            {t('back')}
          </Link>
        </p>
      </div>,
    );
  }
  const checkout = studioRepository();
  const last = await checkout.lastSaveOf(kept.file);
  return chrome(
    <MergeScreen
      locale={locale}
      kept={kept}
      texts={await textsOf(checkout, kept)}
      who={last && last.email !== person.email ? last.name : undefined}
      changedAgain={query.again === '1'}
      stillMarked={query.marked === '1'}
      stillRefused={query.refused === '1'}
      back={back}
    />,
  );
}
