import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { type ContentPage, hasTableOfContents, lastUpdated, listPagePath, navTitleOf, siteContent } from '@/lib/content';
import { FinderInvitation } from '../finder/FinderInvitation';
import { Breadcrumbs } from './Breadcrumbs';
import { PageHistory } from './PageHistory';
import { PageNotice } from './PageNotice';
import { SectionNav } from './SectionNav';
import { StructuredData } from './StructuredData';
import { TableOfContents } from './TableOfContents';

/**
 * A content page: breadcrumbs, title, description, date, section navigation and table of contents,
 * text. `notice` comes first (the preview's problems); `listPage` (≥ 2) is a further page of a
 * section's list of its pages.
 */
export async function PageView({ page, listPage = 1, notice, children }: { page: ContentPage; listPage?: number; notice?: ReactNode; children: ReactNode }) {
  const t = await getTranslations('Page');
  const tListing = await getTranslations('Listing');
  const tNav = await getTranslations('Navigation');
  const format = await getFormatter();
  const isHome = page.key === '';
  const section = siteContent().section(page);
  const sectionPages = section ? siteContent().children(section) : [];
  const hasToc = hasTableOfContents(page);
  const updates = siteContent().updatesOf(page);
  const hasAside = hasToc || sectionPages.length > 0;
  const updated = page.frontmatter.updated;
  const title = listPage > 1 ? tListing('pageTitle', { title: page.frontmatter.title, page: listPage }) : page.frontmatter.title;
  const path = listPagePath(page, listPage);
  // The trail the page shows, and search engines read (StructuredData): home, sections, this page.
  const trail = [...siteContent().ancestors(page), page].map((p) => ({ name: p.key === '' ? tNav('home') : navTitleOf(p), path: p.path }));
  if (listPage > 1) trail.splice(-1, 1, { name: title, path });

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <StructuredData
        page={{ path, name: title, description: page.frontmatter.description, inLanguage: page.contentLocale, dateModified: updated, trail: isHome ? undefined : trail }}
        locale={page.locale}
        isHome={isHome}
      />
      {!isHome && <Breadcrumbs trail={trail} />}
      <article className={hasAside ? 'page-grid has-aside' : 'page-grid'}>
        {/* The home page's title shares its row with the question visitors come with. */}
        <header className={isHome ? 'page-head mb-10 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-12' : 'page-head mb-8 max-w-3xl'}>
          <div className="max-w-3xl">
            {notice}
            <PageNotice page={page} original={siteContent().original(page)} />
            <h1 lang={page.isFallback ? page.contentLocale : undefined} className="text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl">
              {title}
            </h1>
            <p lang={page.isFallback ? page.contentLocale : undefined} className="mt-4 text-lg text-slate-700">
              {page.frontmatter.description}
            </p>
            <p className="mt-3 text-sm text-slate-600">
              {t.rich('updated', {
                date: format.dateTime(lastUpdated(page), 'day'),
                time: (chunks) => <time dateTime={updated}>{chunks}</time>,
              })}
              {updates.length > 0 && (
                <>
                  {' — '}
                  <a href={`#${t('historyId')}`} className="underline underline-offset-2">
                    {t('allUpdates')}
                  </a>
                </>
              )}
            </p>
          </div>
          {isHome && <FinderInvitation locale={page.locale} />}
        </header>
        {hasAside && (
          <aside className="page-aside">
            <div className="space-y-6 rounded border border-slate-200 bg-slate-50 p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:border-0 lg:bg-transparent lg:p-0">
              {section && sectionPages.length > 0 && <SectionNav section={section} pages={sectionPages} current={page} />}
              {hasToc && <TableOfContents headings={page.headings} />}
            </div>
          </aside>
        )}
        {/* The home page is the front door: figures and cards use the whole width, its text keeps a readable measure. */}
        <div lang={page.isFallback ? page.contentLocale : undefined} className={isHome ? 'page-body home-body prose max-w-none' : 'page-body prose max-w-3xl'}>
          {children}
        </div>
        <PageHistory updates={updates} locale={page.locale} />
      </article>
    </div>
  );
}
