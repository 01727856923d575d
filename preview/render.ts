import type { Root as HastRoot } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { type Handler, toHast } from 'mdast-util-to-hast';
import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { unified } from 'unified';
import { type Refusal, refusalsOf, rehypePlugins } from '@/lib/content';
import { ISSUE_ELEMENT, issueElement } from './mark-problems';

/**
 * A page's text drawn for the preview straight from its syntax tree, without turning it into code:
 * nothing a page holds is ever run here, even if the dialect missed it (hast-util-to-jsx-runtime,
 * given no evaluater, refuses any expression; an element is drawn only as an author component).
 * What the dialect refuses is first replaced by the refusal, in its place, and the tree checked once
 * more (PreviewBody.tsx): the preview draws nothing it refuses.
 * The steps are MDX's own between parsing and code (remark-rehype, MDX's unravelling of a line of
 * components, then the same rehype plugins): the preview shows what the build compiles
 * (tests/unit/preview.test.ts compares them).
 */

const isJsx = (node: { type: string }): node is MdxJsxFlowElement | MdxJsxTextElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** What an excerpt of the text shows at most, in place of a construct refused whole. */
const EXCERPT = 160;

/**
 * Replaces, in `tree` parsed from `text`, each node the dialect refuses by a mark of its refusals
 * (their numbers in `problems`, which the refusals not in it yet join). An element keeps what it
 * holds (looked at for problems of its own); code, HTML, an image or a forbidden address shows as
 * the characters written, inert.
 */
export function replaceRefused(tree: Root, text: string, refusals: readonly Refusal[], problems: { message: string; line?: number }[], placed: Set<number>) {
  const byNode = new Map<object, number[]>();
  for (const { violation, problem } of refusals) {
    let index = problems.findIndex((p, i) => !placed.has(i) && p.message === problem.message && p.line === problem.line);
    if (index === -1) index = problems.push(problem) - 1;
    placed.add(index);
    byNode.set(violation.node, [...(byNode.get(violation.node) ?? []), index]);
  }
  for (const { violation } of refusals) {
    const indexes = byNode.get(violation.node);
    const siblings = violation.parent?.children as RootContent[] | undefined;
    const at = siblings?.indexOf(violation.node as RootContent) ?? -1;
    if (!indexes || !siblings || at === -1) continue;
    byNode.delete(violation.node);
    const node = violation.node as RootContent;
    const display = violation.inline ? 'inline' : 'block';
    let held: RootContent[];
    if (isJsx(node)) held = node.children as RootContent[];
    else if (node.type === 'link') held = node.children;
    else {
      const { start, end } = node.position ?? {};
      const written = start?.offset !== undefined && end?.offset !== undefined ? text.slice(start.offset, end.offset) : '';
      const shown = written.length > EXCERPT ? `${written.slice(0, EXCERPT)}…` : written;
      held = shown ? [display === 'inline' ? { type: 'inlineCode', value: shown } : { type: 'paragraph', children: [{ type: 'inlineCode', value: shown }] }] : [];
    }
    siblings[at] = issueElement(indexes, display, held);
  }
}

/**
 * The refusals that keep a page from being drawn: what could act (code, HTML, an attribute or an
 * address that is not plain), not what is only misplaced (a card out of its list, a missing
 * attribute: the preview's own marks can leave a component so).
 */
const UNSAFE = new Set([
  'esm',
  'expression',
  'html',
  'unknown',
  'fragment',
  'html-element',
  'unknown-component',
  'spread',
  'unknown-attribute',
  'attribute-without-value',
  'attribute-expression',
  'control-character',
  'address',
]);

/** What could still act in a tree of `file` once the preview has put its marks in: nothing, or the preview stops. */
export const stillUnsafe = (tree: Root, file: string) =>
  refusalsOf(tree, file, 1).filter(({ violation }) => UNSAFE.has(violation.rule) && !(violation.rule === 'unknown-component' && violation.name === ISSUE_ELEMENT));

/**
 * MDX's unravelling: a paragraph that holds only components (and spaces) is not a paragraph, its
 * components stand as blocks (`<p><Card /></p>` would be wrong). As @mdx-js/mdx's
 * remark-mark-and-unravel does, which it does not export.
 */
function unravel(node: Root | RootContent) {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i] as RootContent;
    if (child.type === 'paragraph') {
      const inside = child.children;
      const onlyComponents = inside.some(isJsx) && inside.every((c) => isJsx(c) || (c.type === 'text' && c.value.trim() === ''));
      if (onlyComponents) {
        const blocks = inside.filter(isJsx).map((c) => ({ ...c, type: 'mdxJsxFlowElement' }) as RootContent);
        children.splice(i, 1, ...blocks);
        i -= 1;
        continue;
      }
    }
    unravel(child);
  }
}

/** What the preview may draw from an element: the author components and its own marks; anything else stops it. */
const drawable = (components: MDXComponents) => (name: string | null | undefined) => typeof name === 'string' && /^[A-Z]/.test(name) && Object.hasOwn(components, name);

/**
 * The tree, its refusals already replaced, drawn as React elements with these components. An
 * element becomes its component by name (its attributes, all plain strings, its props), the rest is
 * Markdown's HTML; any node the dialect does not know stops the drawing, never shown as is.
 */
export function draw(tree: Root, components: MDXComponents): ReactNode {
  unravel(tree);
  const mayDraw = drawable(components);
  const element: Handler = (state, node: MdxJsxFlowElement | MdxJsxTextElement) => {
    if (!mayDraw(node.name)) throw new Error(`the preview does not draw <${String(node.name)}>`);
    const properties: Record<string, string> = {};
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') throw new Error(`the preview does not draw <${node.name}>’s attributes`);
      properties[attribute.name] = attribute.value;
    }
    return { type: 'element', tagName: node.name as string, properties, children: state.all(node) };
  };
  const hast = toHast(tree, {
    handlers: { mdxJsxFlowElement: element, mdxJsxTextElement: element },
    unknownHandler: (_state, node) => {
      throw new Error(`the preview does not draw ${node.type}`);
    },
  }) as HastRoot;
  const slugged = unified().use(rehypePlugins).runSync(hast) as HastRoot;
  return toJsxRuntime(slugged, { Fragment, jsx, jsxs, components: components as never, elementAttributeNameCase: 'react', stylePropertyNameCase: 'dom' });
}
