import { plain } from '../plain';

/** Lowercase ASCII words joined by single hyphens: safe in any URL, no accents, no spaces. */
const WORDS = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A slug, the last part of a page's address in one language, or a file's name: `outils-de-cooperation`. */
export const SLUG_PATTERN = new RegExp(`^${WORDS}$`);

/** A page's key, its file under content/<language>/ without `.mdx`: `cooperation-tools/international-first-steps`. */
export const PAGE_KEY_PATTERN = new RegExp(`^${WORDS}(?:/${WORDS})*$`);

/** A URL-safe slug from a title: no accents, lowercase, words joined by hyphens. */
export function slugify(title: string): string {
  return plain(title)
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
