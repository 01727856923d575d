import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import { PageView } from '@/components/layout/PageView';
import { type ContentPage, readPageSource } from '@/lib/content';
import { getTranslations } from 'next-intl/server';
import { previewBody } from './PreviewBody';

/**
 * A past version of a page, as its file then said: its title, description and text drawn with
 * today's components, under a notice saying which version it is.
 */
export async function PageVersion({ page, text, when, components }: { page: ContentPage; text: string; when: string; components: MDXComponents }) {
  // Read as any page is read (an old version may hold what is refused now: it is drawn with its refusals).
  const { repairedFrontmatter, body, bodyStartLine } = readPageSource(text, page.file);
  const then: ContentPage = { ...page, body, bodyStartLine, frontmatter: { ...page.frontmatter, title: repairedFrontmatter.title, description: repairedFrontmatter.description } };
  const { body: drawn } = await previewBody(then, [], components);
  const t = await getTranslations({ locale: page.locale, namespace: 'Preview' });
  return (
    <PageView
      page={then}
      notice={
        <p role="note" className="not-prose mb-6 border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-900">
          {t('version', { when })} ·{' '}
          <Link href={`/${page.locale}/studio/historique${page.key ? `/${page.key}` : ''}`} className="font-semibold underline">
            {t('backToHistory')}
          </Link>
        </p>
      }
    >
      {drawn}
    </PageView>
  );
}
