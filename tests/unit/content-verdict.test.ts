import { appendFileSync, cpSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
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

  it('is one per content tree: the same tree put together elsewhere, checked by the same code, finds it', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'project-'));
    renameSync(writeFixture(minimalSite), path.join(project, 'content'));
    appendFileSync(path.join(project, 'content/fr/strategy.mdx'), '\n<Carte />\n');
    const first = await checkContent({ root: project });
    expect(first.reused).toBe(false);

    // A change's tree, as the studio puts it together to check it: its own directory, the checkout's code.
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'tree-'));
    cpSync(path.join(project, 'content'), path.join(elsewhere, 'content'), { recursive: true });
    expect(await checkContent({ root: elsewhere, codeRoot: project })).toEqual({ ...first, reused: true });
    // One word of the tree differs: another tree, another verdict.
    appendFileSync(path.join(elsewhere, 'content/en/strategy.mdx'), '\nOne more word.\n');
    expect((await checkContent({ root: elsewhere, codeRoot: project })).reused).toBe(false);
  });

  it('is never taken from a record that is not one: the check runs again', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'project-'));
    renameSync(writeFixture(minimalSite), path.join(project, 'content'));
    appendFileSync(path.join(project, 'content/fr/strategy.mdx'), '\n<Carte />\n');
    const first = await checkContent({ root: project });
    const store = path.join(project, '.next/cache/content-verdicts');
    const [recorded = ''] = readdirSync(store);
    // A verdict cut short, or one that says there is nothing wrong without saying what it checked.
    for (const forged of ['{"fingerprint":', JSON.stringify({ fingerprint: recorded.replace('.json', ''), result: { errors: 'none' } })]) {
      writeFileSync(path.join(store, recorded), forged);
      expect(await checkContent({ root: project })).toEqual({ ...first, reused: false });
    }
  });
});
