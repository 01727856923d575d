import { describe, expect, it } from 'vitest';
import { ancestorsOf, childrenOf, findPage, menuOf, otherLocales, sectionOf, translationsOf } from '@/lib/content/query';
import { hreflangAlternates, languageHrefs } from '@/lib/site/alternates';
import { loadFixture, minimalSite, page } from './helpers';

const { pages } = loadFixture({
  ...minimalSite,
  'fr/tools/consolidate.mdx': page({ title: 'Consolider', slug: 'consolider', order: 0 }),
  'fr/only-french.mdx': page({ title: 'Seulement en français', slug: 'seulement-en-francais', order: 9 }),
});
const get = (locale: 'fr' | 'en', segments: string[]) => {
  const found = findPage(pages, locale, segments);
  if (!found) throw new Error(`no page at /${locale}/${segments.join('/')}`);
  return found;
};

describe('content queries', () => {
  it('finds a page by its localized address, and nothing at an unknown one', () => {
    expect(get('fr', ['outils', 'explorer']).frontmatter.title).toBe('Explorer');
    expect(get('en', []).frontmatter.title).toBe('Home');
    expect(findPage(pages, 'en', ['outils'])).toBeUndefined();
    expect(findPage(pages, 'fr', ['outils', 'explore'])).toBeUndefined();
  });

  it('pairs a page with its translation through the file name', () => {
    const versions = translationsOf(pages, get('fr', ['outils', 'explorer']));
    expect(versions.en?.path).toBe('/en/tools/explore');
    expect(versions.en?.isFallback).toBe(false);
  });

  it('shows a page missing in a language there anyway, with its original text and slug', () => {
    const fallback = get('en', ['seulement-en-francais']);
    expect(fallback).toMatchObject({ isFallback: true, contentLocale: 'fr', file: 'content/fr/only-french.mdx' });
    expect(fallback.frontmatter.title).toBe('Seulement en français');
    expect(translationsOf(pages, get('fr', ['seulement-en-francais'])).en).toBe(fallback);
  });

  it('places a fallback under its parent’s address in the other language', () => {
    expect(get('en', ['tools', 'consolider'])).toMatchObject({ isFallback: true, key: 'tools/consolidate' });
  });

  it('lists children in their order, then ancestors from home', () => {
    expect(childrenOf(pages, get('fr', ['outils'])).map((p) => p.path)).toEqual(['/fr/outils/consolider', '/fr/outils/explorer']);
    expect(ancestorsOf(pages, get('fr', ['outils', 'explorer'])).map((p) => p.path)).toEqual(['/fr', '/fr/outils']);
    expect(sectionOf(pages, get('fr', ['outils', 'explorer']))?.path).toBe('/fr/outils');
    expect(sectionOf(pages, get('fr', []))).toBeUndefined();
  });

  it('builds the main and footer menus from the frontmatter', () => {
    expect(menuOf(pages, 'fr', 'main').map((p) => p.path)).toEqual(['/fr/strategie', '/fr/outils', '/fr/seulement-en-francais']);
    expect(menuOf(pages, 'en', 'footer').map((p) => p.path)).toEqual(['/en/legal-notice']);
  });

  it('names the other languages', () => {
    expect(otherLocales('fr')).toEqual(['en']);
    expect(otherLocales('en')).toEqual(['fr']);
  });
});

describe('language links', () => {
  it('sends the language switch to the same page in the other language', () => {
    expect(languageHrefs(translationsOf(pages, get('en', ['tools', 'explore'])))).toEqual({ fr: '/fr/outils/explorer', en: '/en/tools/explore' });
  });

  it('sends it to the fallback when the page has no translation, and home when there is no page at all', () => {
    expect(languageHrefs(translationsOf(pages, get('fr', ['seulement-en-francais']))).en).toBe('/en/seulement-en-francais');
    expect(languageHrefs({})).toEqual({ fr: '/fr', en: '/en' });
  });

  it('declares hreflang alternates with x-default on the default language, and on / for home', () => {
    expect(hreflangAlternates(translationsOf(pages, get('fr', ['strategie'])), false)).toEqual({
      fr: '/fr/strategie',
      en: '/en/strategy',
      'x-default': '/fr/strategie',
    });
    expect(hreflangAlternates(translationsOf(pages, get('en', [])), true)).toEqual({ fr: '/fr', en: '/en', 'x-default': '/' });
  });

  it('does not declare a fallback as a translation', () => {
    expect(hreflangAlternates(translationsOf(pages, get('fr', ['seulement-en-francais'])), false)).toEqual({
      fr: '/fr/seulement-en-francais',
      'x-default': '/fr/seulement-en-francais',
    });
  });
});
