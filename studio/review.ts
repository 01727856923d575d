import { diffSentences } from 'diff';
import { parse } from 'yaml';
import type { Figure } from '@/lib/content';
import { dayOf } from '@/lib/editorial/dates';
import type { Repository, Version } from '@/lib/editorial/repository';
import { studioText } from '@/lib/editorial/words';
import { proseOf } from './prose';

/**
 * What a change changes, readably, for its review: for a page, the fields of its frontmatter that
 * changed, by their names in the studio, and the sentences of its text added and removed, compared
 * as its readers read it (studio/prose.ts); for a data file, its values that changed.
 */

interface FieldChange {
  field: string;
  /** The field as the studio names it, in French: « Titre », « Chiffres › Pays partenaires › Nombre ». */
  label: string;
  before?: string;
  after?: string;
}

const f = studioText.data.figure;
const r = studioText.reviewFields;
/** Each field and part of a field, as the studio's forms name them. */
const FIELD_WORDS: Record<string, string> = {
  title: studioText.title,
  navTitle: r.navTitle,
  description: r.description,
  slug: studioText.slug.label,
  order: studioText.order.label,
  updated: studioText.updated,
  draft: studioText.draft.label,
  toc: r.toc,
  menu: r.menu,
  sort: r.sort,
  translatedFrom: r.translatedFrom,
  retired: r.retired,
  since: r.since,
  replacement: r.replacement,
  label: f.label,
  fr: r.fr,
  en: r.en,
  value: r.value,
  moreThan: r.moreThan,
  upTo: r.upTo,
  from: f.from,
  to: f.to,
  min: f.min,
  max: f.max,
};
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A value as the studio shows it: yes or no, a day as a day, a translation's record in words. */
function said(field: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (field.endsWith('translatedFrom')) return r.upToDate;
  if (value === 'true') return r.yes;
  if (value === 'false') return r.no;
  return DAY.test(value) ? dayOf(value) : value;
}

interface TextPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface FileReview {
  file: string;
  /** The file is new, removed, or changed. */
  status: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
  text: TextPart[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A value as an editor reads it. */
const shown = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** Every value of a YAML document, by its path (`explore › amount › fr`). */
function flatten(value: unknown, at: string[] = [], into = new Map<string, string>()): Map<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) for (const [key, child] of Object.entries(value)) flatten(child, [...at, key], into);
  else if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) into.set(at.join(' › '), value.join(', '));
  else if (Array.isArray(value)) value.forEach((item, i) => flatten(item, [...at, String(i + 1)], into));
  else into.set(at.join(' › '), shown(value) ?? '');
  return into;
}

function readYaml(text: string): unknown {
  try {
    return parse(text) ?? {};
  } catch {
    return {};
  }
}

function fieldChanges(before: Map<string, string>, after: Map<string, string>, figures: Record<string, Figure>): FieldChange[] {
  const label = (field: string) =>
    field
      .split(' › ')
      .map((part) => figures[part]?.label.fr ?? FIELD_WORDS[part] ?? part)
      .join(' › ');
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((field) => before.get(field) !== after.get(field))
    .map((field) => ({ field, label: label(field), before: field === 'translatedFrom' ? undefined : said(field, before.get(field)), after: said(field, after.get(field)) }));
}

/** Up to `length` characters of `text` from its start or its end, cut between two words. */
const wordsOf = (text: string, length: number, from: 'start' | 'end') => {
  if (from === 'start') return text.slice(0, text.lastIndexOf(' ', length) > 0 ? text.lastIndexOf(' ', length) : length);
  const start = text.indexOf(' ', text.length - length);
  return text.slice(start > 0 ? start + 1 : text.length - length);
};

/**
 * Long unchanged stretches of the text are shortened to their ends: what changed stands out, in
 * its place.
 */
const CONTEXT = 160;
function readable(parts: TextPart[]): TextPart[] {
  return parts.map((part, i) => {
    if (part.kind !== 'same' || part.text.length <= CONTEXT * 2) return part;
    const head = i === 0 ? '' : wordsOf(part.text, CONTEXT, 'start');
    const tail = i === parts.length - 1 ? '' : wordsOf(part.text, CONTEXT, 'end');
    return { kind: 'same', text: `${head}${head || tail ? ' […] ' : ''}${tail}` };
  });
}

/** What changed in `file`, from `before` to `after`; `figures`, the figures' data, to show figures by their value and name them. */
export function reviewOf(file: string, before: string, after: string, figures: Record<string, Figure> = {}): Omit<FileReview, 'status'> {
  const locale = file.startsWith('content/en/') ? 'en' : 'fr';
  if (file.endsWith('.mdx')) {
    const split = (text: string) => {
      const match = FRONTMATTER.exec(text);
      return { head: match ? readYaml(match[1] ?? '') : {}, body: match ? text.slice(match[0].length) : text };
    };
    const a = split(before);
    const b = split(after);
    const parts = diffSentences(proseOf(a.body, locale, figures), proseOf(b.body, locale, figures)).map((part): TextPart => ({
      kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
      text: part.value,
    }));
    return { file, fields: fieldChanges(flatten(a.head), flatten(b.head), figures), text: parts.some((p) => p.kind !== 'same') ? readable(parts) : [] };
  }
  return { file, fields: fieldChanges(flatten(readYaml(before)), flatten(readYaml(after)), figures), text: [] };
}

/** The review of each file of a change: the published version against the one saved. */
export async function reviewFiles(repository: Repository, published: string, files: string[], figures: Record<string, Figure>): Promise<FileReview[]> {
  return reviewFilesFrom(repository, await repository.versionsAt(published, files), files, figures);
}

/** The review of each file of a change from the versions `before` (those a reviewer last read, say) to the ones saved. */
export async function reviewFilesFrom(repository: Repository, before: Record<string, Version>, files: string[], figures: Record<string, Figure>): Promise<FileReview[]> {
  const after = await repository.versionsAt('HEAD', files);
  const text = (version: Version | undefined) => repository.text(version ?? null);
  return Promise.all(
    files.map(async (file) => ({
      ...reviewOf(file, await text(before[file]), await text(after[file]), figures),
      status: !before[file] ? ('added' as const) : !after[file] ? ('removed' as const) : ('changed' as const),
    })),
  );
}
