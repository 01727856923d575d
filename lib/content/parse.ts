import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { fingerprint } from './fingerprint';
import { say } from './messages';
import { type ContentProblem, reporterFor } from './problems';
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
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The same Markdown dialect as the site (next.config.ts): MDX, GFM, YAML frontmatter. */
export const markdownProcessor = () => unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

/** Reads one MDX file: frontmatter, headings, links, components. Never throws; reports problems instead. */
export function parseSource(source: string, file: string): ParsedSource {
  const problems: ContentProblem[] = [];
  const report = reporterFor(file, problems);
  const empty = { headings: [], anchors: [], links: [], elements: [], texts: [], fingerprint: '', body: '', bodyStartLine: 1, problems };
  const match = FRONTMATTER.exec(source);
  if (!match) {
    report.error(say.noFrontmatter(), 1);
    return empty;
  }
  const frontmatter = parseFrontmatter(match[1] ?? '', report);
  const body = source.slice(match[0].length);
  const bodyStartLine = match[0].split('\n').length;
  const parsed = { ...empty, frontmatter, body, bodyStartLine };
  if (!frontmatter) return parsed;

  let tree: Root;
  try {
    tree = markdownProcessor().parse(body);
  } catch (error) {
    const { line, what } = whereAndWhat(error);
    report.error(say.mdxUnreadable(what), line ? line + bodyStartLine - 1 : undefined);
    return parsed;
  }
  const fileLine = (node: { position?: { start: { line: number } } }) => (node.position ? node.position.start.line + bodyStartLine - 1 : undefined);

  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const anchors: string[] = [];
  const links: Located<string>[] = [];
  const elements: ParsedSource['elements'] = [];
  const texts: Located<string>[] = [];
  visit(tree, (node) => {
    if (node.type === 'text') texts.push({ value: node.value, line: fileLine(node) });
    if (node.type === 'heading') {
      const text = toString(node);
      const id = slugger.slug(text);
      anchors.push(id);
      if (node.depth === 2 || node.depth === 3) headings.push({ depth: node.depth, text, id });
    } else if (node.type === 'link' || node.type === 'definition') {
      links.push({ value: node.url, line: fileLine(node) });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes = Object.fromEntries(
        node.attributes
          .filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
          .map((a) => [a.name, String(a.value)]),
      );
      if (node.name) elements.push({ value: node.name, line: fileLine(node), attributes });
      if (attributes.href !== undefined) links.push({ value: attributes.href, line: fileLine(node) });
    }
  });
  return {
    ...parsed,
    headings,
    anchors,
    links,
    elements,
    texts,
    fingerprint: fingerprint(frontmatter.title, frontmatter.description, body),
  };
}

function parseFrontmatter(yamlText: string, report: ReturnType<typeof reporterFor>): Frontmatter | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // The frontmatter starts on line 2 of the file, after the opening `---`.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    for (const error of doc.errors) report.error(say.yamlInvalid(error.message.split('\n')[0] ?? ''), fileLine(error.pos[0]));
    return undefined;
  }
  const data: unknown = doc.toJS() ?? {};
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return result.data;

  const keyLine = (key: string): number => {
    if (!isMap(doc.contents)) return 1;
    const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    return range ? fileLine(range[0]) : 1;
  };
  for (const issue of result.error.issues) {
    const { field, text } = explainIssue(issue, data);
    report.error(text, keyLine(field));
  }
  return undefined;
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
