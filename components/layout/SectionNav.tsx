import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ContentPage } from '@/lib/content';

/** The pages of the current section, so that a reader can move between sibling pages. */
export async function SectionNav({ section, pages, currentKey }: { section: ContentPage; pages: ContentPage[]; currentKey: string }) {
  const t = await getTranslations('Navigation');
  return (
    <nav aria-labelledby="section-nav-title" className="section-nav">
      <h2 id="section-nav-title" className="mb-2 text-sm font-bold tracking-wide text-slate-700 uppercase">
        {t('inThisSection')}
      </h2>
      <ul className="space-y-1 text-sm">
        {[section, ...pages].map((page) => (
          <li key={page.key}>
            <Link href={page.path} aria-current={page.key === currentKey ? 'page' : undefined} className="toc-link">
              {page.frontmatter.navTitle ?? page.frontmatter.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
