import { describe, expect, it } from 'vitest';
import { otherLocales } from '@/i18n/routing';
import { neighbourhood, SiteIndex } from '@/lib/content/query';
import { hreflangAlternates, languageHrefs } from '@/lib/site/alternates';
import { loadFixture, minimalSite, page } from './helpers';

const { pages } = loadFixture({
  ...minimalSite,
  'fr/tools/consolidate.mdx': page({ title: 'Consolider', slug: 'consolider', order: 0 }),
  'fr/only-french.mdx': page({ title: 'Seulement en français', slug: 'seulement-en-francais', order: 9 }),
});
const site = new SiteIndex(pages);
const get = (locale: 'fr' | 'en', segments: string[]) => {
  const found = site.find(locale, segments);
  if (!found) throw new Error(`no page at /${locale}/${segments.join('/')}`);
  return found;
};

describe('content queries', () => {
  it('finds a page by its localized address, and nothing at an unknown one', () => {
    expect(get('fr', ['outils', 'explorer']).frontmatter.title).toBe('Explorer');
    expect(get('en', []).frontmatter.title).toBe('Home');
    expect(site.find('en', ['outils'])).toBeUndefined();
    expect(site.find('fr', ['outils', 'explore'])).toBeUndefined();
  });

  it('pairs a page with its translation through the file name', () => {
    const versions = site.translationsOf(get('fr', ['outils', 'explorer']));
    expect(versions.en?.path).toBe('/en/tools/explore');
    expect(versions.en?.isFallback).toBe(false);
  });

  it('shows a page missing in a language there anyway, with its original text and slug', () => {
    const fallback = get('en', ['seulement-en-francais']);
    expect(fallback).toMatchObject({ isFallback: true, contentLocale: 'fr', file: 'content/fr/only-french.mdx' });
    expect(fallback.frontmatter.title).toBe('Seulement en français');
    expect(site.translationsOf(get('fr', ['seulement-en-francais'])).en).toBe(fallback);
  });

  it('places a fallback under its parent’s address in the other language', () => {
    expect(get('en', ['tools', 'consolider'])).toMatchObject({ isFallback: true, key: 'tools/consolidate' });
  });

  it('lists children in their order, then ancestors from home', () => {
    expect(site.childrenOf(get('fr', ['outils'])).map((p) => p.path)).toEqual(['/fr/outils/consolider', '/fr/outils/explorer']);
    expect(site.ancestorsOf(get('fr', ['outils', 'explorer'])).map((p) => p.path)).toEqual(['/fr', '/fr/outils']);
    expect(site.sectionOf(get('fr', ['outils', 'explorer']))?.path).toBe('/fr/outils');
    expect(site.sectionOf(get('fr', []))).toBeUndefined();
  });

  it('builds the main and footer menus from the frontmatter', () => {
    expect(site.menuOf('fr', 'main').map((p) => p.path)).toEqual(['/fr/strategie', '/fr/outils', '/fr/seulement-en-francais']);
    expect(site.menuOf('en', 'footer').map((p) => p.path)).toEqual(['/en/legal-notice']);
  });

  it('orders a section’s pages without a number by title, after the numbered ones, with no limit on numbers', () => {
    const { pages: many } = loadFixture({
      ...minimalSite,
      'fr/tools/zeta.mdx': page({ title: 'Zêta', slug: 'zeta', order: undefined }),
      'fr/tools/alpha.mdx': page({ title: 'Alpha', slug: 'alpha', order: undefined }),
      'fr/tools/big.mdx': page({ title: 'Grand', slug: 'grand', order: 12_000 }),
    });
    const tools = new SiteIndex(many);
    expect(tools.childrenOf(tools.find('fr', ['outils']) as never).map((p) => p.frontmatter.title)).toEqual(['Explorer', 'Grand', 'Alpha', 'Zêta']);
  });

  it('lists a chronological section’s pages the most recently updated first', () => {
    const { pages: news } = loadFixture({
      ...minimalSite,
      'fr/tools/index.mdx': page({ title: 'Outils', slug: 'outils', order: 2, sort: 'newest' }),
      'fr/tools/old.mdx': page({ title: 'Ancien', slug: 'ancien', updated: '2024-01-01' }),
      'fr/tools/new.mdx': page({ title: 'Nouveau', slug: 'nouveau', updated: '2026-10-01' }),
    });
    const section = new SiteIndex(news);
    expect(section.childrenOf(section.find('fr', ['outils']) as never).map((p) => p.frontmatter.title)).toEqual(['Explorer', 'Nouveau', 'Ancien']);
  });

  it('keeps a page’s section navigation to its neighbours, whatever the size of the section', () => {
    const siblings = Array.from({ length: 1000 }, (_, i) => i);
    expect(neighbourhood(siblings, 500, 3)).toEqual({ pages: [497, 498, 499, 500, 501, 502, 503], before: 497, after: 496 });
    expect(neighbourhood(siblings, 0, 3)).toEqual({ pages: [0, 1, 2, 3, 4, 5, 6], before: 0, after: 993 });
    expect(neighbourhood(siblings, 999, 3)).toEqual({ pages: [993, 994, 995, 996, 997, 998, 999], before: 993, after: 0 });
    expect(neighbourhood([1, 2], 2, 3)).toEqual({ pages: [1, 2], before: 0, after: 0 });
  });

  it('names the other languages', () => {
    expect(otherLocales('fr')).toEqual(['en']);
    expect(otherLocales('en')).toEqual(['fr']);
  });
});

describe('language links', () => {
  it('sends the language switch to the same page in the other language', () => {
    expect(languageHrefs(site.translationsOf(get('en', ['tools', 'explore'])))).toEqual({ fr: '/fr/outils/explorer', en: '/en/tools/explore' });
  });

  it('sends it to the fallback when the page has no translation, and home when there is no page at all', () => {
    expect(languageHrefs(site.translationsOf(get('fr', ['seulement-en-francais']))).en).toBe('/en/seulement-en-francais');
    expect(languageHrefs({})).toEqual({ fr: '/fr', en: '/en' });
  });

  it('declares hreflang alternates with x-default on the default language, and on / for home', () => {
    expect(hreflangAlternates(site.translationsOf(get('fr', ['strategie'])), false)).toEqual({
      fr: '/fr/strategie',
      en: '/en/strategy',
      'x-default': '/fr/strategie',
    });
    expect(hreflangAlternates(site.translationsOf(get('en', [])), true)).toEqual({ fr: '/fr', en: '/en', 'x-default': '/' });
  });

  it('does not declare a fallback as a translation', () => {
    expect(hreflangAlternates(site.translationsOf(get('fr', ['seulement-en-francais'])), false)).toEqual({
      fr: '/fr/seulement-en-francais',
      'x-default': '/fr/seulement-en-francais',
    });
  });
});
