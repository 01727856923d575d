import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { FinderChrome } from '@/components/finder/FinderChrome';
import { firstChoiceId, ToolFinderForm } from '@/components/finder/ToolFinderForm';
import { otherLocales, routing, toolFinderPaths } from '@/i18n/routing';
import { siteContent } from '@/lib/content';
import { answerPath, formPath, isComplete, readForm } from '@/lib/site/tool-finder';

// The tool finder's form, at /fr/quel-outil and /en/which-tool (rewritten here, next.config.ts).
// Sent complete, it leads to the prerendered answer for those answers; sent with a question left
// out, it comes back with GOV.UK's error summary at the top, each error linked to its question, and
// the answers already given still ticked. Rendered on request: it reads the query.

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function formOf({ params, searchParams }: Props) {
  const { locale } = await params;
  const finder = siteContent().data.toolFinder;
  if (!hasLocale(routing.locales, locale) || !finder) return undefined;
  return { locale, finder, ...readForm(finder, locale, await searchParams) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const form = await formOf(props);
  if (!form) return {};
  const t = await getTranslations({ locale: form.locale, namespace: 'ToolFinder' });
  const hasErrors = form.sent && form.missing.length > 0;
  const path = toolFinderPaths[form.locale];
  return {
    title: hasErrors ? t('titleWithErrors', { title: t('title') }) : t('title'),
    description: t('description'),
    alternates: { canonical: path },
    robots: { index: false },
    openGraph: {
      title: t('title'),
      description: t('description'),
      url: path,
      locale: form.locale,
      type: 'website',
      images: [{ url: `/og${path}`, width: 1200, height: 630, alt: t('title') }],
    },
  };
}

export default async function ToolFinderRoute(props: Props) {
  const { locale } = await props.params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const form = await formOf(props);
  if (!form) notFound();
  const { finder, answers, sent, missing } = form;
  if (sent && isComplete(answers)) redirect(answerPath(finder, locale, answers));
  const t = await getTranslations('ToolFinder');
  const title = t('title');
  const errors = sent ? missing : [];
  return (
    <FinderChrome
      locale={locale}
      title={title}
      description={t('description')}
      trail={[{ name: title, path: toolFinderPaths[locale] }]}
      languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: formPath(finder, other, answers) }))}
    >
      {errors.length > 0 && (
        <div role="alert" aria-labelledby="finder-errors-title" className="mb-8 rounded border-4 border-red-700 p-4 sm:p-5">
          <h2 id="finder-errors-title" className="text-xl font-bold text-slate-900">
            {t('errorSummary')}
          </h2>
          <ul className="mt-3 list-none space-y-1 p-0">
            {errors.map((question) => (
              <li key={question}>
                <a href={`#${firstChoiceId(finder, question)}`} className="font-bold text-red-800 underline underline-offset-2">
                  {finder.questions[question].error[locale]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h1 className="text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl">{title}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('intro')}</p>
      <ToolFinderForm finder={finder} locale={locale} answers={answers} missing={errors} />
    </FinderChrome>
  );
}
