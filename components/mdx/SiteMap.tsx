import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { type ContentPage, SITE_MAP_PAGES, siteContent } from '@/lib/content';

async function Branch({ page, locale }: { page: ContentPage; locale: Locale }) {
  const children = siteContent().children(page);
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
  const home = siteContent().home(locale);
  if (!home) return null;
  return (
    <ul className="site-map">
      <li>
        <Link href={home.path}>{home.frontmatter.title}</Link>
        <ul>
          {[...siteContent().menu(locale, 'main'), ...siteContent().menu(locale, 'footer')].map((page) => (
            <Branch key={page.key} page={page} locale={locale} />
          ))}
        </ul>
      </li>
    </ul>
  );
}
