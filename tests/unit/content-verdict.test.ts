import { appendFileSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { checkContent } from '@/lib/content/check';
import { minimalSite, writeFixture } from './helpers';

describe('the content check runs once per build', () => {
  it('reuses its verdict while nothing has changed, and checks again as soon as one file does', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'project-'));
    renameSync(writeFixture(minimalSite), path.join(project, 'content'));

    const first = await checkContent({ root: project });
    expect(first).toMatchObject({ reused: false, errors: [] });
    expect(await checkContent({ root: project })).toMatchObject({ reused: true, errors: [] });

    appendFileSync(path.join(project, 'content/fr/strategy.mdx'), '\n<Carte />\n');
    const changed = await checkContent({ root: project });
    expect(changed.reused).toBe(false);
    expect(changed.errors.map(formatProblem)).toEqual([expect.stringMatching(/^content\/fr\/strategy\.mdx:\d+: le composant `<Carte>` n’existe pas/)]);
    expect(await checkContent({ root: project })).toMatchObject({ reused: true, errors: changed.errors });
  });
});
