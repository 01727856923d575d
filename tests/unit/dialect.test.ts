import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compile, evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import type { Root } from 'mdast';
import type { ReactNode } from 'react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AUTHOR_COMPONENTS } from '@/lib/content/components';
import { isAllowedAddress } from '@/lib/content/dialect.mjs';
import { markdownProcessor, mdxLoaderOptions, remarkPlugins } from '@/lib/content/pipeline';
import { formatProblem } from '@/lib/content/problems';
import { refusalsOf } from '@/lib/content/refusals';
import { draw, replaceRefused, stillUnsafe } from '@/preview/render';
import { checkFixture, minimalSite, page } from './helpers';
import { hostilePages } from '../support/hostile-pages';

// What a writer might save in a page, as an attacker would write it (tests/support/hostile-pages.ts):
// each is refused by the content check, at its line, in the page's language, with the fix; the
// compiler refuses it; the preview draws it as inert text; and whatever code it holds never runs (it
// would write a marker file).
const marker = path.join(mkdtempSync(path.join(tmpdir(), 'dialect-')), 'ran');
const HOSTILE = hostilePages(marker);

const site = (body: string) => ({ ...minimalSite, 'fr/strategy.mdx': page({ title: 'Stratégie', slug: 'strategie', order: 1 }, `\n${body}\n`) });
/** The first line of the page's text, after its frontmatter. */
const TEXT_LINE = 9;

describe('the dialect refuses what a page may not hold, each construct on its own', () => {
  it.each(HOSTILE)('$construct: refused by the content check, at its line, with the fix', async ({ body, says, line = TEXT_LINE }) => {
    const { errors } = await checkFixture(site(body));
    const mine = errors.filter((e) => e.file === 'content/fr/strategy.mdx');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]?.line).toBe(line);
    expect(mine[0]?.message).toMatch(says);
    // Nothing else of the site is blamed.
    expect(errors.filter((e) => e.file !== 'content/fr/strategy.mdx').map(formatProblem)).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  });

  it.each(HOSTILE)('$construct: refused by the compiler itself, before any code is made', async ({ body }) => {
    await expect(compile(`---\ntitle: x\n---\n\n${body}\n`, { remarkPlugins })).rejects.toThrow(/refused by the site's dialect/);
    expect(existsSync(marker)).toBe(false);
  });

  it.each(HOSTILE)('$construct: drawn by the preview as its refusal, nothing of it active', async ({ body }) => {
    const tree = markdownProcessor().parse(body) as Root;
    const refusals = refusalsOf(tree, 'content/fr/strategy.mdx', 1);
    expect(refusals.length).toBeGreaterThan(0);
    const problems: { message: string; line?: number }[] = [];
    replaceRefused(tree, body, refusals, problems, new Set());
    const Issue = ({ problems: at, children }: { problems: string; children?: ReactNode }) => createElement('mark', { 'data-problems': at }, children);
    const stubs = Object.fromEntries(AUTHOR_COMPONENTS.map((name) => [name, ({ children }: { children?: ReactNode }) => createElement('div', { 'data-component': name }, children)]));
    const html = renderToStaticMarkup(createElement('main', null, draw(tree, { ...stubs, ContentIssue: Issue })));
    expect(html).toContain('data-problems="0');
    expect(html).not.toMatch(/<(script|iframe|meta|form|object|a|img|button)\b|\bon[a-z]+=|href="(?!\/|#|https?:)|dangerouslySetInnerHTML/i);
    expect(existsSync(marker)).toBe(false);
  });

  // The other side of the marker's assertions: without the dialect, the code of these pages runs.
  it('runs, without the dialect, the code those pages hold: the marker can appear', async () => {
    const marked = path.join(mkdtempSync(path.join(tmpdir(), 'dialect-control-')), 'ran');
    const [expression] = hostilePages(marked).filter((example) => example.construct === 'a function call');
    await evaluate(expression?.body ?? '', { ...runtime, remarkPlugins: remarkPlugins.slice(0, -1) }).then(({ default: Content }) => renderToStaticMarkup(createElement(Content)));
    expect(existsSync(marked)).toBe(true);
  });

  it('all at once in one page: the preview marks each and has nothing left that could act', () => {
    const body = HOSTILE.map((example) => example.body).join('\n\n');
    const tree = markdownProcessor().parse(body) as Root;
    const refusals = refusalsOf(tree, 'content/fr/strategy.mdx', 1);
    const problems: { message: string; line?: number }[] = [];
    replaceRefused(tree, body, refusals, problems, new Set());
    expect(stillUnsafe(tree, 'content/fr/strategy.mdx')).toEqual([]);
    expect(problems).toHaveLength(refusals.length);
  });

  it('reports every refusal of a page, each at its line, in the language of its file', async () => {
    const body = '<script>x</script>\n\nTexte {1}.\n\n[lien](javascript:x)';
    const { errors } = await checkFixture({ ...minimalSite, 'en/strategy.mdx': page({ title: 'Strategy', slug: 'strategy', order: 1 }, `\n${body}\n`) });
    expect(errors.map(formatProblem)).toEqual([
      'content/en/strategy.mdx:9: the HTML tag `<script>` is not allowed: a page is written in Markdown, with the site’s components; delete it',
      'content/en/strategy.mdx:11: expressions between braces are not allowed: a page holds no code; to write a brace, type `\\{` or `\\}`, and for a figure, `<Figure id="…" />`',
      'content/en/strategy.mdx:13: the address `javascript:x` is not allowed: a link leads to a page of the site (`/en/…`), to a heading (`#…`), or to an `https://`, `http://` or `mailto:` address',
    ]);
  });
});

describe('the dialect lets through what pages are made of', () => {
  it('Markdown and every author component, as the pages write them', async () => {
    const body = [
      '## Un intertitre',
      '',
      'Du texte **gras**, *italique*, ~~barré~~, `du code`, un [lien](/fr/strategie#un-intertitre), [un autre](https://www.inserm.fr/), [un courriel](mailto:contact@inserm.invalid), [une ancre](#un-intertitre) et www.inserm.fr.',
      '',
      '> Une citation.',
      '',
      '- une liste',
      '- de deux',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      'Plus de <Figure id="collaborationsPerYear" /> par an.',
      '',
      '<KeyFigures>',
      '  <KeyFigure figure="collaborationsPerYear">collaborations</KeyFigure>',
      '</KeyFigures>',
      '',
      '<Cards>',
      '  <Card href="/fr/outils" title="Outils">Les outils.</Card>',
      '</Cards>',
      '',
      '<Cards><Card href="/fr/outils" title="Outils">Sur une ligne.</Card></Cards>',
      '',
      '<Facts>',
      '  <Fact term="Montant"><Figure id="firstStepsAmount" /></Fact>',
      '</Facts>',
      '',
      '<Callout title="À savoir">',
      '',
      'Une remarque.',
      '',
      '</Callout>',
      '',
      '<Callout>Sans titre.</Callout>',
      '',
      '<ToolFacts tool="explore" />',
      '',
      '<ToolsComparison />',
      '',
      '<WorldMap />',
      '',
      '<SiteMap />',
      '',
      '<ToolFinder />',
      '',
      '---',
      '',
      'Fin \\{ entre accolades \\}.',
    ].join('\n');
    const { errors } = await checkFixture(site(body));
    expect(errors.map(formatProblem)).toEqual([]);
  });

  it('addresses: a page of the site, an anchor, https, http and mailto — nothing else, however it is spelt', () => {
    for (const address of ['/fr/strategie', '/fr/strategie#a', '#a', '', 'https://www.inserm.fr/', 'HTTP://x.example', 'mailto:a@b.example', 'strategie', '/fr/a:b'])
      expect([address, isAllowedAddress(address)]).toEqual([address, true]);
    for (const address of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'vbscript:x',
      'data:text/html,x',
      'file:///etc/passwd',
      '//elsewhere.example',
      '/\\elsewhere.example',
      '\\\\elsewhere.example',
      'https://a.example\\@b.example',
      'blob:https://x',
      'tel:+33',
    ])
      expect([address, isAllowedAddress(address)]).toEqual([address, false]);
  });
});

describe('the build’s compiler (@next/mdx) runs the dialect too', () => {
  // The loader of next.config.ts, given the options as Turbopack gives them: serialised, by value.
  const require = createRequire(import.meta.url);
  const nextMdxLoader = require('@next/mdx/mdx-js-loader') as (this: unknown, source: string) => void;
  // As the build loads a page of content/: the plugins are found from its folder.
  const dir = path.join(process.cwd(), 'content/fr');
  const load = (source: string) => {
    const options = JSON.parse(JSON.stringify(mdxLoaderOptions(process.cwd())));
    return new Promise<string>((resolve, reject) => {
      nextMdxLoader.call(
        {
          getOptions: () => options,
          async: () => (error: Error | null, result?: Buffer) => (error ? reject(error) : resolve(String(result))),
          context: dir,
          resourcePath: path.join(dir, 'example.mdx'),
          sourceMap: false,
          mode: 'production',
        },
        source,
      );
    });
  };

  it('compiles a page of text and components', async () => {
    expect(await load('---\ntitle: x\n---\n\nPlus de <Figure id="countries" /> pays.\n')).toContain('Figure');
  });

  it.each(HOSTILE)('$construct: the page does not compile, and its code never runs', async ({ body }) => {
    await expect(load(`---\ntitle: x\n---\n\n${body}\n`)).rejects.toThrow(/refused by the site's dialect/);
    expect(existsSync(marker)).toBe(false);
  });
});
