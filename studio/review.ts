import { diffSentences } from 'diff';
import { parse } from 'yaml';
import type { Repository, Version } from '@/lib/editorial/repository';

/**
 * What a change changes, readably, for its review: for a page, the fields of its frontmatter that
 * changed and the sentences of its text added and removed; for a data file, its values that changed.
 */

interface FieldChange {
  field: string;
  before?: string;
  after?: string;
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

function fieldChanges(before: Map<string, string>, after: Map<string, string>): FieldChange[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((field) => before.get(field) !== after.get(field)).map((field) => ({ field, before: before.get(field), after: after.get(field) }));
}

/**
 * Long unchanged stretches of the text are shortened to their ends: what changed stands out, in
 * its place.
 */
const CONTEXT = 160;
function readable(parts: TextPart[]): TextPart[] {
  return parts.map((part, i) => {
    if (part.kind !== 'same' || part.text.length <= CONTEXT * 2) return part;
    const head = i === 0 ? '' : part.text.slice(0, CONTEXT);
    const tail = i === parts.length - 1 ? '' : part.text.slice(-CONTEXT);
    return { kind: 'same', text: `${head}${head || tail ? ' […] ' : ''}${tail}` };
  });
}

export function reviewOf(file: string, before: string, after: string): Omit<FileReview, 'status'> {
  if (file.endsWith('.mdx')) {
    const split = (text: string) => {
      const match = FRONTMATTER.exec(text);
      return { head: match ? readYaml(match[1] ?? '') : {}, body: match ? text.slice(match[0].length) : text };
    };
    const a = split(before);
    const b = split(after);
    const parts = diffSentences(a.body, b.body).map((part): TextPart => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
    return { file, fields: fieldChanges(flatten(a.head), flatten(b.head)), text: parts.some((p) => p.kind !== 'same') ? readable(parts) : [] };
  }
  return { file, fields: fieldChanges(flatten(readYaml(before)), flatten(readYaml(after))), text: [] };
}

/** The review of each file of a change: the published version against the one saved. */
export async function reviewFiles(repository: Repository, published: string, files: string[]): Promise<FileReview[]> {
  const before = await repository.versionsAt(published, files);
  const after = await repository.versionsAt('HEAD', files);
  const text = (version: Version | undefined) => repository.text(version ?? null);
  return Promise.all(
    files.map(async (file) => ({
      ...reviewOf(file, await text(before[file]), await text(after[file])),
      status: !before[file] ? ('added' as const) : !after[file] ? ('removed' as const) : ('changed' as const),
    })),
  );
}
