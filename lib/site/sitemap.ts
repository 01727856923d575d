/**
 * sitemap.xml as the protocol (sitemaps.org) has it: one file of at most 50,000 addresses, each with
 * its date and its other languages (hreflang); past that, a sitemap index pointing to as many files
 * of 50,000 as the site needs, at /sitemaps/1.xml, /sitemaps/2.xml…
 */

/** The protocol's limit of addresses per file. */
const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  url: string;
  lastModified: string;
  /** hreflang → absolute URL, x-default included. */
  alternates: Record<string, string>;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function urlset(entries: SitemapEntry[]): string {
  const urls = entries.map(({ url, lastModified, alternates }) =>
    [
      '<url>',
      `<loc>${escape(url)}</loc>`,
      ...Object.entries(alternates).map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escape(lang)}" href="${escape(href)}" />`),
      `<lastmod>${escape(lastModified)}</lastmod>`,
      '</url>',
    ].join('\n'),
  );
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">', ...urls, '</urlset>', ''].join('\n');
}

export function sitemapIndex(urls: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `<sitemap><loc>${escape(url)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** The entries split into files the protocol accepts: one when they fit, else parts of `limit`. */
export function sitemapParts<T>(entries: T[], limit = SITEMAP_LIMIT): T[][] {
  if (entries.length <= limit) return [entries];
  return Array.from({ length: Math.ceil(entries.length / limit) }, (_, i) => entries.slice(i * limit, (i + 1) * limit));
}

/** The address of part `n` (from 1) of a sitemap split in parts. */
export const sitemapPartPath = (n: number) => `/sitemaps/${n}.xml`;
