import { siteSitemapEntries } from '@/lib/site/sitemap-entries';
import { sitemapIndex, sitemapPartPath, sitemapParts, urlset } from '@/lib/site/sitemap';
import { absoluteUrl } from '@/lib/site/url';

// Every page of the site, with its other languages: one file, or past 50,000 addresses an index of
// parts (app/sitemaps/[part]). Written at build time.
export const dynamic = 'force-static';

export function GET() {
  const parts = sitemapParts(siteSitemapEntries());
  const xml = parts.length === 1 ? urlset(parts[0] ?? []) : sitemapIndex(parts.map((_, i) => absoluteUrl(sitemapPartPath(i + 1))));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
