import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/**
 * The editorial server's state files (the workflow's records, the publications still to review
 * afterwards…), read whole and checked against what they must hold. A file that is not there is
 * the empty state; a file that is there and cannot be read, or holds something else, is never read
 * as empty — an audit trail would vanish silently, a change would lose its review: what needs it
 * refuses to go on, naming the file, until an administrator mends it. (Writes are whole:
 * lib/write-whole.ts.)
 */
export class UnreadableState extends Error {}

const unreadable = (file: string, why: string) =>
  new UnreadableState(
    `L’état de l’espace de rédaction est illisible : le fichier ${file} ${why}. Rien n’a été fait, pour ne rien perdre : un administrateur doit le réparer, ou le remettre depuis une sauvegarde.`,
  );

export function readState<T>(file: string, schema: z.ZodType<T>, absent: T): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return absent;
    throw unreadable(file, 'ne peut pas être lu');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw unreadable(file, 'n’est pas lisible (JSON tronqué ou abîmé)');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw unreadable(file, `ne contient pas ce qu’il doit (${parsed.error.issues[0]?.path.join(' › ') || 'la racine'})`);
  return parsed.data;
}

/** What `read` gives, or, when the state it reads cannot be read, what to say instead (any other failure is thrown). */
export function unlessUnreadable<T>(read: () => T): { value: T; unreadable?: undefined } | { value?: undefined; unreadable: string } {
  try {
    return { value: read() };
  } catch (error) {
    if (error instanceof UnreadableState) return { unreadable: error.message };
    throw error;
  }
}
