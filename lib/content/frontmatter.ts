import path from 'node:path';
import { readYaml } from './data/yaml';
import { sayFrontmatter } from './messages/frontmatter';
import type { Reporter } from './problems';
import { explainIssue, type Frontmatter, frontmatterSchema } from './schema';
import { slugify } from './slug';

/** The frontmatter between the two `---` lines at the top of a page, and the text after it. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface ReadFrontmatter {
  /** The frontmatter, when it is valid. */
  valid?: Frontmatter;
  /** The preview's stand-in when it is not: the fields that are right, and stand-ins for the others. */
  repaired: Frontmatter;
}

/** The frontmatter of `file`, validated (every problem reported at its line), and its repaired reading. */
export function readFrontmatter(yamlText: string | undefined, file: string, report: Reporter): ReadFrontmatter {
  if (yamlText === undefined) {
    report.error(sayFrontmatter.noFrontmatter(), 1);
    return { repaired: repairedFrontmatter({}, file) };
  }
  // The frontmatter starts on line 2 of the file, after the opening `---`.
  const yaml = readYaml(yamlText, report, { firstLine: 2, unreadable: sayFrontmatter.yamlInvalid });
  if (yaml) {
    const result = frontmatterSchema.safeParse(yaml.data);
    if (result.success) return { valid: result.data, repaired: result.data };
    const present = (field: string) => typeof yaml.data === 'object' && yaml.data !== null && field in yaml.data;
    for (const issue of result.error.issues) {
      const { field, text } = explainIssue(issue, yaml.data);
      report.error(text, present(field) ? yaml.keyLineOf([], field) : 1);
    }
  }
  return { repaired: repairedFrontmatter(yaml?.data ?? fieldsAsWritten(yamlText), file) };
}

/** The line of each field written at the top level of the frontmatter (`slug: …`), for problems about its value. */
export function fieldLinesOf(yamlText: string | undefined): Record<string, number> {
  return Object.fromEntries(
    (yamlText ?? '').split(/\r?\n/).flatMap((line, index) => {
      const field = /^([A-Za-z]\w*):/.exec(line)?.[1];
      // The frontmatter starts on line 2 of the file, after the opening `---`.
      return field ? [[field, index + 2]] : [];
    }),
  );
}

/** When the YAML cannot be read (an unquoted `: ` in a title), each `name: value` line as written. */
function fieldsAsWritten(yamlText: string): Record<string, unknown> {
  const scalar = (raw: string) => {
    const text = raw.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (text === 'true' || text === 'false') return text === 'true';
    return /^-?\d+$/.test(text) ? Number(text) : text;
  };
  return Object.fromEntries(
    yamlText.split(/\r?\n/).flatMap((line) => {
      const field = /^([A-Za-z]\w*):(.*)$/.exec(line);
      return field ? [[field[1], scalar(field[2] ?? '')]] : [];
    }),
  );
}

/** The fields that are valid as they stand, and stand-ins for the others: the page can be shown, its problems beside it. */
function repairedFrontmatter(data: unknown, file: string): Frontmatter {
  const fields = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const shape = frontmatterSchema.shape;
  const valid = <K extends keyof typeof shape>(key: K) => {
    const result = shape[key].safeParse(fields[key]);
    return result.success ? (result.data as Frontmatter[K]) : undefined;
  };
  const written = (key: string) => (typeof fields[key] === 'string' || typeof fields[key] === 'number' ? String(fields[key]).trim() : '');
  const fileName = path.basename(file, '.mdx');
  return {
    title: valid('title') ?? (written('title') || fileName),
    navTitle: valid('navTitle'),
    description: valid('description') ?? written('description'),
    slug: valid('slug') ?? (written('slug') ? slugify(written('slug')) || fileName : undefined),
    order: valid('order'),
    sort: valid('sort'),
    updated: valid('updated') ?? new Date().toISOString().slice(0, 10),
    menu: valid('menu') ?? 'main',
    toc: valid('toc'),
    draft: valid('draft') ?? false,
    translatedFrom: valid('translatedFrom'),
    retired: valid('retired'),
  };
}
