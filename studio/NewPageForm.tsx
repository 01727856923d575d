import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { navTitleOf, siteContent } from '@/lib/content';
import { FormToken } from './FormToken';

/**
 * The form that creates a page in both languages, as drafts (what `npm run content:new` does,
 * app/api/studio/new); when it refuses, the page comes back with its problems and what was typed.
 */
export async function NewPageForm({
  locale,
  problems,
  sameTitles,
  typed,
}: {
  locale: Locale;
  problems: string[];
  /** Titles another page already has: said before anything is written, the page made once confirmed. */
  sameTitles: string[];
  typed: (field: 'section' | 'titleFr' | 'titleEn') => string;
}) {
  const t = await getTranslations({ locale, namespace: 'Studio' });
  const content = siteContent();
  const sections = content.pagesIn(locale).filter((p) => p.parentKey === '' && !p.isFallback);
  return (
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
      {sameTitles.length > 0 && (
        <div role="alert" className="mt-4 border-l-4 border-amber-700 bg-amber-50 p-4 text-slate-900">
          <p className="font-semibold">{t('sameTitleIntro')}</p>
          <ul className="mt-2 list-disc pl-6">
            {sameTitles.map((said) => (
              <li key={said}>{said}</li>
            ))}
          </ul>
          <p className="mt-2">{t('sameTitleAdvice')}</p>
        </div>
      )}
      <form method="post" action="/api/studio/new" className="mt-4 flex flex-col gap-4">
        <FormToken />
        <input type="hidden" name="locale" value={locale} />
        <label className="flex flex-col gap-1 font-semibold text-slate-900">
          {t('section')}
          <select name="section" defaultValue={typed('section')} className="rounded border border-slate-500 bg-canvas p-2 font-normal">
            <option value="">{t('topLevel')}</option>
            {sections.map((section) => (
              <option key={section.key} value={section.key}>
                {navTitleOf(section)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-semibold text-slate-900">
          {t('titleFr')}
          <input name="titleFr" required lang="fr" defaultValue={typed('titleFr')} className="rounded border border-slate-500 bg-canvas p-2 font-normal" />
        </label>
        <label className="flex flex-col gap-1 font-semibold text-slate-900">
          {t('titleEn')}
          <input name="titleEn" required lang="en" defaultValue={typed('titleEn')} className="rounded border border-slate-500 bg-canvas p-2 font-normal" />
        </label>
        {sameTitles.length > 0 && (
          <label className="flex items-start gap-2 text-slate-900">
            <input type="checkbox" name="sameTitle" value="confirmed" className="mt-1 size-5" />
            {t('sameTitleConfirm')}
          </label>
        )}
        <p>
          <button type="submit" className="rounded min-h-11 bg-bar px-5 font-semibold text-white hover:bg-bar-hover focus-visible:outline-3 focus-visible:outline-offset-2">
            {t('create')}
          </button>
        </p>
      </form>
    </section>
  );
}
