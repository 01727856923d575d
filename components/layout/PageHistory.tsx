import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { PageUpdate } from '@/lib/content';

/** A page's published updates, newest first, at the foot of the page: « Toutes les mises à jour ». */
export async function PageHistory({ updates, locale }: { updates: PageUpdate[]; locale: Locale }) {
  if (updates.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Page' });
  const format = await getFormatter({ locale });
  return (
    <section id={t('historyId')} aria-labelledby="page-history-title" className="page-history mt-12 max-w-3xl border-t border-slate-200 pt-6">
      <h2 id="page-history-title" className="text-xl font-bold text-slate-900">
        {t('historyTitle')}
      </h2>
      <ol className="mt-4 space-y-3">
        {updates.map((update) => (
          <li key={`${update.date}-${update.note[locale]}`}>
            <time dateTime={update.date} className="font-semibold text-slate-900">
              {format.dateTime(new Date(`${update.date}T12:00:00Z`), 'day')}
            </time>
            <p className="text-slate-700">{update.note[locale]}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
