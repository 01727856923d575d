import type { MetadataRoute } from 'next';
import { getAllPages, getAlternates } from '@/lib/content';
import { hreflangAlternates } from '@/lib/site/alternates';
import { absoluteUrl } from '@/lib/site/url';

// Fallbacks (pages shown in a language they are not translated into) are left out: they repeat another page.
export default function sitemap(): MetadataRoute.Sitemap {
  return getAllPages()
    .filter((page) => !page.isFallback)
    .map((page) => ({
      url: absoluteUrl(page.path),
      lastModified: page.frontmatter.updated,
      alternates: {
        languages: Object.fromEntries(
          Object.entries(hreflangAlternates(getAlternates(page), page.key === '')).map(([lang, path]) => [lang, absoluteUrl(path)]),
        ),
      },
    }));
}
