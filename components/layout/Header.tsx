import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { navTitleOf, siteContent } from '@/lib/content';
import { type LanguageLink, LanguageSwitch } from './LanguageSwitch';
import { SearchForm } from './SearchForm';

interface HeaderProps {
  locale: Locale;
  /** Key of the top-level section being read, to mark it in the menu. */
  currentSectionKey?: string;
  /** Key of the page being read. */
  currentKey?: string;
  languageLinks: LanguageLink[];
}

export async function Header({ locale, currentSectionKey, currentKey, languageLinks }: HeaderProps) {
  const t = await getTranslations('Site');
  const tNav = await getTranslations('Navigation');
  const items = siteContent().menu(locale, 'main');

  const list = (className: string) => (
    <ul className={className}>
      {items.map((item) => {
        const isCurrentPage = item.key === currentKey;
        const isCurrentSection = item.key === currentSectionKey;
        return (
          <li key={item.key}>
            <Link href={item.path} aria-current={isCurrentPage ? 'page' : isCurrentSection ? 'true' : undefined} className="nav-link">
              {navTitleOf(item)}
            </Link>
          </li>
        );
      })}
    </ul>
  );

  return (
    <header className="site-header border-b border-slate-200 bg-canvas">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <Link href={`/${locale}`} className="site-name order-1 flex flex-col leading-tight no-underline">
          <span className="text-xl font-extrabold tracking-tight text-brand-800">{t('institution')}</span>
          <span className="text-base font-semibold text-slate-800">{t('shortName')}</span>
        </Link>
        <div className="order-3 w-full sm:order-2 sm:ml-auto sm:w-auto">
          <SearchForm locale={locale} id="header-search" />
        </div>
        <div className="order-2 sm:order-3">
          <LanguageSwitch links={languageLinks} />
        </div>
      </div>
      <nav aria-label={tNav('label')} className="main-nav border-t border-slate-200 bg-bar">
        <div className="mx-auto max-w-6xl px-4">
          <details className="md:hidden">
            <summary className="flex min-h-12 cursor-pointer items-center gap-2 font-semibold text-white">{tNav('menu')}</summary>
            {list('flex flex-col pb-3')}
          </details>
          {list('hidden md:flex md:flex-wrap md:gap-1')}
        </div>
      </nav>
    </header>
  );
}
