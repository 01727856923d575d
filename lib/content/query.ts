import { routing, type Locale } from '../../i18n/routing';
import type { ContentPage } from './load';

/** Pure questions about a list of pages; `index.ts` asks them of the site's own content. */

const byOrder = (a: ContentPage, b: ContentPage) =>
  a.frontmatter.order - b.frontmatter.order || a.frontmatter.title.localeCompare(b.frontmatter.title, a.locale);

export function findPage(pages: ContentPage[], locale: Locale, segments: readonly string[] = []): ContentPage | undefined {
  const wanted = segments.map((s) => s.toLowerCase()).join('/');
  return pages.find((p) => p.locale === locale && p.segments.join('/') === wanted);
}

/** The same page in every language the site shows it in (fallbacks included), keyed by locale. */
export function translationsOf(pages: ContentPage[], page: ContentPage): Partial<Record<Locale, ContentPage>> {
  return Object.fromEntries(pages.filter((p) => p.key === page.key).map((p) => [p.locale, p]));
}

export function childrenOf(pages: ContentPage[], page: ContentPage): ContentPage[] {
  return pages.filter((p) => p.locale === page.locale && p.parentKey === page.key).sort(byOrder);
}

/** From the home page down to the page's parent. */
export function ancestorsOf(pages: ContentPage[], page: ContentPage): ContentPage[] {
  const chain: ContentPage[] = [];
  let parentKey = page.parentKey;
  while (parentKey !== null) {
    const parent = pages.find((p) => p.locale === page.locale && p.key === parentKey);
    if (!parent) break;
    chain.unshift(parent);
    parentKey = parent.parentKey;
  }
  return chain;
}

/** Top-level pages listed in the given menu, in their order. */
export function menuOf(pages: ContentPage[], locale: Locale, menu: 'main' | 'footer'): ContentPage[] {
  return pages.filter((p) => p.locale === locale && p.parentKey === '' && p.frontmatter.menu === menu).sort(byOrder);
}

/** The section a page belongs to: its top-level ancestor (or itself), `undefined` for home. */
export function sectionOf(pages: ContentPage[], page: ContentPage): ContentPage | undefined {
  if (page.parentKey === null) return undefined;
  return page.parentKey === '' ? page : ancestorsOf(pages, page)[1];
}

export function otherLocales(locale: Locale): Locale[] {
  return routing.locales.filter((l) => l !== locale);
}

/** Pages with at least this many sections get a table of contents unless their frontmatter says otherwise. */
const TOC_MIN_SECTIONS = 3;

export function hasTableOfContents(page: ContentPage): boolean {
  return page.frontmatter.toc ?? page.headings.filter((h) => h.depth === 2).length >= TOC_MIN_SECTIONS;
}

/** The default-language version a translation was made from, if the page is a translation. */
export function originalOf(pages: ContentPage[], page: ContentPage): ContentPage | undefined {
  if (page.locale === routing.defaultLocale || page.isFallback) return undefined;
  return pages.find((p) => p.key === page.key && p.locale === routing.defaultLocale && !p.isFallback);
}
