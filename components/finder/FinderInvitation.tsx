import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type Locale, toolFinderPaths } from '@/i18n/routing';
import { siteContent } from '@/lib/content';

/** On the home page, beside its title: the question visitors come with, and the way to its answer. */
export async function FinderInvitation({ locale }: { locale: Locale }) {
  if (!siteContent().data.toolFinder) return null;
  const t = await getTranslations({ locale, namespace: 'ToolFinder' });
  return (
    <aside aria-labelledby="finder-invitation-title" className="finder-invitation mt-8 rounded-lg bg-bar p-6 text-white lg:mt-0">
      <h2 id="finder-invitation-title" className="text-xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-2">{t('intro')}</p>
      <Link href={toolFinderPaths[locale]} className="mt-4 inline-flex min-h-11 items-center rounded bg-canvas px-4 font-semibold text-brand-800 underline-offset-4 hover:underline">
        {t('start')}
      </Link>
    </aside>
  );
}
