import { routing, type Locale } from '../../i18n/routing';
import type { ContentPage } from './load';

/**
 * Questions about a site's pages. They are asked thousands of times per build (every page asks
 * for its parent, its siblings, its translations), so `SiteIndex` answers each from maps built once
 * per site, not by walking every page: the cost of a page never grows with the size of its section.
 */

const byTitle = (a: ContentPage, b: ContentPage) => a.frontmatter.title.localeCompare(b.frontmatter.title, a.locale);
/** By `order` (pages without one after, by title): the editors' own order. */
const byOrder = (a: ContentPage, b: ContentPage) => (a.frontmatter.order ?? Infinity) - (b.frontmatter.order ?? Infinity) || byTitle(a, b);
/** The most recently updated first: a chronological section (news, calls). */
const byNewest = (a: ContentPage, b: ContentPage) => b.frontmatter.updated.localeCompare(a.frontmatter.updated) || byTitle(a, b);

const keyOf = (locale: string, key: string) => `${locale}\u0000${key}`;

export class SiteIndex {
  private readonly byPath = new Map<string, ContentPage>();
  private readonly byLocaleKey = new Map<string, ContentPage>();
  private readonly versions = new Map<string, ContentPage[]>();
  private readonly children = new Map<string, ContentPage[]>();
  private readonly inLocale = new Map<Locale, ContentPage[]>();
  private readonly byFile = new Map<string, ContentPage>();

  constructor(readonly pages: ContentPage[]) {
    for (const page of pages) {
      if (!this.byPath.has(page.path)) this.byPath.set(page.path, page);
      if (!page.isFallback) this.byFile.set(page.file, page);
      const inLocale = this.inLocale.get(page.locale);
      if (inLocale) inLocale.push(page);
      else this.inLocale.set(page.locale, [page]);
      if (!this.byLocaleKey.has(keyOf(page.locale, page.key))) this.byLocaleKey.set(keyOf(page.locale, page.key), page);
      const versions = this.versions.get(page.key);
      if (versions) versions.push(page);
      else this.versions.set(page.key, [page]);
      if (page.parentKey !== null) {
        const parent = keyOf(page.locale, page.parentKey);
        const children = this.children.get(parent);
        if (children) children.push(page);
        else this.children.set(parent, [page]);
      }
    }
    for (const [parentKey, list] of this.children) {
      const parent = this.byLocaleKey.get(parentKey);
      list.sort(parent?.frontmatter.sort === 'newest' ? byNewest : byOrder);
    }
  }

  /** The page at an address (`/fr/outils-de-cooperation`), or undefined. */
  at(pagePath: string): ContentPage | undefined {
    return this.byPath.get(pagePath);
  }

  find(locale: Locale, segments: readonly string[] = []): ContentPage | undefined {
    return this.at(`/${[locale, ...segments.map((s) => s.toLowerCase())].join('/')}`);
  }

  /** Every page shown in a language, fallbacks included. */
  in(locale: Locale): ContentPage[] {
    return this.inLocale.get(locale) ?? [];
  }

  /** The page a file makes (`content/fr/strategy.mdx`), not a fallback. */
  ofFile(file: string): ContentPage | undefined {
    return this.byFile.get(file);
  }

  byKey(locale: Locale, key: string): ContentPage | undefined {
    return this.byLocaleKey.get(keyOf(locale, key));
  }

  /** The same page in every language the site shows it in (fallbacks included), keyed by locale. */
  translationsOf(page: ContentPage): Partial<Record<Locale, ContentPage>> {
    return Object.fromEntries((this.versions.get(page.key) ?? []).map((p) => [p.locale, p]));
  }

  /** Its pages, in the order the section asks for (sort: order, or newest). */
  childrenOf(page: ContentPage): ContentPage[] {
    return this.children.get(keyOf(page.locale, page.key)) ?? [];
  }

  /** From the home page down to the page's parent. */
  ancestorsOf(page: ContentPage): ContentPage[] {
    const chain: ContentPage[] = [];
    for (let parentKey = page.parentKey; parentKey !== null; ) {
      const parent = this.byKey(page.locale, parentKey);
      if (!parent) break;
      chain.unshift(parent);
      parentKey = parent.parentKey;
    }
    return chain;
  }

  /** Top-level pages listed in the given menu, in their order. */
  menuOf(locale: Locale, menu: 'main' | 'footer'): ContentPage[] {
    const home = this.byKey(locale, '');
    return (home ? this.childrenOf(home) : []).filter((p) => p.frontmatter.menu === menu).sort(byOrder);
  }

  /** The section a page belongs to: its top-level ancestor (or itself), `undefined` for home. */
  sectionOf(page: ContentPage): ContentPage | undefined {
    if (page.parentKey === null) return undefined;
    return page.parentKey === '' ? page : this.ancestorsOf(page)[1];
  }

  /** The default-language version a translation was made from, if the page is a translation. */
  originalOf(page: ContentPage): ContentPage | undefined {
    if (page.locale === routing.defaultLocale || page.isFallback) return undefined;
    const original = this.byKey(routing.defaultLocale, page.key);
    return original && !original.isFallback ? original : undefined;
  }
}

/** The page's name in menus, breadcrumbs and lists: its short title, or its title. */
export const navTitleOf = (page: ContentPage) => page.frontmatter.navTitle ?? page.frontmatter.title;

/** The day the page was last updated, at noon UTC: the same day wherever it is shown. */
export const lastUpdated = (page: ContentPage) => new Date(`${page.frontmatter.updated}T12:00:00Z`);

/** Pages with at least this many sections get a table of contents unless their frontmatter says otherwise. */
const TOC_MIN_SECTIONS = 3;

export function hasTableOfContents(page: ContentPage): boolean {
  return page.frontmatter.toc ?? page.headings.filter((h) => h.depth === 2).length >= TOC_MIN_SECTIONS;
}

/**
 * The pages around `current` in its section's order, at most `radius` on each side: what a page's
 * section navigation shows, however large the section grows.
 */
export function neighbourhood<T>(siblings: readonly T[], current: T, radius: number): { pages: T[]; before: number; after: number } {
  const at = Math.max(0, siblings.indexOf(current));
  const from = Math.max(0, Math.min(at - radius, siblings.length - (2 * radius + 1)));
  const to = Math.min(siblings.length, from + 2 * radius + 1);
  return { pages: siblings.slice(from, to), before: from, after: siblings.length - to };
}
