import type { MDXComponents } from 'mdx/types';
import type { Locale } from '@/i18n/routing';
import type { ContentPage } from '@/lib/content';
import type { DATA_FILES } from '@/lib/content/data/schema';

/**
 * The doors to the preview's tools, from the site's own components. Each opens only in `npm run dev`:
 * in a production build the condition is false at compile time, so the branch and its import are
 * dropped, and no page carries any of the preview.
 */

/** The editor's bar at the top of a page: its file, its date, its translation, its problems. */
export async function EditorBar({ page, locale }: { page: ContentPage; locale: Locale }) {
  if (process.env.NODE_ENV === 'development') {
    const { EditorBarContent } = await import('./EditorBarContent');
    return <EditorBarContent page={page} locale={locale} />;
  }
  return null;
}

/**
 * The problems of a data file, above the component that shows its data; with `entry`, those of one
 * entry, in place of the figure or tool that cannot be shown.
 */
export async function DataProblems({ data, entry }: { data: keyof typeof DATA_FILES; entry?: string }) {
  if (process.env.NODE_ENV === 'development') {
    const { DataProblemsBlock } = await import('./DataProblemsBlock');
    return <DataProblemsBlock data={data} entry={entry} />;
  }
  return null;
}

/** The page compiled straight from its file, its problems where they stand; undefined outside the preview. */
export async function previewPage(page: ContentPage, components: MDXComponents, listPage: number) {
  if (process.env.NODE_ENV === 'development') {
    const { PreviewPage } = await import('./PreviewPage');
    return <PreviewPage page={page} listPage={listPage} components={components} />;
  }
  return undefined;
}
