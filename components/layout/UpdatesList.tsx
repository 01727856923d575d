import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { feedPaths, type Locale } from '@/i18n/routing';
import { siteContent } from '@/lib/content';

/** Every published update of the site in one language, newest first: when, which page, what changed. */
export async function UpdatesList({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Updates' });
  const format = await getFormatter({ locale });
  const updates = siteContent().latestUpdates(locale);
  return (
    <div className="mx-auto max-w-3xl px-4 pt-8">
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('intro')}</p>
      <p className="mt-3">
        <a href={feedPaths[locale]} type="application/atom+xml" className="font-semibold text-brand-800 underline underline-offset-2">
          {t('feed')}
        </a>
      </p>
      {updates.length === 0 ? (
        <p className="mt-8 text-slate-700">{t('none')}</p>
      ) : (
        <ol className="mt-8 space-y-6">
          {updates.map((update) => (
            <li key={`${update.page.path}-${update.date}-${update.note}`} className="border-b border-slate-200 pb-4">
              <time dateTime={update.date} className="text-sm font-semibold text-slate-700">
                {format.dateTime(new Date(`${update.date}T12:00:00Z`), 'day')}
              </time>
              <h2 className="mt-1 text-lg font-bold">
                <Link href={update.page.path} className="text-brand-800 underline underline-offset-2">
                  {update.page.frontmatter.title}
                </Link>
              </h2>
              <p className="mt-1 text-slate-800">{update.note}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
