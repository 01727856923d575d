import { filesOfPage, pageKeyOfFile } from '@/lib/content';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { loadFixture, minimalSite, page } from './helpers';

const messages = (files: Record<string, string>) => loadFixture(files).problems.map(formatProblem);

describe('loadContentTree', () => {
  it('gives each page a localized address built from its slugs', () => {
    const { pages, problems } = loadFixture(minimalSite);
    expect(problems).toEqual([]);
    const paths = pages.map((p) => `${p.key} -> ${p.path}`).sort();
    expect(paths).toEqual([
      ' -> /en',
      ' -> /fr',
      'legal -> /en/legal-notice',
      'legal -> /fr/mentions-legales',
      'strategy -> /en/strategy',
      'strategy -> /fr/strategie',
      'tools -> /en/tools',
      'tools -> /fr/outils',
      'tools/explore -> /en/tools/explore',
      'tools/explore -> /fr/outils/explorer',
    ]);
  });

  it('links a page to its parent through the folder', () => {
    const explore = loadFixture(minimalSite).pages.find((p) => p.key === 'tools/explore' && p.locale === 'fr');
    expect(explore).toMatchObject({ parentKey: 'tools', segments: ['outils', 'explorer'], file: 'content/fr/tools/explore.mdx', source: 'tools/explore' });
  });

  it('lists h2 and h3 headings with the ids rehype-slug gives them, duplicates numbered', () => {
    const { pages } = loadFixture({
      ...minimalSite,
      'fr/strategy.mdx': page({ slug: 'strategie' }, '\n## Priorités de l’Inserm\n\n### Santé mondiale\n\n#### Détail\n\n## Santé mondiale\n'),
    });
    const strategy = pages.find((p) => p.key === 'strategy' && p.locale === 'fr');
    expect(strategy?.headings).toEqual([
      { depth: 2, text: 'Priorités de l’Inserm', id: 'priorités-de-linserm' },
      { depth: 3, text: 'Santé mondiale', id: 'santé-mondiale' },
      { depth: 2, text: 'Santé mondiale', id: 'santé-mondiale-1' },
    ]);
    expect(strategy?.anchors).toEqual(['priorités-de-linserm', 'santé-mondiale', 'détail', 'santé-mondiale-1']);
  });

  it('leaves drafts out unless asked to keep them', () => {
    const files = { ...minimalSite, 'fr/draft.mdx': page({ slug: 'brouillon', draft: true }) };
    expect(loadFixture(files).pages.some((p) => p.path === '/fr/brouillon')).toBe(true);
    expect(loadFixture(files, { includeDrafts: false }).pages.some((p) => p.key === 'draft')).toBe(false);
  });
});

describe('frontmatter problems name the file, the line and the fix, in the editor’s language', () => {
  it('reports a missing field at the frontmatter, with an example', () => {
    expect(messages({ ...minimalSite, 'en/strategy.mdx': page({ slug: 'strategy', title: undefined }) })).toEqual([
      'content/en/strategy.mdx:1: the field `title` is missing: add it, as a short text, for example `title: Cooperation tools`',
    ]);
  });

  it('speaks French about a French page', () => {
    expect(messages({ ...minimalSite, 'fr/strategy.mdx': page({ slug: 'strategie', title: undefined }) })).toEqual([
      'content/fr/strategy.mdx:1: le champ `title` manque : ajoutez-le, avec un texte court, par exemple `title: Outils de coopération`',
    ]);
  });

  it('reports a field of the wrong type on its own line', () => {
    expect(messages({ ...minimalSite, 'en/strategy.mdx': page({ slug: 'strategy', order: 'two' }) })).toEqual([
      'content/en/strategy.mdx:4: the field `order` is not valid: it must be a whole number, for example `order: 2` (lower numbers come first in menus; a page without `order` comes after, in alphabetical order)',
    ]);
  });

  it('says how far out of range a value is', () => {
    const long = 'x'.repeat(230);
    expect(messages({ ...minimalSite, 'fr/strategy.mdx': page({ slug: 'strategie', description: long }) })).toEqual([
      'content/fr/strategy.mdx:3: le champ `description` n’est pas valide (220 caractères au plus) : il faut une ou deux phrases de 50 à 220 caractères, reprises par les moteurs de recherche',
    ]);
  });

  it('refuses a slug that is not URL-safe', () => {
    const [problem] = messages({ ...minimalSite, 'en/strategy.mdx': page({ slug: 'stratégie' }) });
    expect(problem).toBe(
      'content/en/strategy.mdx:6: the field `slug` is not valid: it must be lowercase letters, digits and hyphens only, for example `slug: cooperation-tools` (no accents, no spaces)',
    );
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    const [problem] = messages({ ...minimalSite, 'en/strategy.mdx': page({ slug: 'strategy', updated: '24/11/2026' }) });
    expect(problem).toBe('content/en/strategy.mdx:5: the field `updated` is not valid: it must be a date written YYYY-MM-DD, for example `updated: 2026-11-24`');
  });

  it('names an unknown field, so that a typo is caught', () => {
    const [problem] = messages({ ...minimalSite, 'en/strategy.mdx': page({ slug: 'strategy', titel: 'Oops' }) });
    expect(problem).toMatch(/^content\/en\/strategy\.mdx:7: unknown field `titel`: check its spelling; allowed fields are `title`, /);
  });

  it('points at the line of invalid YAML', () => {
    const broken = '---\ntitle: Stratégie\ndescription: [unclosed\norder: 1\n---\n\nText\n';
    const [problem] = messages({ ...minimalSite, 'fr/strategy.mdx': broken });
    expect(problem).toMatch(/^content\/fr\/strategy\.mdx:\d: l’en-tête n’est pas du YAML valide \(.+\)\u202f: écrivez chaque champ/);
  });

  it('asks for frontmatter when a page has none', () => {
    expect(messages({ ...minimalSite, 'en/strategy.mdx': '# Just text\n' })).toEqual([
      'content/en/strategy.mdx:1: the page has no frontmatter: it must start with a line `---`, the fields (title, description, …), then another line `---`',
    ]);
  });

  it('points at the line of MDX that cannot be parsed', () => {
    const [problem] = messages({ ...minimalSite, 'en/strategy.mdx': page({ slug: 'strategy' }, '\nFine line.\n\n<Callout>\nnever closed\n') });
    expect(problem).toBe('content/en/strategy.mdx:11: the tag `<Callout>` is not closed: add `</Callout>` after its content, on a line of its own, or write `<Callout />` if it has none');
  });
});

describe('address problems', () => {
  it('requires a slug except on the home page, and refuses one there', () => {
    expect(messages({ ...minimalSite, 'en/strategy.mdx': page({}), 'en/index.mdx': page({ slug: 'home', order: 0 }) })).toEqual([
      'content/en/index.mdx: the home page has no `slug`: its address is the language alone (`/fr`, `/en`); remove the `slug` line',
      'content/en/strategy.mdx:1: the field `slug` is missing: add the last part of the page address, for example `slug: cooperation-tools`',
    ]);
  });

  it('refuses two pages at the same address in one language', () => {
    expect(messages({ ...minimalSite, 'fr/other.mdx': page({ slug: 'strategie' }) })).toEqual([
      'content/fr/strategy.mdx: l’adresse /fr/strategie est déjà celle de la page « A page » : donnez une autre adresse à l’une des deux pages',
    ]);
  });

  it('leaves the address to the published page and blames the draft that wants it', () => {
    const site = { ...minimalSite, 'fr/a-draft.mdx': page({ title: 'Brouillon', slug: 'strategie', draft: true }) };
    expect(messages(site)).toEqual(['content/fr/a-draft.mdx: l’adresse /fr/strategie est déjà celle de la page « Stratégie » : donnez une autre adresse à l’une des deux pages']);
    const at = loadFixture(site).pages.find((p) => p.path === '/fr/strategie');
    expect(at?.file).toBe('content/fr/strategy.mdx');
  });

  it('asks for the page of a folder that has none', () => {
    expect(messages({ ...minimalSite, 'en/orphans/child.mdx': page({ slug: 'child' }) })).toEqual([
      'content/en/orphans/child.mdx: this page sits in a folder that has no page of its own: add `en/orphans/index.mdx`',
    ]);
  });

  it('asks for a missing home page', () => {
    const { 'en/index.mdx': _home, ...withoutEnglishHome } = minimalSite;
    expect(messages(withoutEnglishHome)).toContain('content/en/index.mdx: the home page is missing: create this file');
  });

  it('reports every problem at once, not only the first', () => {
    const problems = messages({ ...minimalSite, 'fr/strategy.mdx': page({ slug: 'Stratégie' }), 'en/strategy.mdx': page({ slug: 'strategy', order: -1 }) });
    expect(problems).toHaveLength(2);
  });
});

describe('a page’s files', () => {
  it('are named in one place, in every language, and lead back to the page', () => {
    expect(filesOfPage('')).toEqual(['content/fr/index.mdx', 'content/en/index.mdx']);
    expect(filesOfPage('cooperation-tools')).toEqual([
      'content/fr/cooperation-tools.mdx',
      'content/fr/cooperation-tools/index.mdx',
      'content/en/cooperation-tools.mdx',
      'content/en/cooperation-tools/index.mdx',
    ]);
    for (const key of ['', 'strategy', 'cooperation-tools', 'cooperation-tools/ipp']) for (const file of filesOfPage(key)) expect(pageKeyOfFile(file)).toBe(key);
    expect([pageKeyOfFile('content/de/strategy.mdx'), pageKeyOfFile('content/data/figures.yaml'), pageKeyOfFile('content/fr/strategy.md')]).toEqual([undefined, undefined, undefined]);
  });
});
