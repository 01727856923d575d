import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type Locale, toolFinderPaths } from '@/i18n/routing';
import { siteContent, type ToolFinderData } from '@/lib/content';
import { FINDER_QUESTIONS } from '@/lib/content/schemas';
import { type Answers, type FittingTool, formPath, type OtherTool } from '@/lib/site/tool-finder';
import { ToolName } from '../mdx/CooperationTools';
import { Fact, Facts } from '../mdx/Facts';
import { withFigures } from '../mdx/Figure';
import { finderHostPage } from './FinderChrome';

/** What each fitting tool's panel shows, from cooperation-tools.yaml: the same texts as the comparison table. */
const FACTS = ['amount', 'duration', 'howToApply'] as const;

/**
 * The finder's answer: each tool that fits, with what it gives, how it is reached and where to read
 * more; the answers given, to change them; why each other tool does not fit.
 * Never a dead end: when no tool fits, the reasons say what would make one fit.
 */
export async function ToolFinderAnswer({
  locale,
  finder,
  answers,
  fitting,
  others,
  title,
}: {
  locale: Locale;
  finder: ToolFinderData;
  answers: Answers;
  fitting: FittingTool[];
  others: OtherTool[];
  title: string;
}) {
  const t = await getTranslations({ locale, namespace: 'ToolFinder' });
  const tTools = await getTranslations({ locale, namespace: 'Tools' });
  const host = finderHostPage(locale);
  const compareHref = host && (host.elements.some((e) => e.value === 'ToolsComparison') ? `${host.path}#tools-comparison-caption` : host.path);
  const panels = await Promise.all(
    fitting.map(async ({ tool, notes }) => ({
      tool,
      page: siteContent().pageByKey(locale, tool.page),
      purpose: await withFigures(tool.purpose[locale], locale),
      facts: await Promise.all(FACTS.map(async (criterion) => [criterion, await withFigures(tool[criterion][locale], locale)] as const)),
      notes: await Promise.all(notes.map((note) => withFigures(note[locale], locale))),
    })),
  );
  const reasons = await Promise.all(others.map(async ({ tool, reason }) => ({ tool, reason: await withFigures(reason[locale], locale) })));
  const given = await Promise.all(
    FINDER_QUESTIONS.map(async (question) => {
      const choice = finder.questions[question].choices[answers[question]];
      return { question, legend: finder.questions[question].legend[locale], answer: choice ? await withFigures(choice.label[locale], locale) : '' };
    }),
  );

  return (
    <div className="tool-finder-answer">
      <h1 className="text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl">{title}</h1>
      {panels.length === 0 && <p className="mt-4 text-lg text-slate-700">{t('noneFits')}</p>}
      {panels.map(({ tool, page, purpose, facts, notes }) => (
        <section key={tool.id} aria-labelledby={`answer-${tool.id}`} className="mt-8 rounded-lg border-2 border-brand-700 p-5 sm:p-6">
          <h2 id={`answer-${tool.id}`} className="text-2xl font-bold text-slate-900">
            {tool.name[locale]}
          </h2>
          <p className="mt-2 text-lg text-slate-700">{purpose}</p>
          {notes.map((note) => (
            <p key={note} className="mt-4 border-l-4 border-brand-700 bg-brand-50 p-3 font-semibold text-slate-900">
              {note}
            </p>
          ))}
          <Facts>
            {facts.map(([criterion, text]) => (
              <Fact key={criterion} term={tTools(criterion)}>
                {text}
              </Fact>
            ))}
          </Facts>
          {page && (
            <p className="mt-4">
              <Link href={page.path} className="font-semibold text-brand-800 underline underline-offset-2">
                {t('moreAbout', { tool: tool.name[locale] })}
              </Link>
            </p>
          )}
        </section>
      ))}

      <section aria-labelledby="answer-given" className="mt-10">
        <h2 id="answer-given" className="text-xl font-bold text-slate-900">
          {t('yourAnswers')}
        </h2>
        <dl className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
          {given.map(({ question, legend, answer }) => (
            <div key={question} className="py-3 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
              <dt className="font-semibold text-slate-900">{legend}</dt>
              <dd className="text-slate-800">{answer}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3">
          <Link href={formPath(finder, locale, answers)} className="font-semibold text-brand-800 underline underline-offset-2">
            {t('change')}
          </Link>
        </p>
      </section>

      {reasons.length > 0 && (
        <section aria-labelledby="answer-others" className="mt-10">
          <h2 id="answer-others" className="text-xl font-bold text-slate-900">
            {t('othersTitle')}
          </h2>
          <ul className="mt-3 space-y-4">
            {reasons.map(({ tool, reason }) => (
              <li key={tool.id}>
                <p className="font-semibold">
                  <ToolName tool={tool} locale={locale} linkClassName="text-brand-800 underline underline-offset-2" />
                </p>
                <p className="text-slate-800">{reason}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="mt-10 flex flex-wrap gap-x-6 gap-y-2">
        {compareHref && (
          <Link href={compareHref} className="font-semibold text-brand-800 underline underline-offset-2">
            {t('compare')}
          </Link>
        )}
        <Link href={toolFinderPaths[locale]} className="font-semibold text-brand-800 underline underline-offset-2">
          {t('startAgain')}
        </Link>
      </p>
    </div>
  );
}
