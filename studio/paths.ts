import type { Locale } from '@/i18n/routing';

/** Where the studio lives in the preview: Keystatic's own addresses. */
export const STUDIO_PATH = '/keystatic';
/** Where Keystatic's preview link leads: the page a file makes, in the preview (app/api/studio/open). */
export const STUDIO_OPEN_PATH = '/api/studio/open';
/** Where the studio edits the page of a file: `studioEditPath('fr', 'cooperation-tools/index')`. */
export const studioEditPath = (locale: Locale, source: string) => `${STUDIO_PATH}/collection/${locale}/item/${encodeURIComponent(source)}`;
