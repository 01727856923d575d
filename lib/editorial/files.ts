import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';

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
