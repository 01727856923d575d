import { describe, expect, it } from 'vitest';
import { type SitemapEntry, sitemapIndex, sitemapParts, urlset } from '@/lib/site/sitemap';

const entry = (n: number): SitemapEntry => ({
  url: `https://site.example/fr/page-${n}`,
  lastModified: '2026-11-24',
  alternates: { fr: `https://site.example/fr/page-${n}`, en: `https://site.example/en/page-${n}?a=1&b=2`, 'x-default': `https://site.example/fr/page-${n}` },
});

describe('sitemap.xml', () => {
  it('lists each address with its date and its other languages, escaped', () => {
    const xml = urlset([entry(1)]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    expect(xml).toContain('<loc>https://site.example/fr/page-1</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://site.example/en/page-1?a=1&amp;b=2" />');
    expect(xml).toContain('<lastmod>2026-11-24</lastmod>');
  });

  it('stays one file up to the protocol’s limit, and splits past it, every address in exactly one part', () => {
    const entries = Array.from({ length: 7 }, (_, i) => entry(i));
    expect(sitemapParts(entries, 7)).toEqual([entries]);
    const parts = sitemapParts(entries, 3);
    expect(parts.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(parts.flat()).toEqual(entries);
  });

  it('points to its parts from an index', () => {
    expect(sitemapIndex(['https://site.example/sitemaps/1.xml', 'https://site.example/sitemaps/2.xml'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '<sitemap><loc>https://site.example/sitemaps/1.xml</loc></sitemap>',
        '<sitemap><loc>https://site.example/sitemaps/2.xml</loc></sitemap>',
        '</sitemapindex>',
        '',
      ].join('\n'),
    );
  });
});
