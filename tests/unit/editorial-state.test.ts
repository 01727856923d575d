import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readSessions } from '@/editorial/sessions';
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

describe('the sessions file', () => {
  const future = new Date(Date.now() + 3_600_000).toISOString();
  const stored = (data: unknown) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sessions-')), 'sessions.json');
    writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
    return file;
  };
  it('signs everybody out when it cannot be read, and never takes a session that is not a sign-in’s for someone’s', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readSessions(stored('{"abc": {"cookie"'))).toEqual({});
    expect(readSessions(stored(['a session']))).toEqual({});
    const good = { cookie: { expires: future }, person: { email: 'camille@inserm.invalid', name: 'Camille', role: 'relecteur' } };
    const kept = readSessions(stored({ good, boss: { cookie: { expires: future }, person: { email: 'x@inserm.invalid', name: 'X', role: 'superuser' } }, odd: 'text' }));
    expect(Object.keys(kept)).toEqual(['good']);
    expect(kept.good).toEqual(good);
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockRestore();
  });
});
