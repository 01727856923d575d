import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { AUTHOR_COMPONENTS } from '@/lib/content/components';
import { VIOLATION_RULES } from '@/lib/content/dialect.mjs';
import { markdownProcessor } from '@/lib/content/pipeline';
import { refusalsOf } from '@/lib/content/refusals';
import { DATA_FILES } from '@/lib/content/data/schema';
import { type ContentProblem, formatProblem } from '@/lib/content/problems';
import { frontmatterSchema } from '@/lib/content/schema';
import { parse, stringify } from 'yaml';
import { checkFolder } from './helpers';

// The examples of the editor guides are checked like real pages, so that the guides cannot rot.
const guides = [
  { file: 'docs/guide-redaction.md', locale: 'fr', refused: 'mdx refusé' },
  { file: 'docs/editor-guide.md', locale: 'en', refused: 'mdx refused' },
] as const;

/** The guide's examples of what a page may not hold: each block, and the check's message quoted under it. */
const refusedExamples = (text: string, tag: string) => [...text.matchAll(new RegExp('^```' + tag + '\\n([\\s\\S]*?)^```\\n\\n> (.*)$', 'gm'))].map((m) => ({ body: m[1] ?? '', says: m[2] ?? '' }));
/** The refusals a guide cannot show: what MDX never parses (raw HTML), what it does not know, and a character nobody can see. */
const UNSHOWN = new Set(['html', 'unknown', 'control-character']);

const blocks = (text: string, language: string) => [...text.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm'))].map((m) => m[1] ?? '');
/** ```yaml content/data/<file> blocks: what an editor is shown to write in a data file. */
const dataBlocks = (text: string) => [...text.matchAll(/^```yaml (content\/data\/[\w-]+\.yaml)\n([\s\S]*?)^```/gm)].map((m) => ({ file: m[1] ?? '', yaml: m[2] ?? '' }));

/** The example written into the real file, as an editor would: its fields replace or join those there. */
function merged(into: unknown, example: unknown): unknown {
  if (!example || typeof example !== 'object' || Array.isArray(example) || !into || typeof into !== 'object') return example;
  const result: Record<string, unknown> = { ...(into as Record<string, unknown>) };
  for (const [key, value] of Object.entries(example)) result[key] = merged(result[key], value);
  return result;
}

/** A copy of today's site, for an example to be written into as an editor would. */
function siteCopy() {
  const root = mkdtempSync(path.join(tmpdir(), 'guide-'));
  cpSync('content', root, { recursive: true });
  return root;
}
/** The errors of today's site as it stands: an example is judged by the errors it brings, not by those. */
let before: Promise<string[]> | undefined;
const errorsBefore = () => (before ??= checkFolder(siteCopy()).then(({ errors }) => errors.map(formatProblem)));
const brought = async (errors: ContentProblem[]) => {
  const known = new Set(await errorsBefore());
  return errors.map(formatProblem).filter((error) => !known.has(error));
};

describe.each(guides)('$file', ({ file, locale, refused }) => {
  const text = readFileSync(file, 'utf8');

  it('has a frontmatter example that the schema accepts', () => {
    const [example] = blocks(text, 'yaml');
    expect(frontmatterSchema.safeParse(parse(example ?? '')).success).toBe(true);
  });

  it('documents every frontmatter field', () => {
    for (const field of Object.keys(frontmatterSchema.shape)) expect(text).toContain(`| \`${field}\` |`);
  });

  const examples = blocks(text, 'mdx');
  // Inside today's site, whose pages, figures and tools the examples name: what is asserted is that
  // the example brings no error, whatever the rest of the site says.
  it.each(examples.map((example, i) => [i + 1, example] as const))('MDX example %i, as a page of the site, passes the content check', async (_, example) => {
    const root = siteCopy();
    const target = path.join(root, locale, 'guide-example.mdx');
    const head = `---\ntitle: Guide example\ndescription: An example page from the editor guide, checked like any other page.\nslug: guide-example\norder: 99\nupdated: 2026-11-24\n---\n\n`;
    writeFileSync(target, head + example);
    const { errors, warnings } = await checkFolder(root);
    expect(await brought(errors)).toEqual([]);
    const typography = warnings.filter((w) => w.file.endsWith('guide-example.mdx') && /typograph/.test(w.message));
    expect(typography.map(formatProblem)).toEqual([]);
  });

  const dataExamples = dataBlocks(text);
  it('shows how to change each data file', () => {
    expect(dataExamples.map((e) => e.file).sort()).toEqual(
      Object.values(DATA_FILES)
        .map((d) => `content/data/${d.file}`)
        .sort(),
    );
  });

  it.each(dataExamples.map((example) => [example.file, example] as const))('the example for %s, written into the site’s file, passes the content check', async (_, { file, yaml }) => {
    const root = siteCopy();
    const target = path.join(root, file.replace(/^content\//, ''));
    const written = merged(parse(readFileSync(target, 'utf8')), parse(yaml));
    // The example is written into the file, not lost on the way.
    expect(written).toMatchObject(parse(yaml) as object);
    writeFileSync(target, stringify(written));
    const { errors } = await checkFolder(root);
    expect(await brought(errors)).toEqual([]);
  });

  const refusals = refusedExamples(text, refused);
  it.each(refusals.map((example, i) => [i + 1, example] as const))('refused example %i, as a page of the site, is refused with the words the guide quotes', async (_, { body, says }) => {
    const root = siteCopy();
    writeFileSync(
      path.join(root, locale, 'guide-example.mdx'),
      `---\ntitle: Guide example\ndescription: An example page from the editor guide, checked like any other page.\nslug: guide-example\norder: 99\nupdated: 2026-11-24\n---\n\n${body}`,
    );
    const { errors } = await checkFolder(root);
    expect(errors.find((error) => error.file.endsWith('guide-example.mdx'))?.message).toBe(says);
  });

  it('shows an example of each refusal of the dialect', () => {
    const shown = new Set(refusals.flatMap(({ body }) => refusalsOf(markdownProcessor().parse(body) as Root, `content/${locale}/x.mdx`, 1).map(({ violation }) => violation.rule)));
    expect(VIOLATION_RULES.filter((rule) => !UNSHOWN.has(rule) && !shown.has(rule))).toEqual([]);
  });

  it('has an example of every component authors may use', () => {
    for (const name of AUTHOR_COMPONENTS) expect(examples.join('\n')).toContain(`<${name}`);
  });
});
