import type { Metadata } from 'next';
import Link from 'next/link';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { ProblemList } from '@/preview/ProblemMark';
import { otherLocales, previewPaths, routing } from '@/i18n/routing';
import { siteContent } from '@/lib/content';

// The preview's list of every problem of the site (what `npm run content:check` prints), grouped by
// file. A `.dev.tsx` page: next.config.ts routes it in `npm run dev` only, production has no such page.

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Preview' });
  return { title: t('listTitle'), robots: { index: false } };
}

export default async function ProblemsRoute({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Preview');
  const problems = siteContent().problems();
  const files = [...new Set(problems.map((p) => p.file))].sort();
  const pageOf = (file: string) => siteContent().pages.find((p) => p.file === file && !p.isFallback);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

  return (
    <SiteChrome locale={locale} languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: previewPaths[other] }))}>
      <div className="mx-auto max-w-4xl px-4 pt-8">
        <h1 className="text-3xl font-extrabold tracking-tight text-slate-900">{t('listTitle')}</h1>
        <p className="mt-4 text-slate-700">{t.rich('listIntro', { code })}</p>
        {problems.length === 0 ? (
          <p role="status" className="mt-6 rounded border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-slate-900">
            {t('listNone')}
          </p>
        ) : (
          <>
            <p role="status" className="mt-6 font-semibold text-slate-900">
              {t('listCount', { errors, warnings: problems.length - errors })}
            </p>
            {errors > 0 && <p className="mt-2 text-slate-700">{t.rich('listErrorsBlock', { code })}</p>}
            {files.map((file) => {
              const page = pageOf(file);
              return (
                <section key={file} aria-labelledby={`file-${file}`} className="mt-8">
                  <h2 id={`file-${file}`} className="text-lg font-bold text-slate-900">
                    <code>{file}</code>
                  </h2>
                  {page && (
                    <p className="mt-1 text-sm">
                      <Link href={page.path} className="text-brand-800 underline underline-offset-2">
                        {t('openPage')} ({page.path})
                      </Link>
                    </p>
                  )}
                  <ul className="mt-3 space-y-2 text-sm text-slate-900">
                    <ProblemList problems={problems.filter((p) => p.file === file)} as="li" />
                  </ul>
                </section>
              );
            })}
          </>
        )}
      </div>
    </SiteChrome>
  );
}
