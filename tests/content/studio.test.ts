import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openContent } from '@/lib/content';
import { studioChoices } from '@/studio/choices';
import { dataSingletons } from '@/studio/data-forms';
import { keepLayout } from '@/studio/keep-layout';
import { resave, resaveData } from '../support/studio-round-trip';

// Today's pages and data files, saved in the studio without a change: each stays byte for byte, so
// that an editor's first save in the studio shows in `git diff` only what the editor changed. A page
// written by hand in a form the studio writes differently fails here: saving it once in the studio
// (or writing it as the studio does) settles it. The studio's forms themselves are tested on a
// fixture (tests/unit/studio.test.ts).
const root = path.resolve('.');
const content = openContent({ root, mode: 'check' });
const choices = studioChoices(content.data);
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

describe('saving one of today’s pages in the studio without changing it changes nothing', () => {
  const files = content.pages.filter((page) => !page.isFallback);
  it('reads every page', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const page of files) {
    it(page.file, () => {
      const text = read(page.file);
      // The studio names an entry by its file: `cooperation-tools/index`.
      const slug = page.file.replace(/^content\/\w+\//, '').replace(/\.mdx$/, '');
      expect(resave(text, { locale: page.locale, slug }, choices)).toBe(text);
    });
  }
});

describe('saving one of today’s data files in the studio’s form without changing it changes nothing', () => {
  const singletons = dataSingletons(choices.data);
  for (const [name, form] of Object.entries(singletons)) {
    it(`${name} (${form.path}.yaml), its comments included`, () => {
      const text = read(`${form.path}.yaml`);
      expect(keepLayout(text, resaveData(text, form.schema))).toBe(text);
    });
  }
});
