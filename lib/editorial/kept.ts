import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readState } from './state';
import { writeWhole } from '../write-whole';

/**
 * The texts kept after a refused save (editorial/saves.ts): a save that would have written over
 * someone else's work is not written, and the text is kept here, in the editorial server's state
 * directory, until its author merges it into the current version or drops it
 * (app/[locale]/studio/fusion).
 */

/** A text refused because its file changed meanwhile, kept for its author to compare and merge. */
export interface KeptText {
  id: string;
  file: string;
  author: { email: string; name: string };
  at: string;
  /** The version the author had opened (its git blob name), absent for a file they created. */
  base?: string;
  /** The version that was there when they saved, absent when the file had been deleted. */
  current?: string;
  /** What they saved, base64. */
  mine: string;
  resolved?: { at: string; how: 'merged' | 'dropped' };
  /** The text the author last tried to save on the merge screen, still holding marks: given back to them as they left it. */
  draft?: string;
  /**
   * Why the save was refused when it was not for someone else's change: what the text held that no
   * page may hold (editorial/saves.ts), each said in French with its line.
   */
  refused?: string[];
}

/** Keeps what the author typed on the merge screen, to give it back to them (and, when it was refused again, why). */
export function keepDraft(stateDir: string, kept: KeptText, draft: string, refused: string[] | undefined = kept.refused) {
  writeWhole(path.join(keptDir(stateDir), `${kept.id}.json`), JSON.stringify({ ...kept, draft, refused }), { mode: 0o600 });
}

/** A kept text with what its author is merging: the text they last tried to save, against the latest version. */
export function rebase(stateDir: string, kept: KeptText, mine: string, current: string | undefined): KeptText {
  const next: KeptText = { ...kept, base: kept.current, current, mine: Buffer.from(mine, 'utf8').toString('base64'), draft: undefined };
  writeWhole(path.join(keptDir(stateDir), `${kept.id}.json`), JSON.stringify(next), { mode: 0o600 });
  return next;
}

/** Where the texts kept after a refused save are, one JSON file each. */
const keptDir = (stateDir: string) => path.join(stateDir, 'kept');

export function keepText(stateDir: string, kept: Omit<KeptText, 'id' | 'at'>): KeptText {
  const text: KeptText = { id: randomUUID(), at: new Date().toISOString(), ...kept };
  mkdirSync(keptDir(stateDir), { recursive: true, mode: 0o700 });
  writeWhole(path.join(keptDir(stateDir), `${text.id}.json`), JSON.stringify(text), { mode: 0o600 });
  return text;
}

/** What a kept text's file must hold (lib/editorial/state.ts): someone's work, never read as nothing when it is there. */
const keptSchema = z.object({
  id: z.string(),
  file: z.string(),
  author: z.object({ email: z.string(), name: z.string() }),
  at: z.string(),
  base: z.string().optional(),
  current: z.string().optional(),
  mine: z.string(),
  resolved: z.object({ at: z.string(), how: z.enum(['merged', 'dropped']) }).optional(),
  draft: z.string().optional(),
  refused: z.array(z.string()).optional(),
}) satisfies z.ZodType<KeptText>;

/** A kept text, or undefined when there is none of that name; one that is there and unreadable refuses (UnreadableState), naming its file. */
export function readKept(stateDir: string, id: string): KeptText | undefined {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return readState<KeptText | undefined>(path.join(keptDir(stateDir), `${id}.json`), keptSchema, undefined);
}

/** A person's kept texts not yet merged or dropped, for one file or all, newest first. */
export function pendingKept(stateDir: string, email: string, file?: string): KeptText[] {
  let names: string[];
  try {
    names = readdirSync(keptDir(stateDir)).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names
    .map((name) => readKept(stateDir, name.slice(0, -'.json'.length)))
    .filter((kept): kept is KeptText => kept !== undefined && !kept.resolved && kept.author.email === email && (file === undefined || kept.file === file))
    .sort((a, b) => b.at.localeCompare(a.at));
}

export function resolveKept(stateDir: string, kept: KeptText, how: 'merged' | 'dropped') {
  writeWhole(path.join(keptDir(stateDir), `${kept.id}.json`), JSON.stringify({ ...kept, resolved: { at: new Date().toISOString(), how } }), { mode: 0o600 });
}
