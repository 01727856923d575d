import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { otherLocales, routing } from '@/i18n/routing';
import { ChangeScreen } from '@/studio/ChangeScreen';
import { ChangesScreen } from '@/studio/ChangesScreen';
import { studioText } from '@/lib/editorial/words';
import { studioPerson } from '@/studio/person';
import { studioChanges } from '@/studio/workflow';
import { ScreenBar } from '@/studio/ScreenBar';

// A change under review (studio/ChangeScreen.tsx). A `.studio.tsx` page: under the editorial server only.

type Props = { params: Promise<{ locale: string; subject: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: studioText.workflow.review, robots: { index: false } };

export default async function ChangeRoute({ params, searchParams }: Props) {
  const { locale, subject } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const one = (name: string) => [query[name] ?? []].flat()[0];
  const { published, changes } = await studioChanges();
  // (An unreadable state leaves no change to show: the list says why.)
  const change = changes.find((candidate) => candidate.subject === decodeURIComponent(subject));
  const person = await studioPerson();
  return (
    <SiteChrome locale={locale} languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: `/${other}/studio/changements/${subject}` }))} preview={<ScreenBar person={person} />}>
      <div lang="fr">
        {/* Once published (or gone back to what is published), the change is no more: the list says what happened. */}
        {change && published ? (
          <ChangeScreen change={change} published={published} person={person} done={one('fait')} error={one('erreur')} since={one('depuis')} typed={(field) => one(`garde-${field}`)} />
        ) : (
          <ChangesScreen person={person} done={one('fait')} error={one('erreur')} />
        )}
      </div>
    </SiteChrome>
  );
}
