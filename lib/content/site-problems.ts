import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Locale, routing, siteRouteAddresses } from '../../i18n/routing';
import { AUTHOR_COMPONENTS, type AuthorComponent, DATA_SHOWN } from './components';
import { dataFile, type SiteData } from './data/load';
import { LIST_SEGMENT, listsItsPages, SITE_MAP_PAGES } from './listing';
import type { ContentPage } from './load';
import { sayData } from './messages/data';
import { sayPages } from './messages/pages';
import { type ContentProblem, reporterFor } from './problems';
import { closestFirst } from './suggest';

/** A title as readers tell titles apart: letter case, spacing and Unicode forms aside. */
export const titleAsSaid = (title: string, locale: string) => title.normalize('NFC').toLocaleLowerCase(locale).replace(/\s+/g, ' ').trim();

/** The pages and the data of a site, as the checks read them. */
export interface SiteContent {
  pages: ContentPage[];
  data: SiteData;
  /** The folder as editors name it in messages: `content`. */
  label: string;
  /** public/, where a link may also lead to a file. */
  publicDir?: string;
  /** The pages an administrator retired: a link to one leads to its replacement, or to « page retirée ». */
  retired?: readonly ContentPage[];
}

/** In French, ; : ! ? and » take a no-break space before them, « one after: an ordinary space, or none after a letter, is a slip. */
const SPACING_RULES: Partial<Record<Locale, RegExp>> = { fr: /(?: [;:!?»]|\p{L}[;!?»]|« )/gu };
/** In French, the apostrophe is the typographic one (’) and quotation marks are « guillemets ». */
const APOSTROPHE_RULES: Partial<Record<Locale, RegExp>> = { fr: /\p{L}'\p{L}/gu };
const QUOTE_RULES: Partial<Record<Locale, RegExp>> = { fr: /["“”][^"“”]{0,60}["“”]?/gu };
/** A component's tag written as text (typed in the editor, or escaped in the file): it would show as it is. */
const COMPONENT_AS_TEXT = new RegExp(`</?(${AUTHOR_COMPONENTS.join('|')})\\b`, 'g');
/**
 * In French, a number and its unit are joined by a no-break space: « 5 ans », « 10 000 € ». The
 * same units as Grammalecte's rule `unit_nbsp_avant_unités1`, the French checker we measure against.
 */
const UNIT_RULES: Partial<Record<Locale, RegExp>> = {
  fr: /(?<![\w.,–-])\d+(?:,\d+)? (?:[%‰€$£]|min|jours?|semaines|mois|ans?|euros?|heures?|h|j)(?![\w’'–-])/gu,
};

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Lookups over the whole site, built once per check so that each page's checks stay cheap at any size. */
interface Lookups {
  all: Map<string, ContentPage>;
  published: Map<string, ContentPage>;
  /** Retired pages by address, and where each sends visitors (its replacement's address, when it has one shown). */
  retired: Map<string, { page: ContentPage; replacement?: ContentPage }>;
  known: Record<'figures' | 'tools', { file: string; names: string[] }>;
}

function lookupsOf(site: SiteContent): Lookups {
  const all = new Map<string, ContentPage>();
  const published = new Map<string, ContentPage>();
  for (const page of site.pages) {
    if (!all.has(page.path)) all.set(page.path, page);
    if (!page.frontmatter.draft && !published.has(page.path)) published.set(page.path, page);
  }
  const byKey = new Map(site.pages.filter((page) => !page.frontmatter.draft).map((page) => [`${page.locale}:${page.key}`, page]));
  const retired = new Map(
    (site.retired ?? []).map((page) => {
      const key = page.frontmatter.retired?.replacement;
      return [page.path, { page, replacement: key === undefined ? undefined : byKey.get(`${page.locale}:${key}`) }];
    }),
  );
  return {
    all,
    published,
    retired,
    known: {
      figures: { file: dataFile(site.label, 'figures'), names: [...Object.keys(site.data.figures), ...site.data.unusable.figures] },
      tools: { file: dataFile(site.label, 'tools'), names: [...site.data.tools.map((tool) => tool.id), ...site.data.unusable.tools] },
    },
  };
}

/**
 * What is wrong in one page's text, short of compiling it: names the data does not have, broken
 * links and anchors, French spacing. Each problem names what it is about, so that
 * the preview can mark it where it stands.
 */
function pageProblems(page: ContentPage, site: SiteContent, index: Lookups, into: ContentProblem[]) {
  const report = reporterFor(page.file, into);
  // A component the dialect does not know, or an entry it does not name, is refused when the page is read (refusals.ts).
  for (const { value: name, line, attributes } of page.elements) {
    const shown = Object.hasOwn(DATA_SHOWN, name) ? DATA_SHOWN[name as AuthorComponent] : undefined;
    if (!shown?.attribute || (shown.data !== 'figures' && shown.data !== 'tools')) continue;
    const { file, names } = index.known[shown.data];
    const id = attributes[shown.attribute];
    if (id !== undefined && !names.includes(id)) report.error(sayPages.unknownReference(id, file, closestFirst(id, names)), line, { kind: 'element', name });
  }
  const spacing = SPACING_RULES[page.contentLocale];
  const units = UNIT_RULES[page.contentLocale];
  const apostrophes = APOSTROPHE_RULES[page.contentLocale];
  const quotes = QUOTE_RULES[page.contentLocale];
  // Each slip is said where it is, as many times as it is made: the editor mends them all at once.
  const around = (value: string, at: number, length: number) => value.slice(Math.max(0, at - 12), at + length + 12).trim();
  for (const { value, line } of page.texts) {
    for (const slip of spacing ? value.matchAll(spacing) : []) report.warning(sayPages.frenchSpacing(around(value, slip.index, 2)), line, { kind: 'text', excerpt: slip[0] });
    for (const unit of units ? value.matchAll(units) : []) report.warning(sayPages.unitSpacing(unit[0]), line, { kind: 'text', excerpt: unit[0] });
    for (const slip of apostrophes ? value.matchAll(apostrophes) : []) report.warning(sayPages.straightApostrophe(around(value, slip.index, 3)), line, { kind: 'text', excerpt: slip[0] });
    for (const slip of quotes ? value.matchAll(quotes) : []) report.warning(sayPages.englishQuotes(slip[0].trim()), line, { kind: 'text', excerpt: slip[0] });
    for (const tag of value.matchAll(COMPONENT_AS_TEXT)) report.warning(sayPages.componentAsText(tag[1] ?? ''), line, { kind: 'text', excerpt: tag[0] });
  }
  for (const { value: href, line } of page.links) {
    const found = linkProblem(href, page, index, site.publicDir);
    const text = found && 'fr' in found ? found : found?.text;
    if (text) (page.frontmatter.draft || (found && 'warning' in found) ? report.warning : report.error)(text, line, { kind: 'link', href });
  }
}

/** What is wrong with one link of a page, or nothing. Published pages may only link to published pages. */
function linkProblem(href: string, from: ContentPage, index: Lookups, publicDir?: string) {
  if (EXTERNAL.test(href)) return undefined;
  const [rawPath = '', anchor] = href.split('#', 2);
  if (rawPath !== '' && !rawPath.startsWith('/')) return sayPages.linkRelative(href);
  let targetPath: string;
  try {
    targetPath = rawPath === '' ? from.path : decodeURI(rawPath).replace(/\/+$/, '') || '/';
  } catch {
    return sayPages.linkBroken(href);
  }
  if (publicDir && rawPath !== '' && !anchor && existsSync(path.join(publicDir, targetPath))) return undefined;
  const target = (from.frontmatter.draft ? index.all : index.published).get(targetPath);
  const retired = target ? undefined : index.retired.get(targetPath);
  // A link to a retired page leads where the page sends visitors: to its replacement (said, to link there directly), or to « page retirée ».
  if (retired?.replacement) return { text: sayPages.linkToReplaced(href, retired.page.frontmatter.title, retired.replacement.path), warning: true };
  if (retired) return sayPages.linkToRetired(href, retired.page.frontmatter.title);
  if (!target) return index.all.has(targetPath) ? sayPages.linkToDraft(href) : sayPages.linkBroken(href);
  if (anchor && !target.anchors.includes(decodeURIComponent(anchor))) return sayPages.anchorBroken(href, closestFirst(decodeURIComponent(anchor), target.anchors));
  return undefined;
}

/**
 * Every problem of the site that can be found without compiling its pages: each page's text,
 * missing and outdated translations, tools that point to no page. Pure: the preview runs it on
 * each request, the content check and the build once.
 */
export function siteProblems(site: SiteContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const index = lookupsOf(site);
  const own = site.pages.filter((p) => !p.isFallback);
  const originals = new Map(own.filter((p) => p.locale === routing.defaultLocale).map((p) => [p.key, p]));
  const versions = new Set(own.map((p) => `${p.locale}:${p.key}`));

  for (const page of own) pageProblems(page, site, index, problems);

  for (const page of own.filter((p) => p.locale === routing.defaultLocale || !originals.has(p.key))) {
    for (const locale of routing.locales) {
      if (versions.has(`${locale}:${page.key}`)) continue;
      reporterFor(page.file, problems).warning(sayPages.noCounterpart(page.file.replace(`/${page.locale}/`, `/${locale}/`)));
    }
  }
  for (const page of own) {
    const original = originals.get(page.key);
    if (!original || page === original) continue;
    if (page.translationState === 'outdated') reporterFor(page.file, problems).warning(sayPages.outdated(original.file));
    if (page.translationState === 'untracked') reporterFor(page.file, problems).warning(sayPages.untracked(original.file));
  }

  // Two pages of one language with one title: readers (and search results) could not tell them apart.
  const titled = new Map<string, ContentPage>();
  for (const page of own) {
    const said = `${page.locale}:${titleAsSaid(page.frontmatter.title, page.locale)}`;
    const first = titled.get(said);
    if (first) reporterFor(page.file, problems).warning(sayPages.sameTitle(page.frontmatter.title, first.path), page.fieldLines.title);
    else titled.set(said, page);
  }

  // Addresses the site itself uses: a page there would be hidden behind them.
  const reserved = siteRouteAddresses();
  const children = new Map<string, number>();
  for (const page of own) {
    const report = reporterFor(page.file, problems);
    if (page.frontmatter.slug === LIST_SEGMENT || reserved.has(page.path)) report.error(sayPages.reservedSlug(page.frontmatter.slug ?? ''), page.fieldLines.slug);
    if (page.parentKey !== null) children.set(`${page.locale}:${page.parentKey}`, (children.get(`${page.locale}:${page.parentKey}`) ?? 0) + 1);
  }
  for (const page of own) {
    const count = children.get(`${page.locale}:${page.key}`) ?? 0;
    if (page.key !== '' && count > SITE_MAP_PAGES && !listsItsPages(page)) reporterFor(page.file, problems).warning(sayPages.sectionNotListed(count));
  }

  const toolsFile = reporterFor(dataFile(site.label, 'tools'), problems);
  for (const tool of site.data.tools) {
    if (!originals.has(tool.page)) toolsFile.error(sayData.toolPageMissing(tool.id, tool.page, closestFirst(tool.page, [...originals.keys()].filter(Boolean))));
  }
  return problems;
}
