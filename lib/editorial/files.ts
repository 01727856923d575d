import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Content, refusedInSave } from '@/lib/content';

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
export const DATA_NAMES: Record<string, string> = {
  figures: 'Chiffres',
  'cooperation-tools': 'Outils de coopération',
  'world-map': 'Carte du monde',
  'tool-finder': 'Quel outil pour mon projet' + ' ' + '?',
};

/** A data file's name in French (« Chiffres »), or undefined when `file` is not one. */
function dataNameOf(file: string): string | undefined {
  const data = /^content\/data\/([\w-]+)\.yaml$/.exec(file)?.[1];
  return data && (DATA_NAMES[data] ?? data);
}

/** A file of content/ as editors name it, in French: « La page « Stratégie » (en anglais) », « Le fichier de données « Chiffres » ». */
export function nameOfFile(file: string, title?: string): string {
  const data = dataNameOf(file);
  if (data) return `Le fichier de données « ${data} »`;
  if (file.startsWith('content/updates/')) return `Les notes de mise à jour de la page « ${path.basename(file, '.yaml')} »`;
  const language = file.split('/')[1] === 'en' ? 'en anglais' : 'en français';
  return `La page « ${title || path.basename(file, '.mdx')} » (${language})`;
}

/** A file's name (nameOfFile) within a sentence: « la page « Stratégie » (en français) ». */
export const nameOfFileInSentence = (file: string, title?: string) => nameOfFile(file, title).replace(/^./, (first) => first.toLowerCase());

/** The title a page's text gives itself (its frontmatter's), when it gives one. */
export const titleInText = (file: string, text: string): string | undefined => refusedInSave(file, text).title;

/** One file of a change, as the review names it beside the others of its page: « Version française », « Notes de mise à jour ». */
export function partOfChange(file: string): string {
  const data = dataNameOf(file);
  if (data) return `Fichier de données « ${data} »`;
  if (file.startsWith('content/updates/')) return 'Notes de mise à jour';
  return file.split('/')[1] === 'en' ? 'Version anglaise' : 'Version française';
}

/**
 * What a save of `file` may not write (lib/content: refusedInSave), said in French for its author:
 * which page or data file (by its title or its name, never a path), and each reason with its line.
 * Nothing to say when it may be written.
 */
export function refusalOfSave(file: string, text: string): { what: string; reasons: string[] } | undefined {
  const { title, refusals } = refusedInSave(file, text);
  if (refusals.length === 0) return undefined;
  const what = nameOfFile(file, title);
  return { what, reasons: refusals.map(({ line, text: message }) => `${line ? `ligne ${line} : ` : ''}${message.fr}`) };
}

/**
 * What a save of a page would take from another page, said in French: its address (refused, with
 * the page that has it) or its title (a warning: two pages may share one, but readers could not
 * tell them apart). `content` is the content of the checkout the save goes to, as it is now.
 */
export function clashOfSave(content: Content, file: string, text: string): { what: string; refusal?: string; warning?: string } | undefined {
  if (!file.endsWith('.mdx')) return undefined;
  const { title, slug } = refusedInSave(file, text);
  const clash = content.clashesOf(file, { slug, title });
  if (!clash.address && !clash.title) return undefined;
  const what = nameOfFile(file, title);
  const other = (page: { frontmatter: { title: string; retired?: unknown } }) => `la page « ${page.frontmatter.title} »${page.frontmatter.retired ? ', retirée du site,' : ''}`;
  return {
    what,
    refusal: clash.address && `l’adresse ${clash.address.path} est déjà celle de ${other(clash.address.page)} : donnez à cette page une autre « Adresse », plus bas dans le formulaire.`,
    warning:
      clash.title && `le titre « ${title} » est déjà celui d’une autre page (${clash.title.path}) : les lecteurs ne pourront pas les distinguer. Donnez-lui un titre qui la distingue, si possible.`,
  };
}

export { writeWhole } from '../write-whole';

/** A full git object name (SHA-1, or SHA-256): what a form may name a version by, never a revision expression. */
export const isObjectName = (value: string) => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
