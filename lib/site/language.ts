import { LANGUAGE_CHOICE_PATH, type Locale, routing, searchPaths } from '@/i18n/routing';

const ORIGIN = 'https://site.invalid';

/**
 * Where the language switch may lead, and the language chosen: a page of the site (or the search
 * page, with its query only), never another site. Anything else is refused: no open redirect.
 */
export function languageChoice(to: string, pages: ReadonlySet<string>): { locale: Locale; location: string } | undefined {
  if (!to.startsWith('/') || to.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(to)) return undefined;
  let url: URL;
  try {
    url = new URL(to, ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== ORIGIN) return undefined;
  const isSearch = (Object.values(searchPaths) as string[]).includes(url.pathname);
  if (!isSearch && !pages.has(url.pathname)) return undefined;
  const locale = routing.locales.find((l) => url.pathname === `/${l}` || url.pathname.startsWith(`/${l}/`));
  if (!locale) return undefined;
  const query = isSearch ? (url.searchParams.get('q') ?? '').slice(0, 200) : '';
  return { locale, location: query ? `${url.pathname}?${new URLSearchParams({ q: query })}` : url.pathname };
}

/** The address of the language switch for a page: through the endpoint that records the choice. */
export const languageSwitchHref = (path: string) => `${LANGUAGE_CHOICE_PATH}?${new URLSearchParams({ to: path })}`;
