import { getTranslations } from 'next-intl/server';
import { localeNames, type Locale } from '@/i18n/routing';

export interface LanguageLink {
  locale: Locale;
  href: string;
}

/** Plain links to the same page in the other languages: works without JavaScript. */
export async function LanguageSwitch({ links }: { links: LanguageLink[] }) {
  const t = await getTranslations('LanguageSwitch');
  return (
    <nav aria-label={t('label')} className="language-switch">
      <ul className="flex gap-2">
        {links.map(({ locale, href }) => (
          <li key={locale}>
            <a
              href={href}
              hrefLang={locale}
              lang={locale}
              className="inline-flex min-h-11 items-center rounded border border-brand-700 px-3 font-semibold text-brand-800 hover:bg-brand-50"
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
