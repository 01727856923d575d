import path from 'node:path';
import type { Locale } from '../../i18n/routing';
import { type ContentPage, loadContentTree } from './load';
import { ContentError } from './problems';
import * as query from './query';

export type { ContentPage, TranslationState } from './load';
export type { Heading } from './parse';

/** The content layer: the only code that reads `content/`. Everything else asks it. */

const CONTENT_ROOT = path.join(process.cwd(), 'content');
const isDevelopment = process.env.NODE_ENV === 'development';
let cached: ContentPage[] | undefined;

/**
 * Every page of the site, fallbacks for missing translations included, drafts only in development.
 * Throws a ContentError listing every problem if the content is invalid.
 */
export function getAllPages(): ContentPage[] {
  // In development, re-read on each call so that an editor sees their change on reload.
  if (cached && !isDevelopment) return cached;
  const { pages, problems } = loadContentTree(CONTENT_ROOT, { includeDrafts: isDevelopment });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  cached = pages;
  return pages;
}

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
