import GithubSlugger from 'github-slugger';
import type { Heading as MdastHeading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './problems';
import { explainIssue, type Frontmatter, frontmatterSchema } from './schema';

export interface Heading {
  depth: 2 | 3;
  text: string;
  /** The same id that rehype-slug gives the rendered heading. */
  id: string;
}

export interface ParsedSource {
  frontmatter?: Frontmatter;
  headings: Heading[];
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads one MDX file's frontmatter and headings; never throws, reports problems instead. */
export function parseSource(source: string, file: string): ParsedSource {
  const problems: ContentProblem[] = [];
  const match = FRONTMATTER.exec(source);
  if (!match) {
    problems.push({
      file,
      line: 1,
      message: 'the page has no frontmatter: it must start with a line `---`, the fields (title, description, …), then another line `---`',
    });
    return { headings: [], problems };
  }
  const frontmatter = parseFrontmatter(match[1] ?? '', file, problems);
  const bodyStartLine = match[0].split('\n').length;
  const headings = frontmatter ? extractHeadings(source.slice(match[0].length), file, bodyStartLine, problems) : [];
  return { frontmatter, headings, problems };
}

function parseFrontmatter(yamlText: string, file: string, problems: ContentProblem[]): Frontmatter | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // The frontmatter starts on line 2 of the file, after the opening `---`.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: fileLine(error.pos[0]),
        message: `the frontmatter is not valid YAML (${error.message.split('\n')[0]}): write each field as \`name: value\` on its own line, and put text containing \`:\` or \`#\` between quotes`,
      });
    }
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
    const { field, message } = explainIssue(issue, data);
    problems.push({ file, line: keyLine(field), message });
  }
  return undefined;
}

function extractHeadings(body: string, file: string, bodyStartLine: number, problems: ContentProblem[]): Heading[] {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(body);
  } catch (error) {
    const { place, reason } = error as { place?: { line: number } | { start: { line: number } }; reason?: string };
    // Some errors (e.g. an unclosed tag) carry their position only inside the text: "… (4:1-4:10)".
    const text = reason ?? String(error);
    const inText = /\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(text);
    const line = place ? ('start' in place ? place.start.line : place.line) : inText ? Number(inText[1]) : undefined;
    const what = inText ? text.slice(0, inText.index).trimEnd() : text;
    problems.push({
      file,
      line: line ? line + bodyStartLine - 1 : undefined,
      message: `the page text cannot be read as MDX (${what}): check that every \`<Component>\` is closed and that \`{\`, \`}\`, \`<\` in plain text are written \`\\{\`, \`\\}\`, \`&lt;\``,
    });
    return [];
  }
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  visit(tree, 'heading', (node: MdastHeading) => {
    const text = toString(node);
    const id = slugger.slug(text);
    if (node.depth === 2 || node.depth === 3) headings.push({ depth: node.depth, text, id });
  });
  return headings;
}
