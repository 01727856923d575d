import { compile, evaluate } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { AUTHOR_COMPONENTS } from '@/lib/content/components';
import { markdownProcessor, rehypePlugins, remarkPlugins } from '@/lib/content/pipeline';
import { draw } from '@/preview/render';
import { remarkMarkProblems } from '@/preview/mark-problems';
import type { ContentProblem } from '@/lib/content/problems';
import { explainMdxError } from '@/lib/content/explain';
import { whereAndWhat } from '@/lib/content/explain';

const problem = (line: number, subject?: ContentProblem['subject']): ContentProblem => ({
  file: 'content/fr/x.mdx',
  line,
  message: `problem at ${line}`,
  severity: 'error',
  ...(subject ? { subject } : {}),
});

/** The text after the plugin: each placed problem shows as [!n: what it holds]. */
function marked(text: string, problems: ContentProblem[]) {
  const placed = new Set<number>();
  const tree = markdownProcessor().parse(text) as Root;
  remarkMarkProblems({ problems, lineOffset: 0, placed })(tree);
  const show = (node: unknown): string => {
    const n = node as { type: string; value?: string; name?: string; children?: unknown[]; attributes?: { name: string; value: string }[] };
    const inner = (n.children ?? []).map(show).join('');
    if (n.name === 'ContentIssue') return `[!${n.attributes?.find((a) => a.name === 'problems')?.value}:${inner}]`;
    if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') return `<${n.name}>${inner}</${n.name}>`;
    if (n.type === 'link') return `(${inner})`;
    return n.value ?? inner + (n.type === 'paragraph' ? '\n' : '');
  };
  return { text: show(tree), placed: [...placed].sort() };
}

describe('the preview puts each problem where it stands', () => {
  it('replaces a figure the data does not have, inside its sentence', () => {
    expect(marked('More than <Figure id="x" /> a year.', [problem(1, { kind: 'element', name: 'Figure' })])).toEqual({ text: 'More than [!0:] a year.\n', placed: [0] });
  });

  it('replaces an unknown component by the problem, keeping what it held', () => {
    expect(marked('Intro.\n\n<Carte>\n\nInside.\n\n</Carte>', [problem(3, { kind: 'element', name: 'Carte' })]).text).toBe('Intro.\n[!0:Inside.\n]');
  });

  it('wraps a broken link, and marks a card with one inside itself', () => {
    const text = 'See [this](/fr/nowhere) and [that](/fr/ok).\n\n<Card href="/fr/gone">Card</Card>';
    expect(marked(text, [problem(1, { kind: 'link', href: '/fr/nowhere' }), problem(3, { kind: 'link', href: '/fr/gone' })]).text).toBe('See [!0:(this)] and (that).\n<Card>[!1:]Card</Card>\n');
  });

  it('wraps the very characters of a typographic slip, and a second one in the same text', () => {
    const text = 'Un texte : avec 5 ans de plus.';
    const slips = [problem(1, { kind: 'text', excerpt: ' :' }), problem(1, { kind: 'text', excerpt: '5 ans' })];
    expect(marked(text, slips)).toEqual({ text: 'Un texte[!0: :] avec [!1:5 ans] de plus.\n', placed: [0, 1] });
  });

  it('leaves for the top of the page what has no place in the text, or is on another line', () => {
    expect(marked('Text.', [problem(1), problem(2, { kind: 'element', name: 'Figure' })]).placed).toEqual([]);
  });
});

describe('MDX mistakes explained in the editor’s words', () => {
  const explain = async (text: string) => {
    try {
      await compile(text);
    } catch (error) {
      return explainMdxError(error, whereAndWhat(error).what);
    }
    throw new Error('compiled');
  };

  it('an unclosed tag: which one, and what to write', async () => {
    expect((await explain('<div>\n\ntext')).fr).toBe('la balise `<div>` n’est pas refermée\u202f: ajoutez `</div>` après son contenu, sur une ligne à part, ou écrivez `<div />` si elle n’en a pas');
  });

  it('a closing tag that does not match', async () => {
    expect((await explain('<Cards></Card>')).en).toBe('the closing tag `</Card>` does not match the last tag opened, `<Cards>`: close `<Cards>` first with `</Cards>`, or correct the name');
  });

  it('a `<` meant as text, and a brace', async () => {
    expect((await explain('a <!-- comment -->')).fr).toMatch(/^après `<`, il faut le nom d’un composant\u202f: .* tapez `&lt;`/);
    expect((await explain('x {1 +} y')).en).toBe('braces `{` `}` are not allowed in the text: a page holds no code; to show a brace, write `\\{` or `\\}`');
  });
});

describe('the preview draws a page as the build compiles it, without running it', () => {
  // Every kind of Markdown and every way the pages write components: the same HTML both ways.
  const body = [
    '## Un intertitre',
    '',
    'Du texte **gras**, *italique*, ~~barré~~, `du code`, un [lien](/fr/a#b) et www.inserm.fr.',
    '',
    '> Une citation',
    '> sur deux lignes.',
    '',
    '1. une liste',
    '2. numérotée',
    '',
    '- une liste',
    '  - imbriquée',
    '',
    '| a | b |',
    '|:--|--:|',
    '| 1 | 2 |',
    '',
    '```',
    'du code',
    '```',
    '',
    'Plus de <Figure id="countries" /> pays.',
    '',
    '<KeyFigures>',
    '  <KeyFigure figure="countries">pays</KeyFigure>',
    '</KeyFigures>',
    '',
    '<Cards>',
    '  <Card href="/fr/outils" title="Outils">',
    '    Sur sa ligne.',
    '  </Card>',
    '  <Card href="/fr/outils" title="Outils">Sur une ligne.</Card>',
    '</Cards>',
    '',
    '<Cards><Card href="/fr/x" title="X">Tout sur une ligne.</Card></Cards>',
    '',
    '<Callout title="À savoir">',
    '',
    'Une remarque, [un lien](https://www.inserm.fr/).',
    '',
    '</Callout>',
    '',
    '<ToolsComparison />',
    '',
    'Fin \\{ entre accolades \\} --- et *fin*.',
  ].join('\n');
  const stubs = Object.fromEntries(
    AUTHOR_COMPONENTS.map((name) => [name, ({ children, ...props }: { children?: ReactNode }) => createElement('div', { 'data-component': name, 'data-props': JSON.stringify(props) }, children)]),
  );
  const components = { ...stubs, a: ({ href, children }: { href?: string; children?: ReactNode }) => createElement('a', { href, 'data-link': '' }, children) };

  it('gives the same HTML as the compiled page', async () => {
    const { default: Compiled } = await evaluate(body, { ...runtime, remarkPlugins, rehypePlugins });
    const compiled = renderToStaticMarkup(createElement(Compiled, { components }));
    const drawn = renderToStaticMarkup(createElement(Fragment, null, draw(markdownProcessor().parse(body) as Root, components)));
    expect(drawn).toBe(compiled);
    expect(drawn).toContain('<h2 id="un-intertitre">');
  });

  it('draws no element that is not an author component, and no node it does not know', () => {
    const tree = markdownProcessor().parse('<iframe src="https://elsewhere.example/" />') as Root;
    expect(() => draw(tree, components)).toThrow('the preview does not draw <iframe>');
    const expression = markdownProcessor().parse('Text {1}') as Root;
    expect(() => draw(expression, components)).toThrow('the preview does not draw mdxTextExpression');
  });
});
