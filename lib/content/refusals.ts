import type { Root } from 'mdast';
import { DIALECT, dataOfKind } from './components';
import { dataFile } from './data/load';
import { dialectViolations, type Violation } from './dialect.mjs';
import { sayRefused } from './messages/dialect';
import type { Text } from './messages/words';
import { type ContentProblem, reporterFor } from './problems';
import { closestFirst } from './suggest';

/**
 * What the dialect refuses in a page's text (lib/content/dialect.mjs), each refusal a content error
 * at its line of the file, in the file's language, with the fix. The content check reports them
 * (parse.ts); the preview shows each in place of what it refuses.
 */
export interface Refusal {
  violation: Violation;
  /** What to tell the editor, in both languages. */
  text: Text;
  /** The refusal as a problem of the file, in its language. */
  problem: ContentProblem;
}

/** The refusals of a tree parsed from the text of `file` that starts on its line `bodyStartLine`. */
export function refusalsOf(tree: Root, file: string, bodyStartLine: number): Refusal[] {
  const label = file.split('/')[0] ?? 'content';
  return dialectViolations(tree, DIALECT).map((violation) => {
    const problems: ContentProblem[] = [];
    const data = violation.kind ? dataOfKind(violation.kind) : undefined;
    const text = sayRefused(violation, {
      dataFile: data && dataFile(label, data),
      closest: violation.rule === 'unknown-component' ? closestFirst(violation.name ?? '', violation.allowed ?? []) : [],
    });
    const line = violation.line === undefined ? undefined : violation.line + bodyStartLine - 1;
    reporterFor(file, problems).error(text, line, { kind: 'refused', rule: violation.rule, ...(violation.column ? { column: violation.column } : {}) });
    return { violation, text, problem: problems[0] as ContentProblem };
  });
}
