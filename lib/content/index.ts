import path from 'node:path';
import { cache } from 'react';
import type { Locale } from '../../i18n/routing';
import { siteProblems, type SiteContent } from './check';
import { loadSiteData } from './data';
import { listPageCount, listPageOf, listPagePath, listsItsPages } from './listing';
import { type ContentPage, loadContentTree } from './load';
import { ParseCache } from './parse-cache';
import { type ContentProblem, ContentError } from './problems';
import { SiteIndex } from './query';

export type { ContentPage, TranslationState } from './load';
export type { Heading } from './parse';
export type { CooperationTool, Figure, SiteData, WorldMapData } from './data';

/** The content layer: the only code that reads `content/`. Everything else asks it. */

/** `npm run dev` is the editors' preview: drafts shown, problems shown on the pages instead of thrown. */
export const isPreview = process.env.NODE_ENV === 'development';

// The preview may be pointed at a copy of content/ (the preview's own end-to-end test does).
const CONTENT_ROOT = isPreview && process.env.CONTENT_ROOT ? path.resolve(process.env.CONTENT_ROOT) : path.join(process.cwd(), 'content');
const LABEL = 'content';

interface Site extends SiteContent {
  /** What reading the files found wrong: frontmatter, addresses, data files. */
  problems: ContentProblem[];
  /** The pages, indexed by address, key, parent: every question about them is answered in constant time. */
  index: SiteIndex;
}

// Where parsed pages are kept between processes (the preview's workers, the check, the build).
export const PARSE_CACHE_DIR = path.join(process.cwd(), '.next/cache/content');
let parseCache: ParseCache | undefined;

function readSite(): Site {
  parseCache ??= new ParseCache(PARSE_CACHE_DIR);
  const tree = loadContentTree(CONTENT_ROOT, { label: LABEL, includeDrafts: isPreview, lenient: isPreview, cache: parseCache });
  const { data, problems } = loadSiteData(CONTENT_ROOT, { label: LABEL });
  return { pages: tree.pages, data, label: LABEL, problems: [...tree.problems, ...problems], index: new SiteIndex(tree.pages) };
}

let published: Site | undefined;

/**
 * The site's pages and data. Read once for a build or a production server, where invalid content
 * throws a ContentError listing every problem; re-read on each request of the preview (unchanged
 * files are not parsed again), so that an editor's change shows on reload.
 */
const getSite: () => Site = isPreview
  ? cache(readSite)
  : () => {
      if (!published) {
        const site = readSite();
        const errors = site.problems.filter((p) => p.severity === 'error');
        if (errors.length > 0) throw new ContentError(errors);
        published = site;
      }
      return published;
    };

/** Every problem of the site, for the preview: what reading found, and what each page's text has. */
export const getProblems = cache((): ContentProblem[] => {
  const site = getSite();
  return [...site.problems, ...siteProblems(site)];
});

/** Every page of the site, fallbacks for missing translations included, drafts only in the preview. */
export const getAllPages = () => getSite().pages;
export const getData = () => getSite().data;

const index = () => getSite().index;

export const getPage = (locale: Locale, segments?: readonly string[]) => index().find(locale, segments);
export const getPageAt = (pagePath: string) => index().at(pagePath);
export const getPageByKey = (locale: Locale, key: string) => index().byKey(locale, key);
export const getHomePage = (locale: Locale) => index().find(locale, []);
export const getAlternates = (page: ContentPage) => index().translationsOf(page);
export const getChildren = (page: ContentPage) => index().childrenOf(page);
export const getAncestors = (page: ContentPage) => index().ancestorsOf(page);
export const getMenu = (locale: Locale, menu: 'main' | 'footer') => index().menuOf(locale, menu);
export const getSection = (page: ContentPage) => index().sectionOf(page);
export const getPagesIn = (locale: Locale) => getAllPages().filter((p) => p.locale === locale);
export const getOriginal = (page: ContentPage) => index().originalOf(page);

/** What an address shows: a page, or page `listPage` (≥ 2) of a section's list of its pages. */
export interface Address {
  page: ContentPage;
  listPage: number;
}

export function resolveAddress(locale: Locale, segments: readonly string[] = []): Address | undefined {
  const page = getPage(locale, segments);
  if (page) return { page, listPage: 1 };
  const list = listPageOf(segments);
  const section = list && getPage(locale, list.sectionSegments);
  if (!list || !section || !listsItsPages(section) || list.n > listPageCount(getChildren(section).length)) return undefined;
  return { page: section, listPage: list.n };
}

/** Every address of a language: its pages, then the further pages of the sections' lists. */
export function getAddressesIn(locale: Locale): Address[] {
  const pages = getPagesIn(locale);
  const lists = pages.filter(listsItsPages).flatMap((section) => Array.from({ length: listPageCount(getChildren(section).length) - 1 }, (_, i) => ({ page: section, listPage: i + 2 })));
  return [...pages.map((page) => ({ page, listPage: 1 })), ...lists];
}

/** Page `listPage` of a version's list, or as far as its list goes (its own page when it has none). */
export function listAddressIn(version: ContentPage, listPage: number): string {
  const pages = listsItsPages(version) ? listPageCount(getChildren(version).length) : 1;
  return listPagePath(version, Math.min(listPage, pages));
}

/** Every page of the site for search engines: no drafts, no fallbacks (they repeat a page of another language). */
export function getSitemapEntries() {
  return getAllPages()
    .filter((page) => !page.isFallback && !page.frontmatter.draft)
    .map((page) => ({ page, alternates: getAlternates(page) }));
}
