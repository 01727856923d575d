import type { Nodes, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Locale } from '@/i18n/routing';
import { type Figure, markdownProcessor } from '@/lib/content';
import { figureWriter } from './figure-value';
import { studioText } from '@/lib/editorial/words';

/**
 * A page's text as its readers read it, for the review: its paragraphs, headings and list items,
 * one to a line, without Markdown's marks; each figure as the page shows it (« 7 000 »), each
 * component by its name in the studio (« [Encadré « En savoir plus »] ») with the text it holds.
 * What the review compares, so that a reviewer reads sentences, never `**`, `<Callout>` or an id.
 */

type Element = MdxJsxFlowElement | MdxJsxTextElement;
const attribute = (node: Element, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
};

/** A component's name in the studio (lib/editorial/words.ts): `KeyFigure` is « Chiffre clé ». */
function componentLabel(name: string): string {
  const words = (studioText as unknown as Record<string, unknown>)[name.charAt(0).toLowerCase() + name.slice(1)];
  return words && typeof words === 'object' && 'label' in words && typeof words.label === 'string' ? words.label : name;
}

export function proseOf(body: string, locale: Locale, figures: Record<string, Figure>): string {
  const write = figureWriter(locale);
  const figure = (id: string | undefined) => {
    const found = id ? figures[id] : undefined;
    return found ? write(found) : `[${studioText.figure.label} « ${id ?? ''} » introuvable]`;
  };

  const inline = (node: Nodes): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (node.type === 'break') return ' ';
    if (node.type === 'mdxJsxTextElement' && node.name === 'Figure') return figure(attribute(node, 'id'));
    return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  };

  const lines: string[] = [];
  const blocks = (nodes: RootContent[], prefix = '') => {
    for (const node of nodes) {
      if (node.type === 'heading' || node.type === 'paragraph') lines.push(`${prefix}${inline(node)}`);
      else if (node.type === 'list') for (const item of node.children) blocks(item.children, '– ');
      else if (node.type === 'blockquote') blocks(node.children, prefix);
      else if (node.type === 'table') for (const row of node.children) lines.push(row.children.map(inline).join(' · '));
      else if (node.type === 'mdxJsxFlowElement') {
        const named = attribute(node, 'title') ?? attribute(node, 'term');
        const shown = node.name === 'KeyFigure' ? figure(attribute(node, 'figure')) : node.name === 'ToolFacts' ? attribute(node, 'tool') : undefined;
        lines.push(`[${componentLabel(node.name ?? '')}${named ? ` « ${named} »` : ''}${shown ? ` : ${shown}` : ''}]`);
        blocks(node.children as RootContent[], prefix);
      }
    }
  };
  try {
    blocks(markdownProcessor().parse(body).children);
  } catch {
    // A text that does not read as a page (the check says why) is compared as it is written.
    return body;
  }
  return (
    lines
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}
