import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';
import { routing, type Locale } from '../../i18n/routing';
import { fingerprint } from './fingerprint';
import type { ContentPage } from './load';
import type { Content } from './open';
import { sayNewPage } from './messages/new-page';
import { CONTROL_CHARACTER } from './dialect.mjs';
import { SLUG_PATTERN } from './slug';
import { writeWhole } from '../write-whole';

/** A date as the studio's date field gives it to js-yaml: written bare, `updated: 2026-11-25`. */
function yamlDate(day: string): Date {
  const date = new Date(day);
  date.toISOString = () => day;
  return date;
}

export interface NewPage {
  /** Key of the page it goes under: `''` for a top-level page, `cooperation-tools` for a tool. */
  section: string;
  /** The file name, shared by both languages, without `.mdx`. */
  name: string;
  titles: Record<Locale, string>;
  slugs: Record<Locale, string>;
  /** YYYY-MM-DD */
  today: string;
}

const PLACEHOLDER: Record<Locale, { description: string; body: string }> = {
  fr: {
    description: 'Résumé à écrire\u202F: une ou deux phrases qui disent au lecteur ce qu’il trouvera sur cette page.',
    body: '## Première partie\n\nLe texte de la page, en paragraphes courts.\n',
  },
  en: {
    description: 'Summary to write: one or two sentences telling readers what they will find on this page.',
    body: '## First part\n\nThe text of the page, in short paragraphs.\n',
  },
};

/** What is wrong with the request, in both languages (or nothing). */
export function problemsWithNewPage(request: NewPage, pages: ContentPage[]): Record<Locale, string>[] {
  const problems: Record<Locale, string>[] = [];
  if (!SLUG_PATTERN.test(request.name)) problems.push(sayNewPage.name(request.name));
  if (request.section !== '' && !pages.some((p) => p.key === request.section && !p.isFallback)) problems.push(sayNewPage.section(request.section));
  const key = request.section ? `${request.section}/${request.name}` : request.name;
  if (pages.some((p) => p.key === key && !p.isFallback)) problems.push(sayNewPage.exists(key));
  for (const locale of routing.locales) {
    const slug = request.slugs[locale];
    if (!request.titles[locale].trim()) problems.push(sayNewPage.noTitle(locale));
    // A line break or a control character would break the page's frontmatter or what shows its title.
    else if (/[\n\r\t]/.test(request.titles[locale]) || CONTROL_CHARACTER.test(request.titles[locale])) problems.push(sayNewPage.invisible(locale));
    if (!SLUG_PATTERN.test(slug)) problems.push(sayNewPage.slug(locale, slug));
    const sibling = pages.find((p) => p.locale === locale && !p.isFallback && p.parentKey === request.section && p.frontmatter.slug === slug);
    if (sibling) problems.push(sayNewPage.slugTaken(locale, slug, sibling.frontmatter.title));
  }
  return problems;
}

/** The titles of the request another page of the same language already has, said in both languages: the page may still be made, once its author knows. */
function sameTitles(content: Content, request: NewPage): Record<Locale, string>[] {
  return routing.locales.flatMap((locale) => {
    const other = content.clashesOf(`content/${locale}/${request.section ? `${request.section}/` : ''}${request.name}.mdx`, { title: request.titles[locale] }).title;
    return other ? [sayNewPage.sameTitle(locale, request.titles[locale].trim(), other.path)] : [];
  });
}

/** The two files of a new page: drafts, with valid frontmatter, the translation stamped as current. */
export function scaffoldPage(request: NewPage, pages: ContentPage[]): { file: string; text: string }[] {
  const siblings = pages.filter((p) => p.parentKey === request.section);
  const order = Math.max(0, ...siblings.map((p) => p.frontmatter.order ?? 0)) + 1;
  const dir = request.section ? `${request.section}/` : '';
  // Written as the studio writes a page (js-yaml, the fields in the studio's order): the first save
  // in the studio changes only what the editor changed.
  const textFor = (locale: Locale, extra: Record<string, string> = {}) =>
    `---\n${dump({
      title: request.titles[locale].trim(),
      description: PLACEHOLDER[locale].description,
      slug: request.slugs[locale],
      order,
      updated: yamlDate(request.today),
      draft: true,
      ...extra,
    })}---\n${PLACEHOLDER[locale].body}`;
  const original = routing.defaultLocale;
  const originalFingerprint = fingerprint(request.titles[original].trim(), PLACEHOLDER[original].description, PLACEHOLDER[original].body);
  return routing.locales.map((locale) => ({
    file: `content/${locale}/${dir}${request.name}.mdx`,
    text: locale === original ? textFor(locale) : textFor(locale, { translatedFrom: originalFingerprint }),
  }));
}

/**
 * Writes the two files of a new page (`npm run content:new`, the studio's form), or none: answers the
 * problems of the request, a file that already exists among them (nothing is overwritten).
 */
export function writeNewPage(
  content: Content,
  request: NewPage,
  { sameTitle = 'allow' }: { sameTitle?: 'allow' | 'ask' } = {},
): { files: string[]; problems: Record<Locale, string>[]; sameTitles: Record<Locale, string>[] } {
  const pages = [...content.pages];
  const problems = problemsWithNewPage(request, pages);
  // Asked (the studio's form): a title another page has is said before anything is written, and the page made once its author confirms.
  const titles = sameTitles(content, request);
  if (!problems.length && sameTitle === 'ask' && titles.length) return { files: [], problems, sameTitles: titles };
  const files = problems.length ? [] : scaffoldPage(request, pages);
  for (const { file } of files) if (existsSync(content.pathOf(file))) problems.push(sayNewPage.fileExists(file));
  if (problems.length) return { files: [], problems, sameTitles: titles };
  for (const { file, text } of files) {
    const onDisk = content.pathOf(file);
    mkdirSync(path.dirname(onDisk), { recursive: true });
    writeWhole(onDisk, text);
  }
  return { files: files.map(({ file }) => file), problems, sameTitles: titles };
}
