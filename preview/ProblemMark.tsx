import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { type ContentProblem, localeOfFile } from '@/lib/content';
import { ProblemText } from './ProblemText';

const TONES = {
  error: { box: 'border-red-700 bg-red-50', mark: 'decoration-red-700', label: 'text-red-800' },
  warning: { box: 'border-amber-600 bg-amber-50', mark: 'decoration-amber-600', label: 'text-amber-900' },
};

/** The problems, each as `npm run content:check` says it, after a word for how serious it is, in the file's language. */
export async function ProblemList({ problems, as: Tag = 'span' }: { problems: ContentProblem[]; as?: 'span' | 'li' }) {
  const [first] = problems;
  if (!first) return null;
  const t = await getTranslations({ locale: localeOfFile(first.file), namespace: 'Preview' });
  return problems.map((problem, i) => (
    <Tag key={i} lang={localeOfFile(problem.file)} className="block">
      <strong className={TONES[problem.severity].label}>{t(problem.severity)}</strong> <ProblemText problem={problem} />
    </Tag>
  ));
}

/**
 * Problems shown where they stand in a page of the preview: around what they are about (a link, a
 * slip), or in place of what cannot be shown (an unknown component or figure).
 */
export function ProblemMark({ problems, display, children }: { problems: ContentProblem[]; display: 'inline' | 'block'; children?: ReactNode }) {
  const tone = TONES[problems.some((p) => p.severity === 'error') ? 'error' : 'warning'];
  if (display === 'inline') {
    return (
      <span data-preview="problem">
        {children && <mark className={`bg-transparent text-inherit underline decoration-wavy decoration-2 ${tone.mark}`}>{children}</mark>}
        <span className={`not-prose mx-1 inline-block rounded border-l-4 px-2 py-1 text-sm font-normal not-italic text-slate-900 ${tone.box}`}>
          <ProblemList problems={problems} />
        </span>
      </span>
    );
  }
  return (
    <div role="note" data-preview="problem" className={`not-prose my-4 rounded border-l-4 p-4 text-sm text-slate-900 ${tone.box}`}>
      <p>
        <ProblemList problems={problems} />
      </p>
      {children && <div className="mt-3 border-t border-slate-300 pt-3">{children}</div>}
    </div>
  );
}
