import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '../../i18n/routing';
import { sayFrontmatter } from './messages/frontmatter';
import { sayPages } from './messages/pages';
import type { ParsedSource } from './parse';
import { ParseCache } from './parse-cache';
import { type ContentProblem, reporterFor } from './problems';
import type { Frontmatter } from './schema';

/** How a page stands against the default-language version it translates. */
export type TranslationState = 'original' | 'current' | 'outdated' | 'untracked';

/** What a page's own text says: headings, anchors, links, components, text, fingerprint (see parse.ts). */
type PageText = Omit<ParsedSource, 'frontmatter' | 'repairedFrontmatter' | 'problems'>;

export interface ContentPage extends PageText {
  locale: Locale;
  /** Identifies a page across languages: its file path inside the locale folder, without `.mdx`
   *  and without a trailing `index` (`''` for the home page, `cooperation-tools/explore`). */
  key: string;
  /** Key of the page it belongs under, `null` for the home page. */
  parentKey: string | null;
  /** The file, relative to the project root, as an editor would look for it. */
  file: string;
  /** The file, relative to `content/<contentLocale>/`, without `.mdx`: what the MDX import needs. */
  source: string;
  /** The language the text is written in: the page's own, or another one for a fallback. */
  contentLocale: Locale;
  /** A page shown in a language it has not been translated into yet, with its original text. */
  isFallback: boolean;
  translationState: TranslationState;
  /** The address segments after the locale: `[]` for home, `['outils-de-cooperation', 'explorer']`. */
  segments: string[];
  /** Absolute path of the page on the site, locale included: `/fr/outils-de-cooperation`. */
  path: string;
  frontmatter: Frontmatter;
}

export interface ContentTree {
  pages: ContentPage[];
  /** Pages an administrator retired: out of the site, their addresses saying why (or leading to their replacement). */
  retired: ContentPage[];
  problems: ContentProblem[];
}

type Draft = Omit<ContentPage, 'segments' | 'path' | 'translationState' | 'isFallback' | 'contentLocale'>;

function listMdx(dir: string, base = ''): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(dir, base), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const rel = base ? `${base}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listMdx(dir, rel);
      return entry.isFile() && entry.name.endsWith('.mdx') ? [rel] : [];
    })
    .sort();
}

export function keyOf(source: string): string {
  if (source === 'index') return '';
  return source.endsWith('/index') ? source.slice(0, -'/index'.length) : source;
}

/**
 * The files a page may be written in, in every language: `content/<locale>/<key>.mdx` or
 * `content/<locale>/<key>/index.mdx` (a page with pages below it), the home page `index.mdx`. The
 * one place that says how a page's key becomes its files; the page itself is at most one per language.
 */
export function filesOfPage(key: string, locales: readonly string[] = routing.locales): string[] {
  return locales.flatMap((locale) => (key === '' ? [`content/${locale}/index.mdx`] : [`content/${locale}/${key}.mdx`, `content/${locale}/${key}/index.mdx`]));
}

/** The key of the page a file of content/ is written in (`content/en/strategy.mdx` → `strategy`), when it is one (filesOfPage's reverse). */
export function pageKeyOfFile(file: string, locales: readonly string[] = routing.locales): string | undefined {
  const match = /^content\/([^/]+)\/(.+)\.mdx$/.exec(file);
  return match && locales.includes(match[1] ?? '') ? keyOf(match[2] ?? '') : undefined;
}

export function parentOf(key: string): string | null {
  if (key === '') return null;
  const slash = key.lastIndexOf('/');
  return slash === -1 ? '' : key.slice(0, slash);
}

const depth = (key: string) => (key === '' ? 0 : key.split('/').length);

export interface LoadOptions {
  /** Shown as the folder in file names, e.g. `content`. */
  label?: string;
  /** Keep `draft: true` pages (development); production leaves them out. */
  includeDrafts?: boolean;
  /** The preview's reading: keep a page whose frontmatter is wrong, repaired around its problems (see parse.ts). */
  lenient?: boolean;
  /** Pages parsed before: an unchanged file is not parsed again (kept in memory only when not given). */
  cache?: ParseCache;
}

/**
 * Reads every page under `root/<locale>/`, validates it and works out its address, its
 * translation state, and the fallbacks that stand in for missing translations. The same tree gives
 * the same result, problems included; what it parsed is kept in `cache` for the next reading.
 */
export function loadContentTree(root: string, { label = path.relative(process.cwd(), root), includeDrafts = true, lenient = false, cache = new ParseCache() }: LoadOptions = {}): ContentTree {
  const problems: ContentProblem[] = [];
  const relRoot = label || '.';
  const fileOf = (locale: Locale, rel: string) => `${relRoot}/${locale}/${rel}`.replace(/^\.\//, '');
  const own: ContentPage[] = [];
  const files = new Set<string>();

  for (const locale of routing.locales) {
    const drafts = new Map<string, Draft>();
    for (const rel of listMdx(path.join(root, locale))) {
      const file = fileOf(locale, rel);
      const text = readFileSync(path.join(root, locale, rel), 'utf8');
      files.add(file);
      const { frontmatter: valid, repairedFrontmatter, problems: found, ...parsed } = cache.parse(file, text);
      const frontmatter = lenient ? repairedFrontmatter : valid;
      problems.push(...found);
      if (!frontmatter || (frontmatter.draft && !includeDrafts)) continue;
      const source = rel.slice(0, -'.mdx'.length);
      const key = keyOf(source);
      drafts.set(key, { locale, key, parentKey: parentOf(key), file, source, frontmatter, ...parsed });
    }

    const resolved = new Map<string, string[] | null>();
    const segmentsOf = (draft: Draft): string[] | null => {
      const known = resolved.get(draft.key);
      if (known !== undefined) return known;
      const report = reporterFor(draft.file, problems);
      let result: string[] | null = null;
      if (draft.key === '') {
        if (draft.frontmatter.slug) report.error(sayFrontmatter.homeHasSlug());
        result = [];
      } else {
        if (!draft.frontmatter.slug) report.error(sayFrontmatter.slugMissing(), 1);
        // Leniently, a page without a slug is shown at its file's name (the check still asks for one).
        const slug = draft.frontmatter.slug ?? (lenient ? path.basename(draft.source) : undefined);
        const parent = drafts.get(draft.parentKey ?? '');
        if (slug && !parent) report.error(sayPages.orphan(`${locale}/${draft.parentKey ? `${draft.parentKey}/` : ''}index.mdx`));
        const parentSegments = slug && parent ? segmentsOf(parent) : null;
        if (slug && parentSegments) result = [...parentSegments, slug];
      }
      resolved.set(draft.key, result);
      return result;
    };

    const byPath = new Map<string, Draft>();
    // Two pages at one address: the published one keeps it, and the problem is the draft's (the page
    // being written, not the page visitors already know); between two of a kind, the first file's.
    const published = [...drafts.values()].sort((a, b) => Number(Boolean(a.frontmatter.draft)) - Number(Boolean(b.frontmatter.draft)));
    for (const draft of published) {
      const segments = segmentsOf(draft);
      if (!segments) continue;
      const pagePath = `/${[locale, ...segments].join('/')}`;
      const twin = byPath.get(pagePath);
      if (twin) {
        reporterFor(draft.file, problems).error(sayPages.duplicateAddress(pagePath, twin.frontmatter.title));
        continue;
      }
      byPath.set(pagePath, draft);
      own.push({ ...draft, contentLocale: locale, isFallback: false, translationState: 'original', segments, path: pagePath });
    }
    if (!drafts.has('')) reporterFor(fileOf(locale, 'index.mdx'), problems).error(sayPages.homeMissing());
  }

  cache.save(files);
  const originals = new Map(own.filter((p) => p.locale === routing.defaultLocale).map((p) => [p.key, p]));
  const pages = own.map((page) => ({ ...page, translationState: translationStateOf(page, originals) }));
  const shown = pages.filter((page) => !page.frontmatter.retired);
  return { pages: [...shown, ...fallbacksFor(shown)], retired: pages.filter((page) => page.frontmatter.retired), problems };
}

function translationStateOf(page: ContentPage, originals: Map<string, ContentPage>): TranslationState {
  if (page.locale === routing.defaultLocale) return 'original';
  const original = originals.get(page.key);
  if (!original) return 'original';
  if (!page.frontmatter.translatedFrom) return 'untracked';
  return page.frontmatter.translatedFrom === original.fingerprint ? 'current' : 'outdated';
}

/**
 * A page missing in a language is shown there anyway, with its original text (the default
 * language's when it has one), under its parent's address in that language and its own slug.
 * Linear in the number of pages: every lookup goes through a map.
 */
function fallbacksFor(pages: ContentPage[]): ContentPage[] {
  const fallbacks: ContentPage[] = [];
  const byLocaleKey = new Map(pages.map((p) => [`${p.locale}\u0000${p.key}`, p]));
  const paths = new Set(pages.map((p) => p.path));
  const versions = new Map<string, ContentPage[]>();
  for (const page of pages) {
    const known = versions.get(page.key);
    if (known) known.push(page);
    else versions.set(page.key, [page]);
  }
  const keys = [...versions.keys()].sort((a, b) => depth(a) - depth(b));
  for (const key of keys) {
    const ofKey = versions.get(key) ?? [];
    const original = ofKey.find((p) => p.locale === routing.defaultLocale) ?? ofKey[0];
    if (!original) continue;
    for (const locale of routing.locales) {
      if (ofKey.some((p) => p.locale === locale)) continue;
      const parent = original.parentKey === null ? undefined : byLocaleKey.get(`${locale}\u0000${original.parentKey}`);
      const segments = original.key === '' ? [] : parent ? [...parent.segments, original.frontmatter.slug ?? ''] : null;
      if (!segments) continue;
      const pagePath = `/${[locale, ...segments].join('/')}`;
      if (paths.has(pagePath)) continue;
      const fallback: ContentPage = { ...original, locale, isFallback: true, translationState: 'original', segments, path: pagePath };
      fallbacks.push(fallback);
      paths.add(pagePath);
      // A fallback may be the parent of another: its children are placed under it.
      byLocaleKey.set(`${locale}\u0000${key}`, fallback);
    }
  }
  return fallbacks;
}
