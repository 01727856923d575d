import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, openContent } from '@/lib/content';

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
});
