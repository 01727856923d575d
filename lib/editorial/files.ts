import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { refusedInSave } from '@/lib/content';

/** The files of content/ as the editorial server and the studio write them. */

/** git's name for a file's contents (what Keystatic's local mode calls a file's sha): the same bytes, the same name. */
export const blobSha = (contents: Buffer) => createHash('sha1').update(`blob ${contents.length}\0`).update(contents).digest('hex');

/** Whether a path Keystatic sends names a page or a data file under content/, and nothing else. */
export function isContentPath(root: string, file: unknown): file is string {
  if (typeof file !== 'string' || file === '' || file.includes('\\') || file.includes('\0') || path.isAbsolute(file)) return false;
  const parts = file.split('/');
  if (parts[0] !== 'content' || parts.some((part) => part === '' || part === '.' || part === '..')) return false;
  if (!/\.(mdx|yaml)$/.test(file)) return false;
  // No symbolic link on the way, the file itself included: a link could lead out of content/.
  let at = root;
  for (const part of parts) {
    at = path.join(at, part);
    let isLink: boolean;
    try {
      isLink = lstatSync(at).isSymbolicLink();
    } catch {
      break; // What does not exist yet cannot be a link; it will be created as a plain file.
    }
    if (isLink) return false;
  }
  return true;
}

/** The version of a file on disk now (its git blob name), or undefined when there is none. */
export function versionOnDisk(root: string, file: string): string | undefined {
  const full = path.join(root, file);
  return existsSync(full) ? blobSha(readFileSync(full)) : undefined;
}

/** The data files by their name in French, as the studio's menu names them. */
const DATA_NAMES: Record<string, string> = {
  figures: 'Chiffres',
  'cooperation-tools': 'Outils de coopération',
  'world-map': 'Carte du monde',
  'tool-finder': 'Quel outil pour mon projet' + ' ' + '?',
};

/**
 * What a save of `file` may not write (lib/content: refusedInSave), said in French for its author:
 * which page or data file (by its title or its name, never a path), and each reason with its line.
 * Nothing to say when it may be written.
 */
export function refusalOfSave(file: string, text: string): { what: string; reasons: string[] } | undefined {
  const { title, refusals } = refusedInSave(file, text);
  if (refusals.length === 0) return undefined;
  const data = /^content\/data\/([\w-]+)\.yaml$/.exec(file)?.[1];
  const language = file.split('/')[1] === 'en' ? 'en anglais' : 'en français';
  const what = data ? `Le fichier de données « ${DATA_NAMES[data] ?? data} »` : `La page « ${title || path.basename(file, '.mdx')} » (${language})`;
  return { what, reasons: refusals.map(({ line, text: message }) => `${line ? `ligne ${line} : ` : ''}${message.fr}`) };
}

export { writeWhole } from '../write-whole';

/** A full git object name (SHA-1, or SHA-256): what a form may name a version by, never a revision expression. */
export const isObjectName = (value: string) => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
