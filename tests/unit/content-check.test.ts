import { describe, expect, it } from 'vitest';
import { fingerprint } from '@/lib/content/fingerprint';
import { AUTHOR_COMPONENTS } from '@/lib/content/components';
import { formatProblem } from '@/lib/content/problems';
import { checkFixture, minimalSite, page } from './helpers';

const check = async (files: Record<string, string>) => {
  const { errors, warnings } = await checkFixture(files);
  return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
};

// Every English page of the fixture records the French version it translates, so that the
// translation rules below start from a clean slate.
const stamped = (files: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(files).map(([rel, text]) => {
      const twin = files[rel.replace(/^en\//, 'fr/')];
      if (!rel.startsWith('en/') || !twin) return [rel, text];
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(twin) ?? [];
      const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(yaml)?.[1] ?? '';
      return [rel, text.replace('\n---\n', `\ntranslatedFrom: "${fingerprint(field('title'), field('description'), body)}"\n---\n`)];
    }),
  );
const site = stamped(minimalSite);

describe('content check', () => {
  it('finds nothing wrong in a valid site', async () => {
    expect(await check(site)).toEqual({ errors: [], warnings: [] });
  });

  it('reports MDX that does not compile, at its line, with the fix', async () => {
    const { errors } = await check({ ...site, 'en/strategy.mdx': page({ slug: 'strategy' }, '\nText with an expression {1 +} here.\n') });
    expect(errors).toEqual(['content/en/strategy.mdx:9: braces `{` `}` are not allowed in the text: a page holds no code; to show a brace, write `\\{` or `\\}`']);
  });

  it('reports a component that does not exist and lists those that do, the closest first', async () => {
    const { errors } = await check({ ...site, 'fr/strategy.mdx': page({ slug: 'strategie' }, '\nTexte.\n\n<Callot>Note</Callot>\n') });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/fr\/strategy\.mdx:11: le composant `<Callot>` n’existe pas\u202f: les composants possibles sont, du plus proche au plus lointain, `Callout`, /);
    for (const name of AUTHOR_COMPONENTS) expect(errors[0]).toContain(`\`${name}\``);
  });

  it('reports a figure or a tool that the data does not have, the closest names first, and one that is not named', async () => {
    const body = '\nAbout <Figure id="colaborations" /> a year.\n\n<KeyFigures>\n  <KeyFigure>no figure</KeyFigure>\n</KeyFigures>\n\n<ToolFacts tool="explorer" />\n';
    const { errors } = await check({ ...site, 'en/strategy.mdx': page({ slug: 'strategy' }, body) });
    expect(errors).toEqual([
      'content/en/strategy.mdx:9: there is no `colaborations` in content/data/figures.yaml: the names you may use are, closest first, `collaborationsPerYear`, `firstStepsAmount`',
      'content/en/strategy.mdx:12: `<KeyFigure>` must name an entry of content/data/figures.yaml: add `figure="…"`',
      'content/en/strategy.mdx:15: there is no `explorer` in content/data/cooperation-tools.yaml: the names you may use are, closest first, `explore`',
    ]);
  });

  it('takes a link to a retired page for one to its replacement (a warning, to link there directly), and refuses one to a page retired with none', async () => {
    const retired = (replacement?: string) =>
      `---\ntitle: Old\ndescription: An old page kept at its address, retired with a note for its visitors.\nslug: old\nupdated: 2026-01-05\nretired:\n  date: 2026-11-29\n  note: Gone.\n${replacement ? `  replacement: ${replacement}\n` : ''}---\nOld text.\n`;
    const linking = { ...site, 'en/strategy.mdx': page({ slug: 'strategy' }, '\nSee [the old page](/en/old).\n') };
    const replaced = await check({ ...linking, 'en/old.mdx': retired('tools/explore') });
    expect(replaced.errors).toEqual([]);
    expect(replaced.warnings).toContain('content/en/strategy.mdx:9: the link `/en/old` leads to the retired page "Old", which sends visitors to /en/tools/explore: link there directly');
    const gone = await check({ ...linking, 'en/old.mdx': retired() });
    expect(gone.errors).toEqual(['content/en/strategy.mdx:9: the link `/en/old` leads to the retired page "Old", which sends visitors nowhere: remove the link, or make it lead to another page']);
  });

  it('reports an internal link to a page that does not exist, in Markdown or in a component', async () => {
    const { errors } = await check({
      ...site,
      'en/strategy.mdx': page({ slug: 'strategy' }, '\nSee [the tools](/en/tool).\n\n<Cards>\n  <Card href="/en/tools/explorer" title="Explore">x</Card>\n</Cards>\n'),
    });
    expect(errors).toEqual([
      "content/en/strategy.mdx:9: the link `/en/tool` leads to no page: correct the address (the site map gives every page's)",
      "content/en/strategy.mdx:12: the link `/en/tools/explorer` leads to no page: correct the address (the site map gives every page's)",
    ]);
  });

  it('refuses a slug the site’s own addresses take, in either language', async () => {
    const cases: [string, string][] = [
      ['recherche', 'fr/legal.mdx'],
      ['search', 'fr/legal.mdx'],
      ['page-not-found', 'en/legal.mdx'],
      ['page', 'fr/tools/explore.mdx'],
    ];
    for (const [slug, rel] of cases) {
      const { errors } = await check({ ...site, [rel]: page({ slug, title: 'X' }) });
      expect(errors, slug).toEqual([expect.stringMatching(new RegExp(`^content/${rel.replace('.', '\\.')}:\\d+: (le slug|the slug) \`${slug}\``))]);
    }
  });

  it('reports an anchor that does not exist on the target page, and lists those that do', async () => {
    const { errors } = await check({
      ...site,
      'fr/tools/explore.mdx': page({ title: 'Explorer', slug: 'explorer' }, '\n## Qui peut candidater ?\n'),
      'en/strategy.mdx': page({ slug: 'strategy' }, '\nSee [who](/fr/outils/explorer#qui-peut-postuler) and [here](#nowhere).\n'),
    });
    expect(errors).toEqual([
      'content/en/strategy.mdx:9: the link `/fr/outils/explorer#qui-peut-postuler` points to an anchor that does not exist on that page; anchors there: `qui-peut-candidater-`',
      'content/en/strategy.mdx:9: the link `#nowhere` points to an anchor that does not exist on that page',
    ]);
  });

  it('accepts links to existing pages and anchors, external links and e-mail addresses', async () => {
    const { errors } = await check({
      ...site,
      'fr/strategy.mdx': page({ slug: 'strategie' }, '\n## Axes\n\n[a](/fr/outils/explorer) [b](/fr/strategie#axes) [c](https://www.inserm.fr/) [d](mailto:x@example.org) [e](/en/tools/)\n'),
    });
    expect(errors).toEqual([]);
  });

  it('refuses a relative link, whose target would change with the page address', async () => {
    const { errors } = await check({ ...site, 'en/strategy.mdx': page({ slug: 'strategy' }, '\n[tools](tools/explore)\n') });
    expect(errors).toEqual(['content/en/strategy.mdx:9: the link `tools/explore` is relative: write the full address of a page of the site, starting with `/fr/` or `/en/`']);
  });

  it('refuses a link from a published page to a draft', async () => {
    const { errors } = await check({
      ...site,
      'en/soon.mdx': page({ slug: 'soon', draft: true }),
      'en/strategy.mdx': page({ slug: 'strategy' }, '\n[soon](/en/soon)\n'),
    });
    expect(errors).toContain('content/en/strategy.mdx:9: the link `/en/soon` leads to a draft, which the published site does not have: publish that page or remove the link');
  });

  it('points out French spacing slips as warnings, in text only', async () => {
    const body = '\nUn texte : avec « guillemets » et une question?\n\nUn [lien](https://www.inserm.fr/) et `code ; ici`.\n';
    const { errors, warnings } = await check({ ...site, 'fr/strategy.mdx': page({ title: 'Stratégie', slug: 'strategie', order: 1 }, body) });
    expect(errors).toEqual([]);
    expect(warnings).toContain(
      'content/fr/strategy.mdx:9: typographie : « Un texte : avec « guil » a une espace ordinaire (ou aucune) avant `; : ! ?` ou contre des guillemets ; mettez-y une espace fine insécable (U+202F)',
    );
    // Each slip where it is: the colon, both sides of the quotes, the question mark.
    expect(warnings.filter((w) => w.includes('typographie'))).toHaveLength(4);
  });

  it('says a slip as often as it is made, and a straight apostrophe, English quotes and a component typed as text', async () => {
    const repeated = Array.from({ length: 8 }, (_, i) => `Point ${i + 1} : fait.`).join(' ');
    const body = `\n${repeated}\n\nL'équipe a dit "oui".\n\nVoir \\<Callout> ici.\n`;
    const { errors, warnings } = await check({ ...site, 'fr/strategy.mdx': page({ title: 'Stratégie', slug: 'strategie', order: 1 }, body) });
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.includes('espace fine insécable (U+202F)') && w.includes(':9:'))).toHaveLength(8);
    expect(warnings.some((w) => w.includes(':11:') && w.includes('apostrophe droite'))).toBe(true);
    expect(warnings.some((w) => w.includes(':11:') && w.includes('guillemets anglais'))).toBe(true);
    expect(warnings.some((w) => w.includes(':13:') && w.includes('« <Callout> » est écrit comme du texte'))).toBe(true);
    // English pages keep their own apostrophes and quotes.
    const english = await check({ ...site, 'en/strategy.mdx': page({ title: 'Strategy', slug: 'strategy', order: 1 }, `\nThe team's "yes".\n`) });
    expect(english.warnings.filter((w) => /apostrophe|quotation/.test(w))).toEqual([]);
  });

  it('reports a page without a translation as a warning, not an error', async () => {
    const { errors, warnings } = await check({ ...site, 'fr/new.mdx': page({ slug: 'nouveau' }) });
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['content/fr/new.mdx: cette page n’a pas encore de version anglaise : le site montre la version existante avec un avertissement, en attendant']);
  });

  it('reports a translation made from an older version of the original', async () => {
    const { warnings } = await check({ ...site, 'fr/strategy.mdx': page({ title: 'Stratégie', slug: 'strategie', order: 1 }, '\nUne phrase ajoutée.\n') });
    expect(warnings).toEqual(['content/en/strategy.mdx: this translation was made from an older version of `content/fr/strategy.mdx`: update it, then run `npm run content:stamp`']);
  });

  it('does not call a translation outdated when only the date or the order of the original changed', async () => {
    const { warnings } = await check({ ...site, 'fr/strategy.mdx': page({ title: 'Stratégie', slug: 'strategie', order: 7, updated: '2027-01-01' }) });
    expect(warnings).toEqual([]);
  });

  it('asks to record the version of a translation that does not say it', async () => {
    const { warnings } = await check({ ...site, 'en/strategy.mdx': page({ title: 'Strategy', slug: 'strategy', order: 1 }) });
    expect(warnings).toEqual([
      'content/en/strategy.mdx: this translation does not record which version of `content/fr/strategy.mdx` it was made from: run `npm run content:stamp` once it is up to date',
    ]);
  });
});
