import type { MDXContent } from 'mdx/types';
import type { ContentPage } from './load';

/**
 * The compiled MDX of a page, from the bundle built by `next build`. Kept apart from the rest of the
 * content layer: only the bundler can resolve it. The preview never loads it: one file that does not
 * compile would stop every page of the bundle, so the preview compiles each page itself
 * (preview/PreviewBody.tsx). The import must sit inside this branch for the development
 * bundle to leave the MDX files out.
 */
export async function loadPageBody(page: ContentPage): Promise<MDXContent> {
  if (process.env.NODE_ENV === 'production') {
    const mdx = (await import(`@/content/${page.contentLocale}/${page.source}.mdx`)) as { default: MDXContent };
    return mdx.default;
  }
  throw new Error('The preview compiles each page itself (preview/PreviewBody.tsx).');
}
