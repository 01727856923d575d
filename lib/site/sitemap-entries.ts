import { siteContent } from '../content';
import { hreflangAlternates } from './alternates';
import type { SitemapEntry } from './sitemap';
import { absoluteUrl } from './url';

/** Every page of the site as a sitemap entry, its alternates absolute. */
export function siteSitemapEntries(): SitemapEntry[] {
  return siteContent()
    .sitemapEntries()
    .map(({ page, alternates }) => ({
      url: absoluteUrl(page.path),
      lastModified: page.frontmatter.updated,
      alternates: Object.fromEntries(Object.entries(hreflangAlternates(alternates, page.key === '')).map(([lang, path]) => [lang, absoluteUrl(path)])),
    }));
}
