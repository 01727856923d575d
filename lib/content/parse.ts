import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { explainMdxError, whereAndWhat } from './explain';
import { fingerprint } from './fingerprint';
import { fieldLinesOf, FRONTMATTER, readFrontmatter } from './frontmatter';
import { markdownProcessor } from './pipeline';
import { type ContentProblem, reporterFor } from './problems';
import { refusalsOf } from './refusals';
import type { Frontmatter } from './schema';

export interface Heading {
  depth: 2 | 3;
  text: string;
  /** The same id that rehype-slug gives the rendered heading. */
  id: string;
}

/** Something in the text that points elsewhere or names a component, with its line in the file. */
type Located<T, Extra = object> = {
  value: T;
  line?: number;
} & Extra;

export interface ParsedSource {
  /** The frontmatter, when it is valid: what the site and the check read. */
  frontmatter?: Frontmatter;
  /** What the preview shows when it is not: the valid fields, and stand-ins for the others. */
  repairedFrontmatter: Frontmatter;
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

/**
 * Reads one MDX file: frontmatter, headings, links, components. Never throws; reports problems
 * instead. One reading serves the site, the check and the preview: a page whose frontmatter is
 * wrong has no `frontmatter` (the site and the check leave it out) and a repaired one (the preview
 * shows it with its problems).
 */
export function parseSource(source: string, file: string): ParsedSource {
  const problems: ContentProblem[] = [];
  const report = reporterFor(file, problems);
  const match = FRONTMATTER.exec(source);
  const { valid, repaired } = readFrontmatter(match?.[1], file, report);
  const body = match ? source.slice(match[0].length) : source;
  const parsed: ParsedSource = {
    frontmatter: valid,
    repairedFrontmatter: repaired,
    headings: [],
    anchors: [],
    links: [],
    elements: [],
    texts: [],
    fingerprint: fingerprint(repaired.title, repaired.description, body),
    body,
    bodyStartLine: match ? match[0].split('\n').length : 1,
    fieldLines: fieldLinesOf(match?.[1]),
    problems,
  };

  let tree: Root;
  try {
    tree = markdownProcessor().parse(body);
  } catch (error) {
    const { line, what } = whereAndWhat(error);
    report.error(explainMdxError(error, what), line ? line + parsed.bodyStartLine - 1 : undefined);
    return parsed;
  }
  const fileLine = (node: { position?: { start: { line: number } } }) => (node.position ? node.position.start.line + parsed.bodyStartLine - 1 : undefined);
  // What the dialect refuses (code, HTML, an attribute a component does not take…): each an error at its line.
  for (const { problem } of refusalsOf(tree, file, parsed.bodyStartLine)) problems.push(problem);

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
  return parsed;
}
