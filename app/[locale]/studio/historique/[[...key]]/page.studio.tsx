import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { mdxComponentsFor } from '@/components/mdx';
import { otherLocales, routing } from '@/i18n/routing';
import { siteContent } from '@/lib/content';
import { pageVersion } from '@/preview/gates';
import { HistoryScreen } from '@/studio/HistoryScreen';
import { studioText } from '@/lib/editorial/words';
import { studioPerson } from '@/studio/person';
import { moment, studioRepository } from '@/studio/workflow';
import { ScreenBar } from '@/studio/ScreenBar';

// A page's history (studio/HistoryScreen.tsx); with `?version=<commit>`, the page as that
// publication left it, drawn by the preview. A `.studio.tsx` page: under the editorial server only.

type Props = { params: Promise<{ locale: string; key?: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: studioText.workflow.history, robots: { index: false } };

export default async function HistoryRoute({ params, searchParams }: Props) {
  const { locale, key: segments = [] } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const one = (name: string) => [query[name] ?? []].flat()[0];
  const key = segments.join('/');
  const content = siteContent();
  // A page's history is its reference version's: the default language's (its twin follows it).
  const shown = content.pageByKey(routing.defaultLocale, key);
  const page = shown ?? content.retired.find((candidate) => candidate.key === key && candidate.locale === routing.defaultLocale);
  if (!page) notFound();
  const person = await studioPerson();
  const chrome = (children: React.ReactNode) => (
    <SiteChrome
      locale={locale}
      languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: `/${other}/studio/historique${key ? `/${key}` : ''}` }))}
      preview={<ScreenBar person={person} />}
    >
      {children}
    </SiteChrome>
  );
  const version = one('version');
  if (version && /^[0-9a-f]{40}$/.test(version)) {
    const repository = studioRepository();
    const file = page.file;
    const text = await repository.text((await repository.versionsAt(version, [file]))[file] ?? null);
    const publication = (await repository.publications([file])).find((candidate) => candidate.commit === version);
    const drawn = text && publication && (await pageVersion(page, text, moment(publication.at), mdxComponentsFor(page.contentLocale, { page, listPage: 1 })));
    if (drawn) return chrome(drawn);
  }
  const replacements = content.pagesIn('fr').filter((candidate) => !candidate.isFallback && candidate.key !== key && !candidate.frontmatter.draft);
  return chrome(
    <div lang="fr">
      <HistoryScreen page={page} retired={!shown} person={person} replacements={replacements} done={one('fait')} error={one('erreur')} typed={(field) => one(`garde-${field}`)} />
    </div>,
  );
}
