import type { YAMLError } from 'yaml';
import type { Locale } from '../../i18n/routing';
import { type ContentProblem, localeOfFile } from './problems';
import { DIALECT_SOURCE, type Violation } from './dialect.mjs';
import { sayRefused } from './messages/dialect';
import { closestFirst } from './suggest';
import { sayMdx, sayYaml } from './messages/syntax';

/**
 * The parsers speak English, and of their own grammar. Editors need to know what they typed wrong
 * and how to fix it, in their language: the mistakes they make are recognised here (the words are
 * in messages.ts); anything else keeps the parser's own words, inside a general explanation.
 */

type Text = Record<Locale, string>;

/** What an MDX parser or compiler error says, and where the MDX packages classify it. */
interface MdxError {
  ruleId?: string;
  source?: string;
  /** What the dialect refused, when it is the dialect that stopped the compiler (dialect.mjs). */
  violation?: Violation;
}

const tagName = (tag: string) => tag.replace(/^<\/?|\/?>$/g, '');

/** The fix for an MDX error, or the parser's words in a general explanation. */
export function explainMdxError(error: unknown, what: string): Text {
  const { ruleId = '', source = '', violation } = (error ?? {}) as MdxError;
  if (source === DIALECT_SOURCE && violation) return sayRefused(violation, { closest: closestFirst(violation.name ?? '', violation.allowed ?? []) });
  const unclosed = /^Expected a closing tag for `([^`]+)`/.exec(what);
  if (ruleId === 'end-tag-mismatch' && unclosed?.[1]) return sayMdx.mdxUnclosedTag(tagName(unclosed[1]));
  const mismatch = /^Unexpected closing tag `([^`]+)`, expected corresponding closing tag for `([^`]+)`/.exec(what);
  if (ruleId === 'end-tag-mismatch' && mismatch?.[1] && mismatch[2]) return sayMdx.mdxTagMismatch(tagName(mismatch[1]), tagName(mismatch[2]));
  if (ruleId === 'unexpected-closing-slash') return sayMdx.mdxClosingAlone();
  if (ruleId === 'unexpected-character' && source.includes('mdx-jsx')) return sayMdx.mdxLessThan();
  if (ruleId === 'unexpected-eof' && source.includes('mdx-jsx')) return sayMdx.mdxUnfinishedTag();
  if ((ruleId === 'unexpected-eof' || ruleId === 'acorn') && source.includes('expression')) return sayMdx.mdxBraces();
  if (ruleId === 'unexpected-lazy') return sayMdx.mdxLazyLine();
  return sayMdx.mdxUnreadable(what);
}

/** The fix for a YAML syntax error in `text`, or undefined when the parser's words are all there is. */
export function explainYamlError(error: YAMLError, text: string): Text | undefined {
  const [start = 0] = error.pos;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const field = /^(\s*)([\w-]+):\s*(.*)$/.exec(text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd));
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && field?.[2] && field[3]) {
    return sayYaml.yamlUnquotedColon(field[2], `${field[2]}: "${field[3].trim().replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  }
  if (error.code === 'TAB_AS_INDENT') return sayYaml.yamlTab();
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) return sayYaml.yamlQuote();
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

/** A page's text that MDX cannot compile, as a problem at its line of the file. */
export function compileFailure(page: { file: string; bodyStartLine: number }, error: unknown): ContentProblem {
  const { line, what } = whereAndWhat(error);
  return {
    file: page.file,
    ...(line ? { line: line + page.bodyStartLine - 1 } : {}),
    message: explainMdxError(error, what)[localeOfFile(page.file)],
    severity: 'error',
  };
}
