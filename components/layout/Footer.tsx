import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type Locale, updatesPaths } from '@/i18n/routing';
import { navTitleOf, siteContent } from '@/lib/content';

export async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations('Footer');
  const tSite = await getTranslations('Site');
  const tUpdates = await getTranslations('Updates');
  const links = siteContent().menu(locale, 'footer');
  return (
    <footer className="site-footer mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-2">
        <div>
          <p className="font-bold text-slate-900">{tSite('name')}</p>
          <p className="mt-1 text-sm text-slate-700">{t('about')}</p>
          <p className="mt-3 text-sm text-slate-700">{t('copyright')}</p>
        </div>
        <nav aria-label={t('label')}>
          <ul className="flex flex-col gap-2 text-sm md:items-end">
            {links.map((page) => (
              <li key={page.key}>
                <Link href={page.path} className="text-brand-800 underline underline-offset-2">
                  {navTitleOf(page)}
                </Link>
              </li>
            ))}
            <li>
              <Link href={updatesPaths[locale]} className="text-brand-800 underline underline-offset-2">
                {tUpdates('navTitle')}
              </Link>
            </li>
            <li>
              <a href="https://www.inserm.fr/" className="text-brand-800 underline underline-offset-2">
                {t('institutionLink')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
