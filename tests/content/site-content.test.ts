import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '@/lib/content/data';
import { loadContentTree } from '@/lib/content/load';
import { rehypePlugins, remarkPlugins } from '@/lib/content/pipeline';
import { formatProblem } from '@/lib/content/problems';

// The real content/ folder, as the site will build it.
const tree = loadContentTree(path.resolve('content'));
const data = loadSiteData(path.resolve('content'));

describe('the site content', () => {
  it('has no problem, in its pages or its data files', () => {
    expect([...tree.problems, ...data.problems].map(formatProblem)).toEqual([]);
  });

  it('has every page in both languages: no page is shown in the other language for want of a translation', () => {
    expect(tree.pages.filter((p) => p.isFallback).map((p) => `${p.path} (${p.file})`)).toEqual([]);
  });

  it.each(tree.pages.map((p) => [p.file, p] as const))('%s compiles as MDX', async (file) => {
    await expect(compile(readFileSync(file, 'utf8'), { remarkPlugins, rehypePlugins })).resolves.toBeDefined();
  });
});
