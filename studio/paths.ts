import { type Locale, routing } from '@/i18n/routing';
import { DATA_FILES } from '@/lib/content/schemas';

/** Where the studio lives in the preview: Keystatic's own addresses. */
export const STUDIO_PATH = '/keystatic';
/** Where Keystatic's preview link leads: the page a file makes, in the preview (app/api/studio/open). */
export const STUDIO_OPEN_PATH = '/api/studio/open';
/** Where the studio edits the page of a file: `studioEditPath('fr', 'cooperation-tools/index')`. */
export const studioEditPath = (locale: Locale, source: string) => `${STUDIO_PATH}/collection/${locale}/item/${encodeURIComponent(source)}`;

/** The data files the studio edits as forms, by the form's name (Keystatic's singletons): what DATA_FILES names them. */
export type DataForm = keyof typeof DATA_FILES;
/** A data file's form writes its file under the name Keystatic gives it: its path without `.yaml`. */
export const dataFormPath = (form: DataForm) => `content/data/${DATA_FILES[form].file.replace(/\.yaml$/, '')}`;

/**
 * The file a screen of the studio edits, from its address: `content/fr/strategy.mdx` for a page's
 * form (`/keystatic/collection/fr/item/strategy`), `content/data/figures.yaml` for a data file's
 * (`/keystatic/singleton/figures`); nothing for the other screens.
 */
export function fileOfStudioAddress(pathname: string): string | undefined {
  const page = /^\/keystatic\/collection\/([^/]+)\/item\/(.+)$/.exec(pathname);
  if (page) {
    const [, locale = '', source = ''] = page;
    const file = decodeURIComponent(source);
    return (routing.locales as readonly string[]).includes(locale) && !file.split('/').includes('..') ? `content/${locale}/${file}.mdx` : undefined;
  }
  const form = /^\/keystatic\/singleton\/([^/]+)$/.exec(pathname)?.[1];
  return form && form in DATA_FILES ? `${dataFormPath(form as DataForm)}.yaml` : undefined;
}

/** The studio's screen that edits a file of content/: the inverse of fileOfStudioAddress. */
export function studioAddressOfFile(file: string): string {
  const page = /^content\/([^/]+)\/(.+)\.mdx$/.exec(file);
  if (page && (routing.locales as readonly string[]).includes(page[1] ?? '')) return studioEditPath(page[1] as Locale, page[2] ?? '');
  const form = (Object.keys(DATA_FILES) as DataForm[]).find((name) => `${dataFormPath(name)}.yaml` === file);
  return form ? `${STUDIO_PATH}/singleton/${form}` : STUDIO_PATH;
}
