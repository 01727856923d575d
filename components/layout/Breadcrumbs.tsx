import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Crumb } from '@/lib/site/structured-data';

/** From the home page to the current one (the trail's last), which is named but not linked. */
export async function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const t = await getTranslations('Breadcrumbs');
  const ancestors = trail.slice(0, -1);
  const current = trail.at(-1);
  return (
    <nav aria-label={t('label')} className="breadcrumbs mb-6 text-sm">
      <ol className="flex flex-wrap items-center gap-y-1">
        {ancestors.map((crumb) => (
          <li key={crumb.path} className="flex items-center">
            <Link href={crumb.path} className="text-brand-800 underline underline-offset-2">
              {crumb.name}
            </Link>
            <span aria-hidden="true" className="mx-2 text-slate-500">
              ›
            </span>
          </li>
        ))}
        {current && (
          <li aria-current="page" className="text-slate-700">
            {current.name}
          </li>
        )}
      </ol>
    </nav>
  );
}
