import { siteSitemapEntries } from '@/lib/site/sitemap-entries';
import { sitemapParts, urlset } from '@/lib/site/sitemap';

// The parts of sitemap.xml once the site has more than 50,000 addresses: /sitemaps/1.xml, 2.xml…
// (none below that). Written at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const parts = sitemapParts(siteSitemapEntries());
  return parts.length === 1 ? [] : parts.map((_, i) => ({ part: `${i + 1}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const { part } = await params;
  const parts = sitemapParts(siteSitemapEntries());
  const n = /^([1-9]\d*)\.xml$/.exec(part)?.[1];
  const entries = parts.length > 1 && n ? parts[Number(n) - 1] : undefined;
  if (!entries) return new Response('Not found', { status: 404 });
  return new Response(urlset(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
