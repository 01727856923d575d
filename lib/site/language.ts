import { LANGUAGE_CHOICE_PATH, type Locale, routing, searchPaths, toolFinderFields, toolFinderPaths } from '@/i18n/routing';
import { localAddress } from './local-address';

/** The query a page keeps through the language switch, by address: the search's words, the finder's answers. */
const keptQuery = new Map<string, string[]>(
  routing.locales.flatMap((locale) => [
    [searchPaths[locale], ['q']],
    [toolFinderPaths[locale], [toolFinderFields[locale].applicant, toolFinderFields[locale].stage, toolFinderFields[locale].partner]],
  ]),
);

/**
 * Where the language switch may lead, and the language chosen: an address of the site
 * (`isAddress`), with the query only the search and the tool finder keep, never another site.
 * Anything else is refused: no open redirect.
 */
export function languageChoice(to: string, isAddress: (pathname: string) => boolean): { locale: Locale; location: string } | undefined {
  const url = localAddress(to);
  if (!url || !isAddress(url.pathname)) return undefined;
  const locale = routing.locales.find((l) => url.pathname === `/${l}` || url.pathname.startsWith(`/${l}/`));
  if (!locale) return undefined;
  const query = new URLSearchParams();
  for (const name of keptQuery.get(url.pathname) ?? []) {
    const value = url.searchParams.get(name);
    if (value) query.set(name, value.slice(0, 200));
  }
  return { locale, location: query.size > 0 ? `${url.pathname}?${query}` : url.pathname };
}

/** The address of the language switch for a page: through the endpoint that records the choice. */
export const languageSwitchHref = (path: string) => `${LANGUAGE_CHOICE_PATH}?${new URLSearchParams({ to: path })}`;
