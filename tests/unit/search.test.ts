import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, snippetOf } from '@/lib/search';
import { minimalSite, openFixture, page } from './helpers';

// The search on a small site written here, whatever today's pages say: a programme named on its own
// page and in passing elsewhere, partners and countries, a French page not yet translated.
const { pages } = openFixture({
  ...minimalSite,
  'fr/index.mdx': page({ title: 'Accueil', order: 0 }, '\nLa coopération internationale de l’Inserm, et son école d’été.\n'),
  'en/index.mdx': page({ title: 'Home', order: 0 }, '\nInserm’s international cooperation.\n'),
  'fr/strategy.mdx': page(
    { title: 'Stratégie', slug: 'strategie', order: 1 },
    '\nNotre coopération en santé mondiale, avec la Fondation Oswaldo Cruz au Brésil et le Rwanda, et le programme InterAging.\n',
  ),
  'en/strategy.mdx': page(
    { title: 'Strategy', slug: 'strategy', order: 1 },
    '\nOur cooperation in global health, with the Oswaldo Cruz Foundation in Brazil and Rwanda, and the InterAging programme.\n',
  ),
  'fr/tools/explore.mdx': page({ title: 'Explorer', slug: 'explorer' }, '\n## First Steps\n\nLe programme First Steps finance une première collaboration.\n'),
  'en/tools/explore.mdx': page({ title: 'Explore', slug: 'explore' }, '\n## First Steps\n\nThe First Steps programme funds a first collaboration.\n'),
  'fr/tools/integrate.mdx': page({ title: 'Intégrer', slug: 'integrer', order: 2 }, '\n## InterAging\n\nInterAging relie des équipes à Singapour en neurosciences.\n'),
  'en/tools/integrate.mdx': page({ title: 'Integrate', slug: 'integrate', order: 2 }, '\n## InterAging\n\nIt links teams in Singapore in neuroscience.\n'),
  'fr/only-french.mdx': page({ title: 'Seulement en français', slug: 'seulement-en-francais', order: 9 }, '\nLe Rwanda, encore.\n'),
});
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
    expect(accented.sort()).toEqual(['/fr', '/fr/strategie']);
    expect(paths(search(fr, 'cooperation')).sort()).toEqual(accented);
    expect(paths(search(fr, 'COOPERATION')).sort()).toEqual(accented);
  });

  it('ignores accents in short words too, which it does not forgive as typos', () => {
    expect(paths(search(fr, 'ete'))).toEqual(['/fr']);
    expect(paths(search(fr, 'ÉTÉ'))).toEqual(['/fr']);
    expect(
      search(fr, 'ETE')
        .hits[0]?.snippet.filter((part) => part.isMatch)
        .map((part) => part.text),
    ).toEqual(['été']);
  });

  it('finds a programme by its name, on every page that names it, and only there', () => {
    expect(paths(search(en, 'InterAging')).sort()).toEqual(['/en/strategy', '/en/tools/integrate']);
    expect(paths(search(fr, 'First Steps'))).toEqual(['/fr/outils/explorer']);
  });

  it('finds a partner and a country', () => {
    expect(paths(search(en, 'Oswaldo Cruz'))).toEqual(['/en/strategy']);
    expect(paths(search(fr, 'Rwanda'))).toContain('/fr/strategie');
  });

  it('searches one language only, and leaves out a page shown in the other language for want of a translation', () => {
    expect(paths(search(fr, 'InterAging')).every((p) => p.startsWith('/fr/'))).toBe(true);
    expect(pages.some((p) => p.path === '/en/seulement-en-francais' && p.isFallback)).toBe(true);
    expect(paths(search(en, 'Rwanda'))).toEqual(['/en/strategy']);
  });

  it('marks the matched words in the snippet', () => {
    const [hit] = search(fr, 'singapour').hits;
    const marked = hit?.snippet.filter((part) => part.isMatch).map((part) => part.text.toLowerCase());
    expect(marked).toEqual(['singapour']);
  });

  it('forgives small typos', () => {
    expect(paths(search(en, 'Singapor neurosciense'))).toEqual(['/en/tools/integrate']);
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
