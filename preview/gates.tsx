import type { MDXComponents } from 'mdx/types';
import type { Locale } from '@/i18n/routing';
import type { ContentPage } from '@/lib/content';

/**
 * The doors to the preview, from the site's routes: the only module outside preview/ may import.
 * Each opens only in `npm run dev` and `npm run studio` (SITE_MODE === 'preview', lib/content/site.ts),
 * written as the bundler needs to see it: in a production build the condition is false at compile
 * time, so the branch and its import are dropped, and no page carries any of the preview.
 */

/** The editor's bar at the top of a page: its file, its date, its translation, its problems. */
export async function EditorBar({ page, locale }: { page: ContentPage; locale: Locale }) {
  if (process.env.NODE_ENV === 'development') {
    const { EditorBarContent } = await import('./EditorBarContent');
    return <EditorBarContent page={page} locale={locale} />;
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

/** A page as a past version of its file had it (the studio's history), drawn as the preview draws the file; undefined outside the preview. */
export async function pageVersion(page: ContentPage, text: string, when: string, components: MDXComponents) {
  if (process.env.NODE_ENV === 'development') {
    const { PageVersion } = await import('./PageVersion');
    return <PageVersion page={page} text={text} when={when} components={components} />;
  }
  return undefined;
}
