import { type Locale, routing } from '@/i18n/routing';
import { siteContent, stampTranslation, type TranslationState, type VersionStatus, writeNewPage } from '@/lib/content';
import { slugify } from '@/lib/content/schemas';
import { studioEditPath } from './paths';

/**
 * What the studio's buttons do to content/: the same as `npm run content:stamp` and `npm run
 * content:new`. Each reads the pages through the preview's content (siteContent), which reads
 * content/ again at each request and parses only the files that changed.
 */

/** Where a page's translation stands, as the studio's page form shows it (studio/TranslationInput.tsx). */
export interface TranslationInfo {
  /** The page's own translation state (`original` in the default language); `unknown` for a page not saved yet. */
  state: TranslationState | 'unknown';
  /** For a translation: the fingerprint of its original as it is now, what `translatedFrom` records. */
  originalFingerprint?: string;
  /** The same page in the other language: its title, where it stands, where to edit and see it. */
  twin?: { locale: Locale; title: string; state: VersionStatus; edit: string; path: string };
}

/** The page of a file as the studio names it, under content/ without `.mdx`: `en/strategy`. */
const pageOfEntry = (entry: string) => siteContent().pageOfFile(`content/${entry}.mdx`);

export function translationInfo(entry: string): TranslationInfo {
  const content = siteContent();
  const page = pageOfEntry(entry);
  if (!page) return { state: 'unknown' };
  const isOriginal = page.locale === routing.defaultLocale;
  const original = isOriginal ? page : content.original(page);
  const twinLocale = isOriginal ? routing.locales.find((locale) => locale !== page.locale) : routing.defaultLocale;
  const twin = twinLocale ? content.pageByKey(twinLocale, page.key) : undefined;
  const twinShown = twin && !twin.isFallback ? twin : undefined;
  return {
    state: page.translationState,
    originalFingerprint: isOriginal ? undefined : original?.fingerprint,
    twin: twinShown && {
      locale: twinShown.locale,
      title: twinShown.frontmatter.title,
      state: content.status(twinShown.key, twinShown.locale),
      edit: studioEditPath(twinShown.locale, twinShown.source),
      path: twinShown.path,
    },
  };
}

/** The address of the preview page a file makes (`fr/strategy`), for Keystatic's preview link. */
export const previewAddressOf = (entry: string) => pageOfEntry(entry)?.path;

/** Records that a translation now matches its original (`npm run content:stamp -- <file>`). */
export function recordTranslation(file: string): { ok: true } | { ok: false; problem: string } {
  return stampTranslation(siteContent(), file) ? { ok: true } : { ok: false, problem: file };
}

/** Creates a page in both languages as drafts (`npm run content:new`); answers where to edit it, or what is wrong. */
export function createPage(form: {
  section: string;
  titleFr: string;
  titleEn: string;
  /** Whether its author, told that another page has one of these titles, still wants it. */
  sameTitleConfirmed?: boolean;
}): { ok: true; edit: string } | { ok: false; problems: Record<Locale, string>[]; sameTitles: Record<Locale, string>[] } {
  const name = slugify(form.titleEn || form.titleFr);
  const { problems, files, sameTitles } = writeNewPage(
    siteContent(),
    {
      section: form.section,
      name,
      titles: { fr: form.titleFr, en: form.titleEn },
      slugs: { fr: slugify(form.titleFr), en: slugify(form.titleEn) },
      today: new Date().toISOString().slice(0, 10),
    },
    { sameTitle: form.sameTitleConfirmed ? 'allow' : 'ask' },
  );
  if (problems.length || files.length === 0) return { ok: false, problems, sameTitles };
  return { ok: true, edit: studioEditPath(routing.defaultLocale, form.section ? `${form.section}/${name}` : name) };
}
