import type { Locale } from '../../i18n/routing';
import { getPagesIn, getSection } from '../content';
import { buildSearchIndex, search, type SearchIndex } from '.';

const indexes = new Map<Locale, SearchIndex>();

/** Searches the site's pages in one language; the index is built from the content layer on first use. */
export function searchSite(locale: Locale, query: string) {
  let index = indexes.get(locale);
  if (!index || process.env.NODE_ENV === 'development') {
    index = buildSearchIndex(getPagesIn(locale), (page) => {
      const { navTitle, title } = (getSection(page) ?? page).frontmatter;
      return navTitle ?? title;
    });
    indexes.set(locale, index);
  }
  return search(index, query);
}
