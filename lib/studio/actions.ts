import { type Locale, routing } from '../../i18n/routing';
import { getAllPages } from '../content';
import type { TranslationState } from '../content/load';
import { slugify, writeNewPage } from '../content/scaffold';
import { stampTranslation } from '../content/stamp';
import { studioEditPath } from './config';

/**
 * What the studio's buttons do to content/: the same as `npm run content:stamp` and `npm run
 * content:new`. Each reads the pages through the preview's content layer, which reads content/ again
 * at each request and parses only the files that changed.
 */

/** Where a page's translation stands, as the studio's page form shows it (components/studio/TranslationInput.tsx). */
export interface TranslationInfo {
  /** The page's own state: `original` for a page in the default language. */
  state: TranslationState | 'unknown';
  /** For a translation: the fingerprint of its original as it is now, what `translatedFrom` records. */
  originalFingerprint?: string;
  /** The same page in the other language: its title, where it stands, where to edit and see it. */
  twin?: { locale: Locale; title: string; state: TranslationState | 'draft'; edit: string; path: string };
}

/** `file` is the page's file under content/ without `.mdx`, as the studio names it: `en/strategy`. */
export function translationInfo(file: string): TranslationInfo {
  const pages = getAllPages().filter((p) => !p.isFallback);
  const page = pages.find((p) => `${p.locale}/${p.source}` === file);
  if (!page) return { state: 'unknown' };
  const original = page.locale === routing.defaultLocale ? page : pages.find((p) => p.key === page.key && p.locale === routing.defaultLocale);
  const twin = page.locale === routing.defaultLocale ? pages.find((p) => p.key === page.key && p.locale !== page.locale) : original;
  return {
    state: page.translationState,
    originalFingerprint: page === original ? undefined : original?.fingerprint,
    twin: twin && {
      locale: twin.locale,
      title: twin.frontmatter.title,
      state: twin.frontmatter.draft ? 'draft' : twin.translationState,
      edit: studioEditPath(twin.locale, twin.source),
      path: twin.path,
    },
  };
}

/** Records that a translation now matches its original (`npm run content:stamp -- <file>`). */
export function recordTranslation(file: string): { ok: true } | { ok: false; problem: string } {
  return stampTranslation(getAllPages(), file) ? { ok: true } : { ok: false, problem: file };
}

/** Creates a page in both languages as drafts (`npm run content:new`); answers where to edit it, or what is wrong. */
export function createPage(form: { section: string; titleFr: string; titleEn: string }): { ok: true; edit: string } | { ok: false; problems: Record<Locale, string>[] } {
  const name = slugify(form.titleEn || form.titleFr);
  const { problems } = writeNewPage(
    {
      section: form.section,
      name,
      titles: { fr: form.titleFr, en: form.titleEn },
      slugs: { fr: slugify(form.titleFr), en: slugify(form.titleEn) },
      today: new Date().toISOString().slice(0, 10),
    },
    getAllPages(),
  );
  if (problems.length) return { ok: false, problems };
  return { ok: true, edit: studioEditPath(routing.defaultLocale, form.section ? `${form.section}/${name}` : name) };
}
