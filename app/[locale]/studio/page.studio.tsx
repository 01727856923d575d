import type { Metadata } from 'next';
import Link from 'next/link';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { statusOf } from '@/components/preview/EditorBarContent';
import { type Locale, routing } from '@/i18n/routing';
import { type ContentPage, getAllPages } from '@/lib/content';
import { otherLocales } from '@/lib/content/query';
import { STUDIO_PATH, studioEditPath } from '@/lib/studio/config';

// The studio's front page (`npm run studio`): every page grouped by section, French and English side
// by side with where the translation stands, a link to edit each in the studio (Keystatic) and to see
// it, the button that records an up-to-date translation, and the form that creates a bilingual page.
// A `.studio.tsx` page: next.config.ts routes it under `npm run studio` only.

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Studio' });
  return { title: t('title'), robots: { index: false } };
}

const button = 'rounded border border-brand-700 px-2 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2';

export default async function StudioHome({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations('Studio');
  const tStatus = await getTranslations('Preview.status');
  const tLanguage = await getTranslations('Languages');
  const all = getAllPages().filter((p) => !p.isFallback);
  const originals = all.filter((p) => p.locale === routing.defaultLocale);
  const versionOf = (key: string, language: Locale) => all.find((p) => p.key === key && p.locale === language);
  const hasChildren = (page: ContentPage) => originals.some((p) => p.parentKey === page.key && page.key !== '');
  const groups = [
    { title: t('topLevel'), pages: originals.filter((p) => p.parentKey === null || p.parentKey === '') },
    ...originals.filter(hasChildren).map((section) => ({ title: section.frontmatter.navTitle ?? section.frontmatter.title, pages: originals.filter((p) => p.parentKey === section.key) })),
  ];
  const sections = originals.filter((p) => p.parentKey === '');
  const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);
  const problems = list(query.problem);
  const text = (name: string) => list(query[name])[0] ?? '';

  function Version({ page, language }: { page: ContentPage | undefined; language: Locale }) {
    if (!page) return <span className="text-slate-700">{tStatus('missing')}</span>;
    const status = language === routing.defaultLocale ? undefined : statusOf(page);
    return (
      <div className="flex flex-col gap-1">
        <span lang={language} className="font-semibold text-slate-900">
          {page.frontmatter.title}
        </span>
        <span className="text-sm text-slate-700">
          <code>{page.file}</code>
          {status && <> · {t('translation', { status: tStatus(status) })}</>}
          {page.frontmatter.draft && <> · {tStatus('draft')}</>}
        </span>
        <span className="flex flex-wrap gap-2">
          <Link className={button} href={studioEditPath(page.locale, page.source)}>
            {t('edit')}
            <span className="sr-only"> {page.frontmatter.title}</span>
          </Link>
          <Link className={button} href={page.path} hrefLang={page.locale}>
            {t('see')}
            <span className="sr-only"> {page.frontmatter.title}</span>
          </Link>
          {(status === 'outdated' || status === 'untracked') && (
            <form method="post" action="/api/studio/translated">
              <input type="hidden" name="file" value={page.file} />
              <input type="hidden" name="back" value={`/${locale}/studio`} />
              <button type="submit" className={button}>
                {t('record')}
                <span className="sr-only"> {page.frontmatter.title}</span>
              </button>
            </form>
          )}
        </span>
      </div>
    );
  }

  return (
    <SiteChrome locale={locale} languageLinks={otherLocales(locale).map((other) => ({ locale: other, href: `/${other}/studio` }))}>
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <h1 className="text-3xl font-extrabold tracking-tight text-slate-900">{t('title')}</h1>
        <p className="mt-4 max-w-3xl text-slate-700">{t('intro')}</p>
        <p className="mt-2">
          <Link className="font-semibold text-brand-800 underline" href={STUDIO_PATH}>
            {t('open')}
          </Link>
        </p>
        {groups.map((group) => (
          <section key={group.title} className="mt-10">
            <h2 className="text-2xl font-bold text-slate-900">{group.title}</h2>
            <table className="mt-4 w-full border-collapse text-left">
              <thead>
                <tr>
                  {routing.locales.map((language) => (
                    <th key={language} scope="col" className="w-1/2 border-b border-slate-300 py-2 pr-4 text-slate-900">
                      {tLanguage(language)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {group.pages.map((original) => (
                  <tr key={original.key} className="align-top">
                    {routing.locales.map((language) => (
                      <td key={language} className="border-b border-slate-200 py-3 pr-4">
                        <Version page={versionOf(original.key, language)} language={language} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
        <section className="mt-12 max-w-3xl" aria-labelledby="new-page">
          <h2 id="new-page" className="text-2xl font-bold text-slate-900">
            {t('newTitle')}
          </h2>
          <p className="mt-2 text-slate-700">{t('newIntro')}</p>
          {problems.length > 0 && (
            <div role="alert" className="mt-4 border-l-4 border-red-700 bg-red-50 p-4 text-slate-900">
              <p className="font-semibold">{t('newProblems')}</p>
              <ul className="mt-2 list-disc pl-6">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          <form method="post" action="/api/studio/new" className="mt-4 flex flex-col gap-4">
            <input type="hidden" name="locale" value={locale} />
            <label className="flex flex-col gap-1 font-semibold text-slate-900">
              {t('section')}
              <select name="section" defaultValue={text('section')} className="rounded border border-slate-500 bg-canvas p-2 font-normal">
                <option value="">{t('topLevel')}</option>
                {sections.map((section) => (
                  <option key={section.key} value={section.key}>
                    {section.frontmatter.navTitle ?? section.frontmatter.title}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1 font-semibold text-slate-900">
              {t('titleFr')}
              <input name="titleFr" required lang="fr" defaultValue={text('titleFr')} className="rounded border border-slate-500 bg-canvas p-2 font-normal" />
            </label>
            <label className="flex flex-col gap-1 font-semibold text-slate-900">
              {t('titleEn')}
              <input name="titleEn" required lang="en" defaultValue={text('titleEn')} className="rounded border border-slate-500 bg-canvas p-2 font-normal" />
            </label>
            <p>
              <button type="submit" className="rounded min-h-11 bg-bar px-5 font-semibold text-white hover:bg-bar-hover focus-visible:outline-3 focus-visible:outline-offset-2">
                {t('create')}
              </button>
            </p>
          </form>
        </section>
      </div>
    </SiteChrome>
  );
}
