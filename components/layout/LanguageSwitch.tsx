import { getTranslations } from 'next-intl/server';
import { localeNames, type Locale } from '@/i18n/routing';
import { languageSwitchHref } from '@/lib/site/language';

export interface LanguageLink {
  locale: Locale;
  href: string;
}

/**
 * Plain links to the same page in the other languages, through /language, which records the choice
 * (so that `/` remembers it) and leads on to the page: works without JavaScript. Search engines
 * find the other languages through `hreflang` in each page's head, not through this link.
 */
export async function LanguageSwitch({ links }: { links: LanguageLink[] }) {
  const t = await getTranslations('LanguageSwitch');
  return (
    <nav aria-label={t('label')} className="language-switch">
      <ul className="flex gap-2">
        {links.map(({ locale, href }) => (
          <li key={locale}>
            <a
              href={languageSwitchHref(href)}
              hrefLang={locale}
              rel="nofollow"
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
