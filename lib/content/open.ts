import path from 'node:path';
import { routing, type Locale } from '../../i18n/routing';
import { siteProblems, titleAsSaid } from './site-problems';
import { loadSiteData, type SiteData } from './data/load';
import { listPageCount, listPageOf, listPagePath, listsItsPages } from './listing';
import { type ContentPage, keyOf, loadContentTree, parentOf } from './load';
import { ParseCache } from './parse-cache';
import { type ContentProblem, ContentError } from './problems';
import { SiteIndex } from './query';
import { type VersionStatus, versionStatus } from './status';
import { loadUpdates, type PageUpdate } from './updates';

/**
 * How content is read:
 * - `publish`, what visitors get: drafts left out, and content with an error refused (ContentError);
 * - `preview`, what editors see: drafts shown, and a page whose frontmatter is wrong shown all the
 *   same, repaired around its problems, which `problems()` lists for the pages to show;
 * - `check`, what scripts and writers read: every page, drafts included, strictly.
 */
export type ContentMode = 'publish' | 'preview' | 'check';

export interface OpenOptions {
  /** A checkout of the project: its `content/` (pages and data) and `public/` (files links may lead to). */
  root: string;
  mode: ContentMode;
  /** The pages and data when they are not at `<root>/content` (the preview's test reads a copy). */
  contentDir?: string;
}

/** What an address shows: a page, or page `listPage` (≥ 2) of a section's list of its pages. */
export interface Address {
  page: ContentPage;
  listPage: number;
}

/** How folder names appear in the files problems name: `content/fr/strategy.mdx`. */
const LABEL = 'content';

/** One parse cache per checkout, on disk under its `.next/cache`: every reading of it in this process, and the next process, share it. */
const parseCaches = new Map<string, ParseCache>();
const parseCacheOf = (root: string) => {
  let cache = parseCaches.get(root);
  if (!cache) {
    cache = new ParseCache(path.join(root, '.next/cache/content'), root);
    parseCaches.set(root, cache);
  }
  return cache;
};

/**
 * The content of one checkout, read once, in one mode: its pages (fallbacks for missing translations
 * included), its data, and every question the site, the scripts, the studio and the tests ask of
 * them, each answered from maps built once (a page's cost never grows with its section's size).
 */
export class Content {
  readonly root: string;
  readonly mode: ContentMode;
  readonly contentDir: string;
  readonly pages: readonly ContentPage[];
  /** The pages an administrator retired, at their addresses. */
  readonly retired: readonly ContentPage[];
  readonly data: SiteData;
  private readonly readingProblems: ContentProblem[];
  private readonly index: SiteIndex;
  private readonly updates: Map<string, PageUpdate[]>;
  private allProblems?: ContentProblem[];

  constructor({ root, mode, contentDir = path.join(root, LABEL) }: OpenOptions) {
    // Read at run time, never bundled: the build includes content/ in its output itself (next.config.ts).
    this.root = path.resolve(/* turbopackIgnore: true */ root);
    this.mode = mode;
    this.contentDir = path.resolve(/* turbopackIgnore: true */ contentDir);
    const tree = loadContentTree(this.contentDir, { label: LABEL, includeDrafts: mode !== 'publish', lenient: mode === 'preview', cache: parseCacheOf(this.root) });
    const { data, problems } = loadSiteData(this.contentDir, { label: LABEL });
    const updates = loadUpdates(this.contentDir, LABEL, new Set(tree.pages.filter((page) => !page.isFallback).map((page) => page.key)));
    this.pages = tree.pages;
    this.retired = tree.retired;
    this.data = data;
    this.updates = updates.byKey;
    this.readingProblems = [...tree.problems, ...problems, ...updates.problems];
    this.index = new SiteIndex(tree.pages);
  }

  /** Every problem found without compiling a page: frontmatter, addresses, data files, each page's text, translations. */
  problems(): ContentProblem[] {
    this.allProblems ??= [...this.readingProblems, ...siteProblems({ pages: [...this.pages], data: this.data, label: LABEL, publicDir: path.join(this.root, 'public'), retired: this.retired })];
    return this.allProblems;
  }

  /** The file on disk of a file named as problems and pages name it (`content/fr/strategy.mdx`). */
  pathOf(file: string): string {
    return path.join(this.contentDir, path.relative(LABEL, file));
  }

  page(locale: Locale, segments: readonly string[] = []) {
    return this.index.find(locale, segments);
  }
  pageByKey(locale: Locale, key: string) {
    return this.index.byKey(locale, key);
  }
  /** The page a file makes (`content/fr/strategy.mdx`), not a fallback. */
  pageOfFile(file: string) {
    return this.index.ofFile(file);
  }
  home(locale: Locale) {
    return this.index.find(locale, []);
  }
  pagesIn(locale: Locale) {
    return this.index.in(locale);
  }
  /** The same page in every language the site shows it in (fallbacks included), keyed by locale. */
  translations(page: ContentPage) {
    return this.index.translationsOf(page);
  }
  children(page: ContentPage) {
    return this.index.childrenOf(page);
  }
  ancestors(page: ContentPage) {
    return this.index.ancestorsOf(page);
  }
  section(page: ContentPage) {
    return this.index.sectionOf(page);
  }
  /** The default-language version a translation was made from, if the page is a translation. */
  original(page: ContentPage) {
    return this.index.originalOf(page);
  }
  menu(locale: Locale, menu: 'main' | 'footer') {
    return this.index.menuOf(locale, menu);
  }

  /** Where the version of `key` in `locale` stands: missing, draft, original, or its translation's state. */
  status(key: string, locale: Locale): VersionStatus {
    return versionStatus(this.index.byKey(locale, key));
  }

  /** A page's published updates, newest first: the date and the note of each, in both languages. */
  updatesOf(page: ContentPage): PageUpdate[] {
    return this.updates.get(page.key) ?? [];
  }

  /** Every update of the site in one language, newest first, with the page it updated: the updates page and the feed. */
  latestUpdates(locale: Locale): { page: ContentPage; date: string; note: string }[] {
    return [...this.updates]
      .flatMap(([key, updates]) => {
        const page = this.pageByKey(locale, key);
        return page && !page.frontmatter.draft ? updates.map((update) => ({ page, date: update.date, note: update.note[locale] })) : [];
      })
      .sort((a, b) => b.date.localeCompare(a.date) || a.page.path.localeCompare(b.page.path));
  }

  /**
   * What another page already has that a page would take with this slug and title (a file of
   * content/ and what a save would write in it): its address (a shown or retired page there, the
   * address included) and, in the same language, its title (said the same way, letter case and
   * spacing aside). Nothing for the page itself, nor for a translation standing in at the address.
   */
  clashesOf(file: string, { slug, title }: { slug?: string; title?: string }): { address?: { path: string; page: ContentPage }; title?: ContentPage } {
    const [label, locale, ...rest] = file.split('/');
    const found: { address?: { path: string; page: ContentPage }; title?: ContentPage } = {};
    if (label !== LABEL || !routing.locales.includes(locale as Locale) || !file.endsWith('.mdx')) return found;
    const key = keyOf(rest.join('/').slice(0, -'.mdx'.length));
    const others = [...this.pages, ...this.retired].filter((page) => !page.isFallback && page.locale === locale && page.file !== file);
    const parentKey = parentOf(key);
    const parent = parentKey === null ? undefined : this.pageByKey(locale as Locale, parentKey);
    if (parent && !parent.isFallback && slug) {
      const at = `/${[locale, ...parent.segments, slug].join('/')}`;
      const page = others.find((other) => other.path === at);
      if (page) found.address = { path: at, page };
    }
    if (title?.trim()) found.title = others.find((other) => !other.frontmatter.retired && titleAsSaid(other.frontmatter.title, locale as Locale) === titleAsSaid(title, locale as Locale));
    return found;
  }

  /** The retired page at an address, if one is. */
  retiredAt(locale: Locale, segments: readonly string[] = []): ContentPage | undefined {
    const at = `/${[locale, ...segments.map((s) => s.toLowerCase())].join('/')}`;
    return this.retired.find((page) => page.path === at);
  }

  /** Where a retired page sends visitors: its replacement's address in the same language, if it has one that is shown. */
  replacementOf(page: ContentPage): ContentPage | undefined {
    const key = page.frontmatter.retired?.replacement;
    return key === undefined ? undefined : this.pageByKey(page.locale, key);
  }

  /** What an address shows, if anything. */
  resolve(locale: Locale, segments: readonly string[] = []): Address | undefined {
    const page = this.page(locale, segments);
    if (page) return { page, listPage: 1 };
    const list = listPageOf(segments);
    const section = list && this.page(locale, list.sectionSegments);
    if (!list || !section || !listsItsPages(section) || list.n > listPageCount(this.children(section).length)) return undefined;
    return { page: section, listPage: list.n };
  }

  /** Every address of a language: its pages, then the further pages of the sections' lists. */
  addresses(locale: Locale): Address[] {
    const pages = this.pagesIn(locale);
    const lists = pages
      .filter(listsItsPages)
      .flatMap((section) => Array.from({ length: listPageCount(this.children(section).length) - 1 }, (_, i) => ({ page: section, listPage: i + 2 })));
    return [...pages.map((page) => ({ page, listPage: 1 })), ...lists];
  }

  /** Page `listPage` of a version's list, or as far as its list goes (its own page when it has none). */
  listAddress(version: ContentPage, listPage: number): string {
    const pages = listsItsPages(version) ? listPageCount(this.children(version).length) : 1;
    return listPagePath(version, Math.min(listPage, pages));
  }

  /** Every page for search engines: no drafts, no fallbacks (they repeat a page of another language). */
  sitemapEntries() {
    return this.pages.filter((page) => !page.isFallback && !page.frontmatter.draft).map((page) => ({ page, alternates: this.translations(page) }));
  }

  /** The pages of the default language whose versions the studio and `content:status` list, with each language's status. */
  translationTable(): { key: string; versions: Record<Locale, { status: VersionStatus; page?: ContentPage }> }[] {
    const keys = [...new Set(this.pages.filter((p) => !p.isFallback).map((p) => p.key))].sort();
    return keys.map((key) => ({
      key,
      versions: Object.fromEntries(
        routing.locales.map((locale) => {
          const page = this.index.byKey(locale, key);
          return [locale, { status: versionStatus(page), page: page && !page.isFallback ? page : undefined }];
        }),
      ) as Record<Locale, { status: VersionStatus; page?: ContentPage }>,
    }));
  }
}

/**
 * Opens the content of a checkout in a mode: the one way to read `content/`. In `publish` mode,
 * content with an error is refused with every problem listed (ContentError).
 */
export function openContent(options: OpenOptions): Content {
  const content = new Content(options);
  if (options.mode === 'publish') {
    const errors = content.problems().filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new ContentError(errors);
  }
  return content;
}
