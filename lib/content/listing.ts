import type { ContentPage } from './load';

/**
 * A section's pages, listed page by page: however many it has, no page of the site carries more
 * than a bounded number of them. The first page of a section's list is the section's own page (where
 * its text places `<SectionPages />`); the next ones are at `/<section>/page/2`, `/page/3`, …
 */

/** Pages per page of a section's list. */
export const LIST_PAGE_SIZE = 50;
/** How many of its neighbours, on each side, a page's section navigation shows. */
export const NEIGHBOURS = 5;
/** How many pages of each section the site map shows before it points to the section's list. */
export const SITE_MAP_PAGES = 50;

/** The segment of a list's pages: reserved, no page may take it as its slug. */
export const LIST_SEGMENT = 'page';

/** Whether a section lists its pages (its text has `<SectionPages />`). */
export const listsItsPages = (page: ContentPage) => page.elements.some((element) => element.value === 'SectionPages');

export const listPageCount = (pages: number) => Math.max(1, Math.ceil(pages / LIST_PAGE_SIZE));

/** The address of page `n` of a section's list. */
export const listPagePath = (section: ContentPage, n: number) => (n <= 1 ? section.path : `${section.path}/${LIST_SEGMENT}/${n}`);

/** `[…section, 'page', '3']` → the section's segments and 3; anything else (page 1 included: it is the section's own address) → undefined. */
export function listPageOf(segments: readonly string[]): { sectionSegments: string[]; n: number } | undefined {
  const [segment, number] = segments.slice(-2);
  if (segments.length < 2 || segment !== LIST_SEGMENT || !/^[1-9]\d*$/.test(number ?? '')) return undefined;
  const n = Number(number);
  return n >= 2 ? { sectionSegments: segments.slice(0, -2), n } : undefined;
}
