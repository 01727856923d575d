import { getTranslations } from 'next-intl/server';
import { type Locale, toolFinderFields, toolFinderPaths } from '@/i18n/routing';
import type { ToolFinderData } from '@/lib/content';
import { FINDER_QUESTIONS, type FinderQuestion } from '@/lib/content/schemas';
import type { Answers } from '@/lib/site/tool-finder';
import { withFigures } from '../mdx/Figure';

/** Where a question's error links to, as GOV.UK does: its first answer. */
export const firstChoiceId = (finder: ToolFinderData, question: FinderQuestion) => `finder-${question}-${Object.keys(finder.questions[question].choices)[0] ?? ''}`;

/**
 * The tool finder's questions: radio buttons in fieldsets, sent by GET to the finder's address, which
 * answers on the server (app/[locale]/tool-finder). `answers` are ticked; each question of `missing`
 * shows its error, tied to its fieldset. The browser's own validation stays off: the server's error
 * summary says what is missing, the same way with or without a script.
 */
export async function ToolFinderForm({ finder, locale, answers = {}, missing = [] }: { finder: ToolFinderData; locale: Locale; answers?: Partial<Answers>; missing?: FinderQuestion[] }) {
  const t = await getTranslations({ locale, namespace: 'ToolFinder' });
  const fields = toolFinderFields[locale];
  const questions = await Promise.all(
    FINDER_QUESTIONS.map(async (question) => {
      const data = finder.questions[question];
      const choices = await Promise.all(Object.entries(data.choices).map(async ([name, choice]) => ({ name, slug: choice.slug[locale], label: await withFigures(choice.label[locale], locale) })));
      return { question, legend: data.legend[locale], hint: data.hint && (await withFigures(data.hint[locale], locale)), error: missing.includes(question) ? data.error[locale] : undefined, choices };
    }),
  );
  return (
    <form method="get" action={toolFinderPaths[locale]} noValidate className="tool-finder not-prose my-8 space-y-8 rounded-lg border border-slate-200 bg-slate-50 p-5 sm:p-6">
      <input type="hidden" name={fields.sent} value="1" />
      {questions.map(({ question, legend, hint, error, choices }) => {
        const describedBy = [hint && `finder-${question}-hint`, error && `finder-${question}-error`].filter(Boolean).join(' ') || undefined;
        return (
          <div key={question} className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
            <fieldset aria-describedby={describedBy}>
              <legend className="text-lg font-bold text-slate-900">{legend}</legend>
              {hint && (
                <p id={`finder-${question}-hint`} className="mt-1 text-slate-700">
                  {hint}
                </p>
              )}
              {error && (
                <p id={`finder-${question}-error`} className="mt-1 font-bold text-red-800">
                  <span className="sr-only">{t('errorPrefix')} </span>
                  {error}
                </p>
              )}
              <div className="mt-3 space-y-2">
                {choices.map(({ name, slug, label }) => (
                  <div key={name} className="flex items-start gap-3">
                    <input
                      type="radio"
                      id={`finder-${question}-${name}`}
                      name={fields[question]}
                      value={slug}
                      defaultChecked={answers[question] === name}
                      className="mt-0.5 size-6 shrink-0 accent-brand-800"
                    />
                    <label htmlFor={`finder-${question}-${name}`} className="min-h-7 pt-0.5 text-slate-900">
                      {label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        );
      })}
      <button type="submit" className="min-h-11 rounded bg-bar px-5 font-semibold text-white hover:bg-bar-hover">
        {t('submit')}
      </button>
    </form>
  );
}
