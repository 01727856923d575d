import path from 'node:path';
import { cache } from 'react';
import type { Locale } from '../../i18n/routing';
import { siteProblems, type SiteContent } from './check';
import { loadSiteData } from './data';
import { type ContentPage, loadContentTree } from './load';
import { type ContentProblem, ContentError } from './problems';
import * as query from './query';

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
}

function readSite(): Site {
  const tree = loadContentTree(CONTENT_ROOT, { label: LABEL, includeDrafts: isPreview, lenient: isPreview });
  const { data, problems } = loadSiteData(CONTENT_ROOT, { label: LABEL });
  return { pages: tree.pages, data, label: LABEL, problems: [...tree.problems, ...problems] };
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

export const getPage = (locale: Locale, segments?: readonly string[]) => query.findPage(getAllPages(), locale, segments);
export const getPageByKey = (locale: Locale, key: string) => getAllPages().find((p) => p.locale === locale && p.key === key);
export const getHomePage = (locale: Locale) => query.findPage(getAllPages(), locale, []);
export const getAlternates = (page: ContentPage) => query.translationsOf(getAllPages(), page);
export const getChildren = (page: ContentPage) => query.childrenOf(getAllPages(), page);
export const getAncestors = (page: ContentPage) => query.ancestorsOf(getAllPages(), page);
export const getMenu = (locale: Locale, menu: 'main' | 'footer') => query.menuOf(getAllPages(), locale, menu);
export const getSection = (page: ContentPage) => query.sectionOf(getAllPages(), page);
export const getPagesIn = (locale: Locale) => getAllPages().filter((p) => p.locale === locale);
export const getOriginal = (page: ContentPage) => query.originalOf(getAllPages(), page);
