import { getTranslations } from 'next-intl/server';
import { type Locale, searchPaths } from '@/i18n/routing';

/** A plain GET form to the search page: works without JavaScript. */
export async function SearchForm({ locale, query = '', id, isRefinement = false }: { locale: Locale; query?: string; id: string; isRefinement?: boolean }) {
  const t = await getTranslations('Search');
  return (
    <form role="search" aria-label={t(isRefinement ? 'refine' : 'label')} action={searchPaths[locale]} method="get" className="search-form flex w-full max-w-sm">
      <label htmlFor={id} className="sr-only">
        {t('field')}
      </label>
      <input id={id} type="search" name="q" defaultValue={query} maxLength={200} autoComplete="off" className="min-h-11 w-full min-w-0 rounded-l border border-r-0 border-slate-400 px-3 text-base" />
      <button type="submit" className="min-h-11 rounded-r bg-bar px-4 font-semibold text-white hover:bg-bar-hover">
        {t('submit')}
      </button>
    </form>
  );
}
