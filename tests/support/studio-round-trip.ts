import { dump, load } from 'js-yaml';
import type { Locale } from '@/i18n/routing';
import { pageSchema, SLUG_FIELD, type StudioChoices } from '@/studio/config';

/**
 * What the studio writes when an editor saves a page, computed without a browser: the page's file
 * read and written back through the studio's own fields, as Keystatic's local mode does it
 * (frontmatter split as its loadDataFile does, each field's parse then serialize, the frontmatter
 * dumped with js-yaml, the body by the MDX field). Tests use it to prove that saving a page the
 * editor did not change changes nothing (tests/unit/studio.test.ts on fixtures, tests/content/studio.test.ts on today’s pages).
 */
const FRONTMATTER = /^---(?:\r?\n([^]*?))?\r?\n---\r?\n?/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type AnyField = {
  parse: (value: unknown, extra?: unknown) => unknown;
  serialize: (value: never, extra?: unknown) => { value?: unknown; content?: Uint8Array };
  serializeWithSlug?: (value: never) => { value?: unknown };
  formKind?: string;
};

export function resave(text: string, entry: { locale: Locale; slug: string }, choices: StudioChoices): string {
  const match = text.match(FRONTMATTER);
  if (!match) throw new Error(`${entry.locale}/${entry.slug}: no frontmatter`);
  const loaded = (load(match[1] ?? '') ?? {}) as Record<string, unknown>;
  const content = encoder.encode(text.slice(match[0].length));
  const frontmatter: Record<string, unknown> = {};
  let body = '';
  for (const [name, definition] of Object.entries(pageSchema(choices))) {
    const field = definition as unknown as AnyField;
    if (field.formKind === 'content') {
      const state = field.parse(undefined, { content, other: new Map(), external: new Map(), slug: entry.slug });
      body = decoder.decode(field.serialize(state as never, { slug: entry.slug }).content);
      continue;
    }
    const isSlugField = name === SLUG_FIELD && field.serializeWithSlug;
    const state = field.parse(loaded[name], isSlugField ? { slug: entry.slug } : undefined);
    const { value } = isSlugField ? field.serializeWithSlug!(state as never) : field.serialize(state as never);
    if (value !== undefined) frontmatter[name] = value;
  }
  return `---\n${dump(frontmatter)}---\n${body}`;
}

type AnySchema = (AnyField & { kind: 'form' }) | { kind: 'object'; fields: Record<string, AnySchema> } | { kind: 'array'; element: AnySchema };

/** A value read and written back through one field of the studio, as Keystatic's forms do it. */
function throughField(schema: AnySchema, value: unknown): unknown {
  if (schema.kind === 'object') {
    const out: Record<string, unknown> = {};
    const from = (value ?? {}) as Record<string, unknown>;
    for (const [key, field] of Object.entries(schema.fields)) {
      const written = throughField(field, from[key]);
      if (written !== undefined) out[key] = written;
    }
    return out;
  }
  if (schema.kind === 'array') return ((value ?? []) as unknown[]).map((item) => throughField(schema.element, item));
  return schema.serialize(schema.parse(value) as never).value;
}

/** What the studio writes when an editor saves a data file's form (a singleton in YAML). */
export function resaveData(text: string, schema: Record<string, unknown>): string {
  const loaded = load(text);
  return dump(throughField({ kind: 'object', fields: schema as Record<string, AnySchema> }, loaded));
}
