import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type Locale, searchPaths } from '@/i18n/routing';
import { siteContent } from '@/lib/content';
import { searchSite } from '@/lib/search/site';
import type { LanguageLink } from './LanguageSwitch';
import { SearchForm } from './SearchForm';
import { StructuredData } from './StructuredData';

export async function SearchResults({ locale, query, otherLanguageLinks }: { locale: Locale; query: string; otherLanguageLinks: LanguageLink[] }) {
  const t = await getTranslations('Search');
  const tLanguage = await getTranslations('Languages');
  const { hits, suggestions } = searchSite(locale, query);
  const searchPath = searchPaths[locale];
  const title = query ? t('resultsTitle', { query }) : t('title');

  return (
    <div className="mx-auto max-w-3xl px-4 pt-8">
      <StructuredData page={{ path: query ? `${searchPath}?${new URLSearchParams({ q: query })}` : searchPath, name: title, inLanguage: locale, type: 'SearchResultsPage' }} locale={locale} />
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900">{title}</h1>
      <div className="mt-6">
        <SearchForm locale={locale} query={query} id="page-search" isRefinement />
      </div>
      {!query && <p className="mt-6 text-slate-700">{t('empty')}</p>}
      {query && (
        <>
          <p role="status" className="mt-6 font-semibold text-slate-800">
            {t('count', { count: hits.length })}
          </p>
          {hits.length > 0 ? (
            <ol className="mt-4 space-y-6">
              {hits.map((hit) => (
                <li key={hit.path}>
                  <h2 className="text-xl font-bold">
                    <Link href={hit.path} className="text-brand-800 underline underline-offset-2">
                      {hit.title}
                    </Link>
                  </h2>
                  <p className="text-sm text-slate-600">{t('section', { section: hit.section })}</p>
                  <p className="mt-1 text-slate-800">{hit.snippet.map((part, i) => (part.isMatch ? <mark key={i}>{part.text}</mark> : part.text))}</p>
                </li>
              ))}
            </ol>
          ) : (
            <div className="mt-4 space-y-4 text-slate-800">
              <p>{t('noResults')}</p>
              {suggestions.length > 0 && (
                <p>
                  {t('suggestions')}{' '}
                  {suggestions.map((suggestion, i) => (
                    <span key={suggestion}>
                      {i > 0 && ', '}
                      <Link href={`${searchPath}?${new URLSearchParams({ q: suggestion })}`} className="font-semibold text-brand-800 underline">
                        {suggestion}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
              <p>{t('tips')}</p>
              <ul className="list-disc pl-6">
                {siteContent()
                  .menu(locale, 'main')
                  .map((page) => (
                    <li key={page.key}>
                      <Link href={page.path} className="text-brand-800 underline">
                        {page.frontmatter.title}
                      </Link>
                    </li>
                  ))}
              </ul>
            </div>
          )}
          <ul className="mt-8 border-t border-slate-200 pt-4">
            {otherLanguageLinks.map((link) => (
              <li key={link.locale}>
                <a href={link.href} hrefLang={link.locale} className="text-brand-800 underline">
                  {t('otherLanguage', { query, language: tLanguage(link.locale) })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
