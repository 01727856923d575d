import Link from 'next/link';
import type { Locale } from '@/i18n/routing';
import { type ContentPage, getChildren, getHomePage, getMenu } from '@/lib/content';

function Branch({ page }: { page: ContentPage }) {
  const children = getChildren(page);
  return (
    <li>
      <Link href={page.path}>{page.frontmatter.title}</Link>
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <Branch key={child.key} page={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Every page of the current language, as a nested list built from the content itself. */
export function SiteMap({ locale }: { locale: Locale }) {
  const home = getHomePage(locale);
  if (!home) return null;
  return (
    <ul className="site-map">
      <li>
        <Link href={home.path}>{home.frontmatter.title}</Link>
        <ul>
          {[...getMenu(locale, 'main'), ...getMenu(locale, 'footer')].map((page) => (
            <Branch key={page.key} page={page} />
          ))}
        </ul>
      </li>
    </ul>
  );
}
