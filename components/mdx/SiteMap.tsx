import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { type ContentPage, getChildren, getHomePage, getMenu } from '@/lib/content';
import { SITE_MAP_PAGES } from '@/lib/content/listing';

async function Branch({ page, locale }: { page: ContentPage; locale: Locale }) {
  const children = getChildren(page);
  const t = await getTranslations({ locale, namespace: 'SiteMap' });
  const more = children.length - SITE_MAP_PAGES;
  return (
    <li>
      <Link href={page.path}>{page.frontmatter.title}</Link>
      {children.length > 0 && (
        <ul>
          {children.slice(0, SITE_MAP_PAGES).map((child) => (
            <Branch key={child.key} page={child} locale={locale} />
          ))}
          {more > 0 && (
            <li>
              <Link href={page.path}>{t('more', { count: more })}</Link>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

/**
 * Every section of the current language, as a nested list built from the content itself; a section
 * of more than SITE_MAP_PAGES pages shows its first ones and leads to its own list of all of them.
 */
export function SiteMap({ locale }: { locale: Locale }) {
  const home = getHomePage(locale);
  if (!home) return null;
  return (
    <ul className="site-map">
      <li>
        <Link href={home.path}>{home.frontmatter.title}</Link>
        <ul>
          {[...getMenu(locale, 'main'), ...getMenu(locale, 'footer')].map((page) => (
            <Branch key={page.key} page={page} locale={locale} />
          ))}
        </ul>
      </li>
    </ul>
  );
}
