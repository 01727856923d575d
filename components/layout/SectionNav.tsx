import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type ContentPage, navTitleOf, neighbourhood, NEIGHBOURS } from '@/lib/content';

/**
 * The pages of the current section, so that a reader can move between sibling pages: the section's
 * own page, then the neighbours of the page being read (NEIGHBOURS on each side), and how many other
 * pages the section holds, on its own page. A page's weight never grows with its section.
 */
export async function SectionNav({ section, pages, current }: { section: ContentPage; pages: ContentPage[]; current: ContentPage }) {
  const t = await getTranslations('Navigation');
  // The page's own entry in the section: itself, or its ancestor among the section's pages.
  const entry = pages.find((page) => current.key === page.key || current.key.startsWith(`${page.key}/`)) ?? pages[0];
  if (!entry) return null;
  const shown = neighbourhood(pages, entry, NEIGHBOURS);
  const more = (count: number, where: 'pagesBefore' | 'pagesAfter') =>
    count > 0 && (
      <li>
        <Link href={section.path} className="toc-link">
          {t(where, { count })}
        </Link>
      </li>
    );
  return (
    <nav aria-labelledby="section-nav-title" className="section-nav">
      <h2 id="section-nav-title" className="mb-2 text-sm font-bold tracking-wide text-slate-700 uppercase">
        {t('inThisSection')}
      </h2>
      <ul className="space-y-1 text-sm">
        <li>
          <Link href={section.path} aria-current={section.key === current.key ? 'page' : undefined} className="toc-link">
            {navTitleOf(section)}
          </Link>
        </li>
        {more(shown.before, 'pagesBefore')}
        {shown.pages.map((page) => (
          <li key={page.key}>
            <Link href={page.path} aria-current={page.key === current.key ? 'page' : undefined} className="toc-link">
              {navTitleOf(page)}
            </Link>
          </li>
        ))}
        {more(shown.after, 'pagesAfter')}
      </ul>
    </nav>
  );
}
