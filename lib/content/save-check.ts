import type { Root } from 'mdast';
import { readYaml } from './data/yaml';
import { CONTROL_CHARACTER } from './dialect.mjs';
import { explainMdxError, whereAndWhat } from './explain';
import { FRONTMATTER } from './frontmatter';
import { sayFrontmatter } from './messages/frontmatter';
import { invisibleCharacter, type Text } from './messages/words';
import { markdownProcessor } from './pipeline';
import type { Reporter } from './problems';
import { refusalsOf } from './refusals';

/**
 * What a file of content/ may not hold even for a moment: the checks a save must pass before the
 * studio writes it (the editorial server asks before Keystatic's save, the merge, a restore). A page
 * whose text cannot be read, or that holds what the dialect refuses; a file whose YAML cannot be
 * read, or would expand into millions of values; a title or description holding a character
 * nobody types. Anything else (a broken link, a missing translation, a field left empty) is for the
 * content check and the review: a draft may be unfinished, never code.
 */

export interface SaveRefusal {
  /** The line of the file, when it is known. */
  line?: number;
  text: Text;
}

/** The frontmatter's fields that are text a person types, and whether they are one line. */
const TYPED_FIELDS = { title: true, navTitle: true, description: false };

/** What a save of `file` with these contents may not write, and the page's title as written (to name it). */
export function refusedInSave(file: string, contents: string): { title?: string; slug?: string; refusals: SaveRefusal[] } {
  const refusals: SaveRefusal[] = [];
  const capture: Reporter = { error: (text, line) => void refusals.push({ line, text }), warning: () => undefined };
  if (file.endsWith('.yaml')) {
    readYaml(contents, capture);
    return { refusals };
  }
  if (!file.endsWith('.mdx')) return { refusals };
  const match = FRONTMATTER.exec(contents);
  const yaml = match ? readYaml(match[1] ?? '', capture, { firstLine: 2, unreadable: sayFrontmatter.yamlInvalid }) : undefined;
  const fields = yaml && typeof yaml.data === 'object' && yaml.data !== null ? (yaml.data as Record<string, unknown>) : {};
  for (const [field, oneLine] of Object.entries(TYPED_FIELDS)) {
    const value = fields[field];
    if (typeof value === 'string' && (CONTROL_CHARACTER.test(value) || (oneLine && /[\t\n\r]/.test(value.trim()))))
      refusals.push({ line: yaml?.keyLineOf([], field), text: sayFrontmatter.fieldInvalid(field, invisibleCharacter) });
  }
  const title = typeof fields.title === 'string' && !CONTROL_CHARACTER.test(fields.title) ? fields.title.trim() : undefined;
  const slug = typeof fields.slug === 'string' ? fields.slug : undefined;
  const body = match ? contents.slice(match[0].length) : contents;
  const bodyStartLine = match ? match[0].split('\n').length : 1;
  let tree: Root;
  try {
    tree = markdownProcessor().parse(body) as Root;
  } catch (error) {
    const { line, what } = whereAndWhat(error);
    refusals.push({ line: line ? line + bodyStartLine - 1 : undefined, text: explainMdxError(error, what) });
    return { title, slug, refusals };
  }
  for (const { text, problem } of refusalsOf(tree, file, bodyStartLine)) refusals.push({ line: problem.line, text });
  return { title, slug, refusals };
}
