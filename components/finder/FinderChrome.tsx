import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { type ContentPage, navTitleOf, siteContent } from '@/lib/content';
import type { Crumb } from '@/lib/site/structured-data';
import { Breadcrumbs } from '../layout/Breadcrumbs';
import type { LanguageLink } from '../layout/LanguageSwitch';
import { SiteChrome } from '../layout/SiteChrome';
import { StructuredData } from '../layout/StructuredData';

/** The content page that shows the finder's form (`<ToolFinder />`): the finder's pages sit below it. */
export function finderHostPage(locale: Locale): ContentPage | undefined {
  return siteContent()
    .pagesIn(locale)
    .find((page) => page.elements.some((element) => element.value === 'ToolFinder'));
}

/**
 * The finder's own pages (its form, its answers) in the site's chrome: the menu marks the section of
 * the page that holds the form, the breadcrumbs lead back to it, and search engines read the same
 * trail. `trail` is what follows that page, this page last; `title` is the page's heading, `description`
 * the summary search engines read, where the page has one.
 */
export async function FinderChrome({
  locale,
  trail,
  title,
  description,
  languageLinks,
  children,
}: {
  locale: Locale;
  trail: Crumb[];
  title: string;
  description?: string;
  languageLinks: LanguageLink[];
  children: ReactNode;
}) {
  const tNav = await getTranslations({ locale, namespace: 'Navigation' });
  const host = finderHostPage(locale);
  const above = host ? [...siteContent().ancestors(host), host] : [];
  const crumbs: Crumb[] = [{ name: tNav('home'), path: `/${locale}` }, ...above.filter((page) => page.key !== '').map((page) => ({ name: navTitleOf(page), path: page.path })), ...trail];
  const current = crumbs.at(-1);
  return (
    <SiteChrome locale={locale} currentKey={undefined} currentSectionKey={host && siteContent().section(host)?.key} languageLinks={languageLinks}>
      <div className="mx-auto max-w-3xl px-4 pt-6">
        {current && <StructuredData page={{ path: current.path, name: title, description, inLanguage: locale, trail: crumbs }} locale={locale} />}
        <Breadcrumbs trail={crumbs} />
        {children}
      </div>
    </SiteChrome>
  );
}
