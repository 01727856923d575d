import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffLines } from 'diff';
import type { KeptText } from '@/lib/editorial/kept';
import { type Repository, runGit } from '@/lib/editorial/repository';

/** The texts of a refused save, side by side: what its author had opened, what they wrote, what is there now. */
export interface MergeTexts {
  opened: string;
  mine: string;
  current: string;
}

/** The texts of a refused save (lib/editorial/kept.ts), as the checkout knows them by their versions. */
export async function textsOf(checkout: Repository, kept: KeptText): Promise<MergeTexts> {
  const text = (version: string | undefined) => checkout.text(version ?? null).catch(() => '');
  return { opened: await text(kept.base), mine: Buffer.from(kept.mine, 'base64').toString('utf8'), current: await text(kept.current) };
}

/** The labels git writes around a passage both people changed, in the editors' words. */
export const MARKS = { mine: 'VOTRE VERSION', opened: 'VERSION QUE VOUS AVIEZ OUVERTE', current: 'VERSION ACTUELLE' };

/**
 * Both people's changes in one text, by git's own three-way merge (git merge-file): what only one of
 * them changed is taken as they changed it; a passage both changed is left between git's marks, for
 * the author to settle. Answers the text and how many such passages it holds.
 */
export async function merged({ opened, mine, current }: MergeTexts): Promise<{ text: string; clashes: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'merge-'));
  try {
    const files = { mine: path.join(dir, 'mine'), opened: path.join(dir, 'opened'), current: path.join(dir, 'current') };
    writeFileSync(files.mine, mine);
    writeFileSync(files.opened, opened);
    writeFileSync(files.current, current);
    const args = ['merge-file', '-p', '-L', MARKS.mine, '-L', MARKS.opened, '-L', MARKS.current, files.mine, files.opened, files.current];
    try {
      return { text: await runGit(dir, args), clashes: 0 };
    } catch (error) {
      // git merge-file exits with the number of clashes, the merged text on its output all the same.
      const { stdout, code } = error as { stdout?: string; code?: number };
      if (typeof stdout === 'string' && typeof code === 'number' && code > 0 && code < 128) return { text: stdout, clashes: code };
      throw error;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a text still holds git's marks around a passage both changed. */
export const hasClashMarks = (text: string) => /^(<{7}|={7}|>{7})( |$)/m.test(text);

/** The differences between the current version and the author's, line by line, for reading. */
export const differences = (current: string, mine: string) =>
  diffLines(current, mine).map((part) => ({ kind: part.added ? ('mine' as const) : part.removed ? ('current' as const) : ('both' as const), text: part.value }));
