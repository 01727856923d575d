import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { loadContentTree } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';

// The real content/ folder, as the site will build it.
const tree = loadContentTree(path.resolve('content'));

describe('the site content', () => {
  it('has no problem', () => {
    expect(tree.problems.map(formatProblem)).toEqual([]);
  });

  it('has every page in both languages', () => {
    const keysIn = (locale: string) => tree.pages.filter((p) => p.locale === locale).map((p) => p.key).sort();
    for (const locale of routing.locales) expect(keysIn(locale)).toEqual(keysIn(routing.defaultLocale));
  });

  it.each(tree.pages.map((p) => [p.file, p] as const))('%s compiles as MDX', async (file) => {
    await expect(compile(readFileSync(file, 'utf8'), { remarkPlugins: [remarkFrontmatter, remarkGfm] })).resolves.toBeDefined();
  });
});
