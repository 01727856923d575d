import { readFileSync } from 'node:fs';
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

  it('is reported by content:status fully translated and up to date, each translation recording its original', () => {
    const rows = openContent({ root, mode: 'publish' }).translationTable();
    const stale = rows.filter((row) => Object.values(row.versions).some((v) => !['original', 'current'].includes(v.status)));
    expect(stale).toEqual([]);
    expect(readFileSync('content/en/index.mdx', 'utf8')).toMatch(/^translatedFrom: [0-9a-f]{8}$/m);
  });
});
