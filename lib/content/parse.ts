import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { readYaml } from './data/yaml';
import { fingerprint } from './fingerprint';
import { explainMdxError } from './explain';
import { say } from './messages';
import { markdownProcessor } from './pipeline';
import { type ContentProblem, type Reporter, reporterFor } from './problems';
import { slugify } from './scaffold';
import { explainIssue, type Frontmatter, frontmatterSchema } from './schema';

export interface Heading {
  depth: 2 | 3;
  text: string;
  /** The same id that rehype-slug gives the rendered heading. */
  id: string;
}

/** Something in the text that points elsewhere or names a component, with its line in the file. */
export type Located<T, Extra = object> = {
  value: T;
  line?: number;
} & Extra;

export interface ParsedSource {
  frontmatter?: Frontmatter;
  /** The h2 and h3 headings, for the table of contents. */
  headings: Heading[];
  /** Every heading id, at any level: what `#anchor` links may point to. */
  anchors: string[];
  /** Every link target written in the text, as Markdown links or as `href` attributes of components. */
  links: Located<string>[];
  /** Every JSX element used in the text, with its plain string attributes. */
  elements: Located<string, { attributes: Record<string, string> }>[];
  /** The plain text of the page, piece by piece (not code, not link targets): what typography rules read. */
  texts: Located<string>[];
  /** Fingerprint of title, description and text (see fingerprint.ts). */
  fingerprint: string;
  /** The text after the frontmatter, and the line of the file it starts on. */
  body: string;
  bodyStartLine: number;
  /** The line of each frontmatter field written at the top level (`slug: …`), for problems about its value. */
  fieldLines: Record<string, number>;
  problems: ContentProblem[];
}

export interface ParseOptions {
  /**
   * The preview's reading: a page whose frontmatter is wrong still gets one, made of the fields
   * that are right and stand-ins for the others, so that it can be shown with its problems.
   */
  lenient?: boolean;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const memo = new Map<string, { source: string; parsed: ParsedSource }>();

/**
 * Reads one MDX file: frontmatter, headings, links, components. Never throws; reports problems
 * instead. The same text gives the same result, so an unchanged file is not read twice.
 */
export function parseSource(source: string, file: string, options: ParseOptions = {}): ParsedSource {
  const key = `${options.lenient ? 'lenient' : 'strict'}:${file}`;
  const known = memo.get(key);
  if (known?.source === source) return known.parsed;
  const parsed = parse(source, file, options);
  memo.set(key, { source, parsed });
  return parsed;
}

function parse(source: string, file: string, { lenient = false }: ParseOptions): ParsedSource {
  const problems: ContentProblem[] = [];
  const report = reporterFor(file, problems);
  const match = FRONTMATTER.exec(source);
  if (!match) report.error(say.noFrontmatter(), 1);
  const frontmatter = match ? parseFrontmatter(match[1] ?? '', report, lenient ? file : undefined) : lenient ? repairedFrontmatter({}, file) : undefined;
  const body = match ? source.slice(match[0].length) : source;
  const bodyStartLine = match ? match[0].split('\n').length : 1;
  // The frontmatter starts on line 2 of the file, after the opening `---`.
  const fieldLines = Object.fromEntries(
    (match?.[1] ?? '').split(/\r?\n/).flatMap((line, index) => {
      const field = /^([A-Za-z]\w*):/.exec(line)?.[1];
      return field ? [[field, index + 2]] : [];
    }),
  );
  const parsed: ParsedSource = { frontmatter, headings: [], anchors: [], links: [], elements: [], texts: [], fingerprint: '', body, bodyStartLine, fieldLines, problems };
  if (!match && !lenient) return parsed;

  let tree: Root;
  try {
    tree = markdownProcessor().parse(body);
  } catch (error) {
    const { line, what } = whereAndWhat(error);
    report.error(explainMdxError(error, what), line ? line + bodyStartLine - 1 : undefined);
    return parsed;
  }
  const fileLine = (node: { position?: { start: { line: number } } }) => (node.position ? node.position.start.line + bodyStartLine - 1 : undefined);

  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    if (node.type === 'text') parsed.texts.push({ value: node.value, line: fileLine(node) });
    if (node.type === 'heading') {
      const text = toString(node);
      const id = slugger.slug(text);
      parsed.anchors.push(id);
      if (node.depth === 2 || node.depth === 3) parsed.headings.push({ depth: node.depth, text, id });
    } else if (node.type === 'link' || node.type === 'definition') {
      parsed.links.push({ value: node.url, line: fileLine(node) });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes = Object.fromEntries(
        node.attributes
          .filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
          .map((a) => [a.name, String(a.value)]),
      );
      if (node.name) parsed.elements.push({ value: node.name, line: fileLine(node), attributes });
      if (attributes.href !== undefined) parsed.links.push({ value: attributes.href, line: fileLine(node) });
    }
  });
  if (frontmatter) parsed.fingerprint = fingerprint(frontmatter.title, frontmatter.description, body);
  return parsed;
}

/** The frontmatter, validated; with `lenientFile`, repaired around its problems instead of dropped. */
function parseFrontmatter(yamlText: string, report: Reporter, lenientFile?: string): Frontmatter | undefined {
  // The frontmatter starts on line 2 of the file, after the opening `---`.
  const yaml = readYaml(yamlText, report, { firstLine: 2, unreadable: say.yamlInvalid });
  if (yaml) {
    const result = frontmatterSchema.safeParse(yaml.data);
    if (result.success) return result.data;
    const present = (field: string) => typeof yaml.data === 'object' && yaml.data !== null && field in yaml.data;
    for (const issue of result.error.issues) {
      const { field, text } = explainIssue(issue, yaml.data);
      report.error(text, present(field) ? yaml.keyLineOf([], field) : 1);
    }
  }
  if (!lenientFile) return undefined;
  return repairedFrontmatter(yaml?.data ?? fieldsAsWritten(yamlText), lenientFile);
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
  };
}

/** The line (relative to the text parsed) and the description of an MDX parse or compile error. */
export function whereAndWhat(error: unknown): { line?: number; what: string } {
  const { place, reason } = error as { place?: { line: number } | { start: { line: number } }; reason?: string };
  // Some errors (e.g. an unclosed tag) carry their position only inside the text: "… (4:1-4:10)".
  const text = reason ?? String(error);
  const inText = /\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(text);
  const line = place ? ('start' in place ? place.start.line : place.line) : inText ? Number(inText[1]) : undefined;
  return { line, what: inText ? text.slice(0, inText.index).trimEnd() : text };
}
