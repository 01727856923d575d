import type { MDXContent } from 'mdx/types';
import type { ContentPage } from './load';

/** The compiled MDX of a page. Kept apart from the rest of the content layer: only the bundler can resolve it. */
export async function loadPageBody(page: ContentPage): Promise<MDXContent> {
  const mdx = (await import(`@/content/${page.contentLocale}/${page.source}.mdx`)) as { default: MDXContent };
  return mdx.default;
}
