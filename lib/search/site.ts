import type { Locale } from '../../i18n/routing';
import { type Content, navTitleOf, siteContent } from '../content';
import { buildSearchIndex, search, type SearchIndex } from '.';

/** Each content's search indexes, one per language, built on first use: once for the site, once per request of the preview. */
const indexes = new WeakMap<Content, Map<Locale, SearchIndex>>();

/** Searches the site's pages in one language. */
export function searchSite(locale: Locale, query: string) {
  const content = siteContent();
  let byLocale = indexes.get(content);
  if (!byLocale) {
    byLocale = new Map();
    indexes.set(content, byLocale);
  }
  let index = byLocale.get(locale);
  if (!index) {
    index = buildSearchIndex(content.pagesIn(locale), (page) => navTitleOf(content.section(page) ?? page));
    byLocale.set(locale, index);
  }
  return search(index, query);
}
