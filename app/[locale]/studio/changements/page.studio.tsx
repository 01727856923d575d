import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { otherLocales, routing } from '@/i18n/routing';
import { ChangesScreen } from '@/studio/ChangesScreen';
import { studioText } from '@/lib/editorial/words';
import { studioPerson } from '@/studio/person';
import { ScreenBar } from '@/studio/ScreenBar';

// The changes in progress (studio/ChangesScreen.tsx). A `.studio.tsx` page: under the editorial server only.

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: studioText.workflow.changes, robots: { index: false } };

export default async function ChangesRoute({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const one = (name: string) => [query[name] ?? []].flat()[0];
  const person = await studioPerson();
  return (
    <SiteChrome locale={locale} languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: `/${other}/studio/changements` }))} preview={<ScreenBar person={person} />}>
      <div lang="fr">
        <ChangesScreen person={person} done={one('fait')} error={one('erreur')} />
      </div>
    </SiteChrome>
  );
}
