import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { AUTHOR_COMPONENTS } from '@/lib/content/components';
import { formatProblem } from '@/lib/content/problems';
import { frontmatterSchema } from '@/lib/content/schema';
import { parse } from 'yaml';

// The examples of the editor guides are checked like real pages, so that the guides cannot rot.
const guides = [
  { file: 'docs/guide-redaction.md', locale: 'fr' },
  { file: 'docs/editor-guide.md', locale: 'en' },
] as const;

const blocks = (text: string, language: string) => [...text.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm'))].map((m) => m[1] ?? '');

describe.each(guides)('$file', ({ file, locale }) => {
  const text = readFileSync(file, 'utf8');

  it('has a frontmatter example that the schema accepts', () => {
    const [example] = blocks(text, 'yaml');
    expect(frontmatterSchema.safeParse(parse(example ?? '')).success).toBe(true);
  });

  it('documents every frontmatter field', () => {
    for (const field of Object.keys(frontmatterSchema.shape)) expect(text).toContain(`| \`${field}\` |`);
  });

  const examples = blocks(text, 'mdx');
  it.each(examples.map((example, i) => [i + 1, example] as const))('MDX example %i passes the content check inside the real site', async (_, example) => {
    const root = mkdtempSync(path.join(tmpdir(), 'guide-'));
    cpSync('content', root, { recursive: true });
    const target = path.join(root, locale, 'guide-example.mdx');
    const head = `---\ntitle: Guide example\ndescription: An example page from the editor guide, checked like any other page.\nslug: guide-example\norder: 99\nupdated: 2026-11-24\n---\n\n`;
    writeFileSync(target, head + example);
    const { errors, warnings } = await checkContent(root, { label: 'content' });
    expect(errors.map(formatProblem)).toEqual([]);
    const typography = warnings.filter((w) => w.file.endsWith('guide-example.mdx') && /typograph/.test(w.message));
    expect(typography.map(formatProblem)).toEqual([]);
  });

  it('has an example of every component authors may use', () => {
    for (const name of AUTHOR_COMPONENTS) expect(examples.join('\n')).toContain(`<${name}`);
  });
});
