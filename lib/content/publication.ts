import { dump, load } from 'js-yaml';
import type { Locale } from '../../i18n/routing';

/**
 * What a publication changes in the files beside what the editors wrote, as the files are written
 * (the studio's way: js-yaml, the fields in their order): the date a significant update gives its
 * pages, its change note added to the page's notes, a page's retirement.
 */

/** A frontmatter field's line, written as the studio writes it. */
const fieldLine = (name: string, value: unknown) => dump({ [name]: value }).trimEnd();

function frontmatterOf(source: string): { head: string; rest: string } {
  const end = source.indexOf('\n---', 3);
  if (!source.startsWith('---') || end === -1) throw new Error('the file has no frontmatter');
  return { head: source.slice(0, end), rest: source.slice(end) };
}

/** A day as the studio writes it: `updated: 2026-11-29`, bare. */
function bareDay(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.toISOString = () => day;
  return date;
}

/** The page's text with the date of its last update set to `day` (YYYY-MM-DD). */
export function withUpdatedDate(source: string, day: string): string {
  const { head, rest } = frontmatterOf(source);
  const line = fieldLine('updated', bareDay(day));
  return (/^updated:.*$/m.test(head) ? head.replace(/^updated:.*$/m, line) : `${head}\n${line}`) + rest;
}

/** A page's change notes file, with one more update at its head (the newest first). */
export function withUpdateNote(notes: string, update: { date: string; note: Record<Locale, string> }): string {
  const existing = notes.trim() ? (load(notes) as unknown[]) : [];
  const header = notes.match(/^(?:#.*\n)+/)?.[0] ?? '# Les mises à jour de cette page, les plus récentes d’abord : écrites à la publication d’une mise à jour importante (espace de rédaction).\n';
  return `${header}${dump([{ date: bareDay(update.date), note: update.note }, ...(Array.isArray(existing) ? existing : [])], { lineWidth: 100 })}`;
}

/** What a retired page says and where it sends visitors. */
export interface Retirement {
  date: string;
  /** Why, in the page's language, shown on its address. */
  note: string;
  /** The page that replaces it (its key): the address then redirects there. */
  replacement?: string;
}

const RETIRED_BLOCK = /^retired:\n(?:[ \t]+.*\n?)*/m;

/** The page's text retired (with what it says), or brought back (`undefined`). */
export function withRetirement(source: string, retirement: Retirement | undefined): string {
  const { head, rest } = frontmatterOf(source);
  const without = head.replace(RETIRED_BLOCK, '').replace(/\n+$/, '');
  if (!retirement) return without + rest;
  const block = dump({ retired: { date: bareDay(retirement.date), note: retirement.note, ...(retirement.replacement ? { replacement: retirement.replacement } : {}) } }).trimEnd();
  return `${without}\n${block}${rest}`;
}
