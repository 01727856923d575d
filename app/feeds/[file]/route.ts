import { getTranslations } from 'next-intl/server';
import { feedPaths, type Locale, routing, updatesPaths } from '@/i18n/routing';
import { siteContent } from '@/lib/content';
import { atomFeed } from '@/lib/site/atom';
import { absoluteUrl } from '@/lib/site/url';

// The Atom feed of each language's updates (/feeds/fr.atom, /feeds/en.atom), for feed readers: the
// same updates as the updates page, newest first. Prerendered.

export const dynamic = 'force-static';

const localeOfFile = (file: string) => routing.locales.find((locale) => feedPaths[locale] === `/feeds/${file}`);

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ file: feedPaths[locale].split('/').pop() }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const locale = localeOfFile((await params).file) as Locale | undefined;
  if (!locale) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Updates' });
  const content = siteContent();
  const updates = content.latestUpdates(locale);
  const newestPage = content.pagesIn(locale).reduce((newest, page) => (page.frontmatter.updated > newest ? page.frontmatter.updated : newest), '1970-01-01');
  const xml = atomFeed({
    locale,
    title: t('feedTitle'),
    self: absoluteUrl(feedPaths[locale]),
    alternate: absoluteUrl(updatesPaths[locale]),
    updated: updates[0]?.date ?? newestPage,
    entries: updates.map((update) => ({ title: update.page.frontmatter.title, url: absoluteUrl(update.page.path), date: update.date, summary: update.note })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
