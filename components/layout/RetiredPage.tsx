import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { searchPaths } from '@/i18n/routing';
import { type ContentPage, navTitleOf, siteContent } from '@/lib/content';

/** What the address of a retired page says (with status 410, lib/serve): when and why it was withdrawn, and where to go on. */
export async function RetiredPage({ page }: { page: ContentPage }) {
  const t = await getTranslations({ locale: page.locale, namespace: 'Retired' });
  const format = await getFormatter({ locale: page.locale });
  const retired = page.frontmatter.retired;
  const section = siteContent().section(page);
  return (
    <div className="mx-auto max-w-3xl px-4 pt-8">
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('lead', { title: page.frontmatter.title, date: retired ? format.dateTime(new Date(`${retired.date}T12:00:00Z`), 'day') : '' })}</p>
      {retired?.note && (
        <>
          <h2 className="mt-6 text-lg font-bold text-slate-900">{t('why')}</h2>
          <p className="mt-2 text-slate-800">{retired.note}</p>
        </>
      )}
      <ul className="mt-8 space-y-2">
        {section && section.key !== page.key && (
          <li>
            <Link href={section.path} className="font-semibold text-brand-800 underline underline-offset-2">
              {t('section', { section: navTitleOf(section) })}
            </Link>
          </li>
        )}
        <li>
          <Link href={`/${page.locale}`} className="font-semibold text-brand-800 underline underline-offset-2">
            {t('home')}
          </Link>
        </li>
        <li>
          <Link href={searchPaths[page.locale]} className="font-semibold text-brand-800 underline underline-offset-2">
            {t('search')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
