import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, markdownProcessor, openContent, rehypePlugins, remarkPlugins } from '@/lib/content';
import { AUTHOR_COMPONENTS } from '@/lib/content/schemas';
import { draw } from '@/preview/render';

// Today's content/ folder, as the site will build it.
const root = path.resolve('.');

describe('the site content', () => {
  it('has no problem, in its pages or its data files: every page compiles, every link leads somewhere, every translation is up to date', async () => {
    const { errors, warnings } = await checkContent({ root, reuse: false });
    expect([...errors, ...warnings].map(formatProblem)).toEqual([]);
  });

  it('has every page in both languages: no page is shown in the other language for want of a translation', () => {
    const { pages } = openContent({ root, mode: 'publish' });
    expect(pages.filter((p) => p.isFallback).map((p) => `${p.path} (${p.file})`)).toEqual([]);
  });

  it('is reported by content:status fully translated and up to date, each translation recording its original', () => {
    const rows = openContent({ root, mode: 'publish' }).translationTable();
    const stale = rows.filter((row) => Object.values(row.versions).some((v) => !['original', 'current'].includes(v.status)));
    expect(stale).toEqual([]);
    expect(readFileSync('content/en/index.mdx', 'utf8')).toMatch(/^translatedFrom: [0-9a-f]{8}$/m);
  });
});

describe('today’s pages in the preview', () => {
  // Components stand in for the site's: what is compared is the page's own text and structure.
  const stubs = Object.fromEntries(
    AUTHOR_COMPONENTS.map((name) => [name, ({ children, ...props }: { children?: ReactNode }) => createElement('div', { 'data-component': name, 'data-props': JSON.stringify(props) }, children)]),
  );
  const { pages } = openContent({ root, mode: 'publish' });

  it.each(pages.filter((p) => !p.isFallback).map((p) => [p.file, p] as const))('%s is drawn by the preview as the build compiles it', async (_, page) => {
    const { default: Compiled } = await evaluate(page.body, { ...runtime, remarkPlugins, rehypePlugins });
    const compiled = renderToStaticMarkup(createElement(Compiled, { components: stubs }));
    expect(renderToStaticMarkup(createElement(Fragment, null, draw(markdownProcessor().parse(page.body) as Root, stubs)))).toBe(compiled);
  });
});
