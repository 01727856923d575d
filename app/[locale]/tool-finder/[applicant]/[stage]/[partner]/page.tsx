import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { FinderChrome } from '@/components/finder/FinderChrome';
import { ToolFinderAnswer } from '@/components/finder/ToolFinderAnswer';
import { type Locale, otherLocales, routing, toolFinderPaths } from '@/i18n/routing';
import { siteContent } from '@/lib/content';
import { allAnswers, answerFor, answerPath, answersOf } from '@/lib/site/tool-finder';

// One answer of the tool finder, prerendered for every combination of answers (3 × 4 × 2 in each
// language): /fr/quel-outil/crcn-recent/premier-contact/europe. The address is the answers, so it
// can be shared and bookmarked; an address with an unknown word is not found.

export const dynamicParams = false;

type Params = { locale: string; applicant: string; stage: string; partner: string };
type Props = { params: Promise<Params> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  const finder = siteContent().data.toolFinder;
  if (!finder || !hasLocale(routing.locales, params.locale)) return [];
  const locale: Locale = params.locale;
  return allAnswers(finder).map((answers) => {
    const [applicant = '', stage = '', partner = ''] = answerPath(finder, locale, answers).split('/').slice(-3);
    return { applicant, stage, partner };
  });
}

async function answerOf(params: Props['params']) {
  const { locale, applicant, stage, partner } = await params;
  const finder = siteContent().data.toolFinder;
  if (!hasLocale(routing.locales, locale) || !finder) return undefined;
  const answers = answersOf(finder, locale, { applicant, stage, partner });
  return answers && { locale, finder, answers, ...answerFor(finder, siteContent().data.tools, answers) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const answer = await answerOf(params);
  if (!answer) return {};
  const t = await getTranslations({ locale: answer.locale, namespace: 'ToolFinder' });
  const names = answer.fitting.map(({ tool }) => tool.name[answer.locale]);
  return {
    title: names.length > 0 ? `${names.join(', ')} – ${t('title')}` : t('answerTitle', { count: 0 }),
    robots: { index: false },
  };
}

export default async function ToolFinderAnswerRoute({ params }: Props) {
  const { locale } = await params;
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale);
  const answer = await answerOf(params);
  if (!answer) notFound();
  const { finder, answers, fitting, others } = answer;
  const t = await getTranslations('ToolFinder');
  const title = t('answerTitle', { count: fitting.length });
  return (
    <FinderChrome
      locale={answer.locale}
      title={title}
      trail={[
        { name: t('title'), path: toolFinderPaths[answer.locale] },
        { name: t('answerCrumb'), path: answerPath(finder, answer.locale, answers) },
      ]}
      languageLinks={otherLocales(answer.locale).map((other) => ({ locale: other, href: answerPath(finder, other, answers) }))}
    >
      <ToolFinderAnswer locale={answer.locale} finder={finder} answers={answers} fitting={fitting} others={others} title={title} />
    </FinderChrome>
  );
}
