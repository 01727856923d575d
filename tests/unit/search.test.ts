import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '@/lib/content/load';
import { buildSearchIndex, search, snippetOf } from '@/lib/search';

const { pages } = loadContentTree(path.resolve('content'), { includeDrafts: false });
const indexFor = (locale: 'fr' | 'en') =>
  buildSearchIndex(
    pages.filter((p) => p.locale === locale),
    () => 'section',
  );
const fr = indexFor('fr');
const en = indexFor('en');
const paths = (outcome: ReturnType<typeof search>) => outcome.hits.map((h) => h.path);

describe('site search', () => {
  it('ignores accents and case: coopération, cooperation and COOPERATION find the same pages', () => {
    const accented = paths(search(fr, 'coopération'));
    expect(accented.length).toBeGreaterThan(0);
    expect(paths(search(fr, 'cooperation'))).toEqual(accented);
    expect(paths(search(fr, 'COOPERATION'))).toEqual(accented);
  });

  it('finds a programme by its name, its page first', () => {
    expect(paths(search(en, 'InterAging'))[0]).toBe('/en/cooperation-tools/integrate');
    expect(paths(search(fr, 'First Steps'))[0]).toBe('/fr/outils-de-cooperation/explorer');
  });

  it('finds a partner and a country', () => {
    expect(paths(search(en, 'Oswaldo Cruz'))).toContain('/en/priorities');
    expect(paths(search(fr, 'Rwanda'))).toContain('/fr/priorites');
  });

  it('searches one language only', () => {
    expect(paths(search(fr, 'InterAging')).every((p) => p.startsWith('/fr/'))).toBe(true);
  });

  it('marks the matched words in the snippet', () => {
    const [hit] = search(fr, 'singapour').hits;
    const marked = hit?.snippet.filter((part) => part.isMatch).map((part) => part.text.toLowerCase());
    expect(marked?.length).toBeGreaterThan(0);
    expect(marked?.every((word) => word.startsWith('singapour'))).toBe(true);
  });

  it('forgives small typos', () => {
    expect(paths(search(en, 'Singapor neurosciense'))).toContain('/en/priorities');
  });

  it('suggests words that do find pages when the whole query finds none', () => {
    const outcome = search(en, 'Singapore qwxzv');
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestions.some((s) => s.toLowerCase().includes('singapore'))).toBe(true);
  });

  it('cuts a long text around the first match at word boundaries', () => {
    const text = `${'avant '.repeat(60)}la coopération internationale ${'après '.repeat(60)}`;
    const parts = snippetOf(text, (w) => w.startsWith('coop'));
    expect(parts[0]?.text).toBe('… ');
    expect(parts.at(-1)?.text).toBe(' …');
    expect(parts.filter((p) => p.isMatch).map((p) => p.text)).toEqual(['coopération']);
  });
});
