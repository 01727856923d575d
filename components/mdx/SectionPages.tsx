import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { type Address, lastUpdated, LIST_PAGE_SIZE, listPageCount, listPagePath, siteContent } from '@/lib/content';

/** The page numbers a list's navigation shows: the first, the last, and the current one with its two neighbours on each side. */
function pageNumbers(current: number, total: number): (number | 'gap')[] {
  const shown = [...new Set([1, total, ...[-2, -1, 0, 1, 2].map((d) => current + d)])].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? n) > 1 ? (['gap', n] as const) : [n]));
}

/**
 * A section's pages, page by page: `<SectionPages />` on a section's page lists them (in the order the
 * section asks for, `sort:` in its frontmatter), LIST_PAGE_SIZE at a time; the next ones are at
 * `/<section>/page/2`… with real links, prerendered, that need no script.
 */
export async function SectionPages({ locale, address }: { locale: Locale; address: Address }) {
  const { page: section, listPage } = address;
  const pages = siteContent().children(section);
  const total = listPageCount(pages.length);
  const first = (listPage - 1) * LIST_PAGE_SIZE;
  const shown = pages.slice(first, first + LIST_PAGE_SIZE);
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const format = await getFormatter({ locale });
  const link = 'font-semibold text-brand-800 underline underline-offset-2 hover:no-underline';
  return (
    <section aria-labelledby="section-pages-title" className="section-pages not-prose my-8">
      <h2 id="section-pages-title" className="text-2xl font-bold text-slate-900">
        {t('title', { count: pages.length })}
      </h2>
      {total > 1 && <p className="mt-1 text-sm text-slate-700">{t('range', { from: first + 1, to: first + shown.length, count: pages.length })}</p>}
      <ol start={first + 1} className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
        {shown.map((page) => (
          <li key={page.key} className="py-4">
            <h3 className="text-lg font-bold">
              <Link href={page.path} className={link}>
                {page.frontmatter.title}
              </Link>
            </h3>
            <p className="mt-1 text-slate-800">{page.frontmatter.description}</p>
            <p className="mt-1 text-sm text-slate-700">
              {t.rich('updated', {
                date: format.dateTime(lastUpdated(page), 'day'),
                time: (chunks) => <time dateTime={page.frontmatter.updated}>{chunks}</time>,
              })}
            </p>
          </li>
        ))}
      </ol>
      {total > 1 && (
        <nav aria-label={t('nav')} className="mt-6">
          <ul className="flex flex-wrap items-center gap-2">
            {listPage > 1 && (
              <li>
                <Link href={listPagePath(section, listPage - 1)} rel="prev" className={`inline-flex min-h-11 items-center px-2 ${link}`}>
                  {t('previous')}
                </Link>
              </li>
            )}
            {pageNumbers(listPage, total).map((n, i) =>
              n === 'gap' ? (
                <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-700">
                  …
                </li>
              ) : (
                <li key={n}>
                  {n === listPage ? (
                    <span aria-current="page" className="inline-flex min-h-11 min-w-11 items-center justify-center rounded bg-bar px-2 font-bold text-white">
                      <span className="sr-only">{t('page', { page: n })}</span>
                      <span aria-hidden="true">{n}</span>
                    </span>
                  ) : (
                    <Link
                      href={listPagePath(section, n)}
                      aria-label={t('page', { page: n })}
                      className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-slate-300 ${link}`}
                    >
                      {n}
                    </Link>
                  )}
                </li>
              ),
            )}
            {listPage < total && (
              <li>
                <Link href={listPagePath(section, listPage + 1)} rel="next" className={`inline-flex min-h-11 items-center px-2 ${link}`}>
                  {t('next')}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </section>
  );
}
