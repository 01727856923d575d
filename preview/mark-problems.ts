import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { ContentProblem } from '@/lib/content';

/**
 * The preview shows each problem of a page where it stands: an element the page cannot render (an
 * unknown component, a figure the data does not have) is replaced by the problem, a broken link or a
 * typographic slip is wrapped in it. What cannot be placed (the frontmatter, a missing translation)
 * goes to the top of the page.
 */

/** The element the plugin writes; the preview's components map renders it. */
export const ISSUE_ELEMENT = 'ContentIssue';

export interface MarkOptions {
  problems: readonly ContentProblem[];
  /** Added to a node's line in the text compiled to get its line in the file (the frontmatter's lines). */
  lineOffset: number;
  /** Filled with the index of each problem placed in the text. */
  placed: Set<number>;
}

type Node = RootContent;

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/** An element standing for the problems numbered `indexes`, holding `children`. */
export function issueElement(indexes: number[], display: 'inline' | 'block', children: RootContent[]): MdxJsxTextElement | MdxJsxFlowElement {
  const attributes = [attribute('problems', indexes.join(',')), attribute('display', display)];
  return display === 'inline'
    ? { type: 'mdxJsxTextElement', name: ISSUE_ELEMENT, attributes, children: children as PhrasingContent[] }
    : ({ type: 'mdxJsxFlowElement', name: ISSUE_ELEMENT, attributes, children } as MdxJsxFlowElement);
}

const isElement = (node: Node): node is MdxJsxFlowElement | MdxJsxTextElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const hrefOf = (node: Node) =>
  node.type === 'link' ? node.url : isElement(node) ? node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'href')?.value : undefined;

export function remarkMarkProblems({ problems, lineOffset, placed }: MarkOptions) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined || !node.position || node.type === 'root') return undefined;
      const line = node.position.start.line + lineOffset;
      const here = (test: (problem: ContentProblem) => boolean) => problems.flatMap((problem, i) => (!placed.has(i) && problem.line === line && test(problem) ? [i] : []));
      const siblings = (parent as Parent).children as Node[];

      if (isElement(node)) {
        const unrenderable = here((p) => p.subject?.kind === 'element' && p.subject.name === node.name);
        if (unrenderable.length) {
          unrenderable.forEach((i) => placed.add(i));
          // Its content is kept, and still looked at for problems of its own.
          siblings[index] = issueElement(unrenderable, node.type === 'mdxJsxTextElement' ? 'inline' : 'block', node.children as RootContent[]);
          return undefined;
        }
      }
      const href = hrefOf(node);
      if (href !== undefined) {
        const broken = here((p) => p.subject?.kind === 'link' && p.subject.href === href);
        if (broken.length) {
          broken.forEach((i) => placed.add(i));
          // A component keeps its place (a card in its list) and shows the problem inside; a Markdown link is wrapped.
          if (isElement(node)) node.children.unshift(issueElement(broken, 'inline', []) as never);
          else siblings[index] = issueElement(broken, 'inline', [node]);
          return undefined;
        }
      }
      if (node.type === 'text') {
        const slips = problems.flatMap((problem, i) =>
          !placed.has(i) && problem.line === line && problem.subject?.kind === 'text' && node.value.includes(problem.subject.excerpt) ? [{ i, excerpt: problem.subject.excerpt }] : [],
        );
        const [first] = slips;
        if (first) {
          const at = node.value.indexOf(first.excerpt);
          const sameSlip = slips.filter((s) => s.excerpt === first.excerpt).map((s) => s.i);
          sameSlip.forEach((i) => placed.add(i));
          const piece = (value: string): Text => ({ type: 'text', value, position: node.position });
          const parts: Node[] = [piece(node.value.slice(0, at)), issueElement(sameSlip, 'inline', [piece(first.excerpt)]), piece(node.value.slice(at + first.excerpt.length))];
          siblings.splice(index, 1, ...parts.filter((part) => part.type !== 'text' || part.value !== ''));
          // The rest of the text may hold another slip: it is looked at next.
          return [SKIP, index + (at > 0 ? 2 : 1)];
        }
      }
      return undefined;
    });
  };
}
