import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ContentPage } from '@/lib/content';

/** From the home page to the current one, which is named but not linked. */
export async function Breadcrumbs({ ancestors, page }: { ancestors: ContentPage[]; page: ContentPage }) {
  const t = await getTranslations('Breadcrumbs');
  const tNav = await getTranslations('Navigation');
  return (
    <nav aria-label={t('label')} className="breadcrumbs mb-6 text-sm">
      <ol className="flex flex-wrap items-center gap-y-1">
        {ancestors.map((ancestor) => (
          <li key={ancestor.key} className="flex items-center">
            <Link href={ancestor.path} className="text-brand-800 underline underline-offset-2">
              {ancestor.key === '' ? tNav('home') : (ancestor.frontmatter.navTitle ?? ancestor.frontmatter.title)}
            </Link>
            <span aria-hidden="true" className="mx-2 text-slate-500">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" className="text-slate-700">
          {page.frontmatter.navTitle ?? page.frontmatter.title}
        </li>
      </ol>
    </nav>
  );
}
