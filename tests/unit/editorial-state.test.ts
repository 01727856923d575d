import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepText, pendingKept, readKept } from '@/lib/editorial/kept';
import { readUnreviewed, Workflow } from '@/lib/editorial/changes';
import { UnreadableState } from '@/lib/editorial/state';

// The editorial server's state: someone's kept text, the workflow, the publications without review.
// Absent, it is empty; there and unreadable, it refuses, naming its file, and is never read as empty.

const author = { email: 'camille.martin@inserm.invalid', name: 'Camille Martin' };

describe('the editorial state', () => {
  it('is empty where it was never written', () => {
    const state = mkdtempSync(path.join(tmpdir(), 'state-'));
    expect(new Workflow(state).all()).toEqual({});
    expect(readUnreviewed(state)).toEqual([]);
    expect(pendingKept(state, author.email)).toEqual([]);
  });

  it('gives back a kept text as it was kept', () => {
    const state = mkdtempSync(path.join(tmpdir(), 'state-'));
    const kept = keepText(state, { file: 'content/fr/strategy.mdx', author, mine: Buffer.from('Mon texte').toString('base64'), base: 'a'.repeat(40) });
    expect(readKept(state, kept.id)).toEqual(kept);
    expect(pendingKept(state, author.email, 'content/fr/strategy.mdx')).toEqual([kept]);
  });

  it('refuses a kept text, the workflow or the list of publications without review that cannot be read, naming the file', () => {
    const state = mkdtempSync(path.join(tmpdir(), 'state-'));
    const kept = keepText(state, { file: 'content/fr/strategy.mdx', author, mine: '' });
    const keptFile = path.join(state, 'kept', `${kept.id}.json`);
    for (const [file, read] of [
      [keptFile, () => pendingKept(state, author.email)],
      [path.join(state, 'workflow.json'), () => new Workflow(state).all()],
      [path.join(state, 'unreviewed.json'), () => readUnreviewed(state)],
    ] as const) {
      for (const broken of ['{"id":', '{"unexpected": true}', '[1, 2]']) {
        writeFileSync(file, broken);
        expect(read).toThrow(UnreadableState);
        expect(read).toThrow(file);
      }
      writeFileSync(file, file === keptFile ? JSON.stringify(kept) : file.endsWith('workflow.json') ? '{}' : '[]');
      expect(read).not.toThrow();
    }
  });
});
