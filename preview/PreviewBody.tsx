import type { Root } from 'mdast';
import type { MDXComponents } from 'mdx/types';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { compileFailure, type ContentPage, type ContentProblem, localeOfFile, markdownProcessor, refusalsOf } from '@/lib/content';
import { ISSUE_ELEMENT, remarkMarkProblems } from './mark-problems';
import { ProblemList, ProblemMark } from './ProblemMark';
import { draw, replaceRefused, stillUnsafe } from './render';

const CONTEXT_LINES = 2;

/**
 * A page's text as the preview shows it: drawn on each request, straight from the file (so that a
 * page that cannot be read takes down nothing else), never run (preview/render.ts), with each
 * problem where it stands — what the dialect refuses in its place. Returns the body and the
 * problems that have no place in the text, for the top of the page.
 */
export async function previewBody(page: ContentPage, problems: ContentProblem[], components: MDXComponents): Promise<{ body: ReactNode; unplaced: ContentProblem[] }> {
  const placed = new Set<number>();
  const shown = [...problems];
  try {
    const tree = markdownProcessor().parse(page.body) as Root;
    replaceRefused(tree, page.body, refusalsOf(tree, page.file, page.bodyStartLine), shown, placed);
    remarkMarkProblems({ problems: shown, lineOffset: page.bodyStartLine - 1, placed })(tree);
    const [left] = stillUnsafe(tree, page.file);
    if (left) throw Object.assign(new Error(left.problem.message), { place: { line: left.violation.line ?? 1 } });
    const ContentIssue = ({ problems: at, display, children }: { problems: string; display: 'inline' | 'block'; children?: ReactNode }) => (
      <ProblemMark
        problems={at
          .split(',')
          .map((i) => shown[Number(i)])
          .filter((p): p is ContentProblem => p !== undefined)}
        display={display}
      >
        {children}
      </ProblemMark>
    );
    return { body: draw(tree, { ...components, [ISSUE_ELEMENT]: ContentIssue }), unplaced: problems.filter((_, i) => !placed.has(i)) };
  } catch (error) {
    const failure = compileFailure(page, error);
    // The parser may have said it already, in the same words: it is shown once, here.
    const others = problems.filter((p) => p.message !== failure.message);
    return { body: <CompileFailure page={page} failure={failure} />, unplaced: others };
  }
}

/** Instead of the page: the problem, and the lines of the file around it, numbered as an editor's text editor numbers them. */
async function CompileFailure({ page, failure }: { page: ContentPage; failure: ContentProblem }) {
  const t = await getTranslations({ locale: localeOfFile(page.file), namespace: 'Preview' });
  const lines = page.body.split('\n');
  const at = failure.line ? failure.line - page.bodyStartLine : 0;
  const from = Math.max(0, at - CONTEXT_LINES);
  const to = Math.min(lines.length - 1, at + CONTEXT_LINES);
  const first = from + page.bodyStartLine;
  return (
    <div role="alert" data-preview="unreadable" className="not-prose my-6 rounded border-l-4 border-red-700 bg-red-50 p-4 text-slate-900">
      <p className="font-bold">{t('unreadable')}</p>
      <p className="mt-2">
        <ProblemList problems={[failure]} />
      </p>
      <figure className="mt-4">
        <figcaption id="preview-quote" className="text-sm text-slate-700">
          {t('quote', { from: first, to: to + page.bodyStartLine, file: page.file })}
        </figcaption>
        {/* Focusable: a long line scrolls sideways, and the keyboard must reach it. */}
        <pre tabIndex={0} aria-labelledby="preview-quote" className="mt-1 overflow-x-auto rounded bg-canvas p-3 text-sm leading-6">
          {lines.slice(from, to + 1).map((text, i) => {
            const number = first + i;
            const isFaulty = number === failure.line;
            return (
              <code key={number} className={`block ${isFaulty ? 'bg-red-100 font-bold' : ''}`}>
                <span aria-hidden="true" className="mr-3 inline-block w-8 text-right text-slate-700 select-none">
                  {number}
                </span>
                {isFaulty ? <mark className="bg-transparent text-inherit">{text || ' '}</mark> : text || ' '}
              </code>
            );
          })}
        </pre>
      </figure>
    </div>
  );
}
