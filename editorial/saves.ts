import type { Repository } from '@/lib/editorial/repository';
import { openContent } from '@/lib/content';
import { clashOfSave, nameOfFile, refusalOfSave, titleInText, versionOnDisk } from '@/lib/editorial/files';
import { momentOf } from '@/lib/editorial/dates';
import { keepText } from '@/lib/editorial/kept';
import type { Person } from '@/lib/editorial/roles';
import { editorialWords } from '@/lib/editorial/words';

const words = editorialWords.saves;

/**
 * What a save through the studio may write, and whether it would erase someone else's work.
 *
 * Keystatic's local mode writes whatever it is sent, under any path its configuration allows. Here
 * a save is looked at before it reaches it: every path must be a page or a data file under content/
 * (no `..`, no absolute path, no symbolic link on the way); a deletion is an administrator's; and
 * a file that changed since this person opened it is not written over: the save is refused, their
 * text kept, to compare and merge (app/[locale]/studio/fusion).
 */

/** A save as Keystatic's local mode sends it to /api/keystatic/update. */
export interface KeystaticUpdate {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

/** The update, read and checked: undefined when it is not one (Keystatic's own handler would refuse it too). */
export function readUpdate(body: unknown): KeystaticUpdate | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { additions, deletions } = body as Record<string, unknown>;
  if (!Array.isArray(additions) || !Array.isArray(deletions)) return undefined;
  if (!additions.every((a) => a && typeof a.path === 'string' && typeof a.contents === 'string')) return undefined;
  if (!deletions.every((d) => d && typeof d.path === 'string')) return undefined;
  return { additions, deletions } as KeystaticUpdate;
}

const decoded = (contents: string) => Buffer.from(contents, 'base64').toString('utf8');

/**
 * Refuses, before anything is written, a save holding what no page may hold (code, HTML, an
 * unreadable text: lib/content's refusedInSave): each text is kept for its author, and the answer
 * says, in French, what and where, and how to take the text up again. Nothing when the save may go on.
 */
export function refuseUnsafe(root: string, stateDir: string, person: Person, update: KeystaticUpdate, seen: Record<string, string>): string | undefined {
  const refused = update.additions.flatMap(({ path: file, contents }) => {
    const refusal = refusalOfSave(file, decoded(contents));
    return refusal ? [{ file, contents, ...refusal }] : [];
  });
  if (refused.length === 0) return undefined;
  const lines = [words.nothingWritten];
  for (const { file, contents, what, reasons } of refused) {
    keepText(stateDir, { file, author: { email: person.email, name: person.name }, base: seen[file], current: versionOnDisk(root, file), mine: contents, refused: reasons });
    lines.push(words.what(what), ...reasons.map((reason) => `– ${reason}`));
  }
  lines.push(words.keptToMend);
  return lines.join('\n');
}

/**
 * Refuses, before anything is written, a save giving a page the address of another (the check would
 * refuse it later, and meanwhile it would take the other page's place in everyone's preview): each
 * text is kept, and the answer names the page that has the address. A title another page has is
 * no reason to refuse: it is answered as `warnings`, said to the person once the save is written.
 */
export function refuseClash(root: string, stateDir: string, person: Person, update: KeystaticUpdate, seen: Record<string, string>): { refusal?: string; warnings: Map<string, string> } {
  const warnings = new Map<string, string>();
  const pages = update.additions.filter(({ path: file }) => file.endsWith('.mdx'));
  if (pages.length === 0) return { warnings };
  const content = openContent({ root, mode: 'check' });
  const clashes = pages.flatMap(({ path: file, contents }) => {
    const clash = clashOfSave(content, file, decoded(contents));
    return clash ? [{ file, contents, ...clash }] : [];
  });
  for (const { file, what, warning } of clashes) if (warning) warnings.set(file, words.what(what, warning));
  const refused = clashes.filter((clash) => clash.refusal);
  if (refused.length === 0) return { warnings };
  const lines = [words.nothingWritten];
  for (const { file, contents, what, refusal = '' } of refused) {
    keepText(stateDir, { file, author: { email: person.email, name: person.name }, base: seen[file], current: versionOnDisk(root, file), mine: contents, refused: [refusal] });
    lines.push(words.what(what, refusal));
  }
  lines.push(words.keptToMend);
  return { refusal: lines.join('\n'), warnings };
}

/** The files of an update whose version on disk is not the one this person opened. */
export function changedSinceOpened(root: string, update: KeystaticUpdate, seen: Record<string, string>) {
  return [...update.additions, ...update.deletions].map(({ path: file }) => ({ file, base: seen[file], current: versionOnDisk(root, file) })).filter(({ base, current }) => base !== current);
}

const time = momentOf;

/**
 * Refuses a save that would write over someone else's work: each text is kept for its author, and
 * the answer says, in French, who changed the file and when, and where to compare and merge.
 */
export async function refuseOverwrite(checkout: Repository, stateDir: string, person: Person, update: KeystaticUpdate, changed: ReturnType<typeof changedSinceOpened>) {
  const contents = new Map(update.additions.map((a) => [a.path, a.contents]));
  const lines: string[] = [];
  for (const { file, base, current } of changed) {
    keepText(stateDir, { file, author: { email: person.email, name: person.name }, base, current, mine: contents.get(file) ?? '' });
    const last = await checkout.lastSaveOf(file);
    const named = nameOfFile(file, titleInText(file, contents.get(file) ?? ''));
    lines.push(current ? words.changedMeanwhile(named, last && last.email !== person.email ? last.name : undefined, last && time(last.at)) : words.goneMeanwhile(named));
  }
  return [words.notToOverwrite, ...lines, words.keptToMerge].join('\n');
}
