// "Not found" in the language of the address. Next.js renders a not-found page on demand only as an
// empty shell that its scripts fill in (and this site sends no script), so unknown addresses all get
// its one prerendered, bilingual page. The build also prerenders a not-found page per language
// (app/[locale]/page-not-found) and records them (scripts/postbuild.ts); the server answers a 404 under
// /fr/… or /en/… with that language's page instead, its status and headers unchanged.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the build records each language's not-found page, in the build's directory. */
export const NOT_FOUND_RECORD = 'not-found-pages.json';

/** The language an address is in (its first segment), if the site has a not-found page for it. */
const languageOf = (pathname) => /^\/([^/]+)/.exec(pathname)?.[1];

/**
 * The not-found pages recorded by the build in `distDir` (.next): `bodyFor(pathname)` is the page to
 * answer a 404 at that address with (undefined when the address is in no language of the site), and
 * `isOwnAddress(pathname)` tells the pages' own addresses, which must answer 404 too.
 */
export function readNotFoundPages(distDir) {
  const record = path.join(distDir, NOT_FOUND_RECORD);
  if (!existsSync(record)) return undefined;
  /** @type {Record<string, string>} */
  const addresses = JSON.parse(readFileSync(record, 'utf8'));
  const pages = new Map();
  for (const [locale, address] of Object.entries(addresses)) {
    const file = path.join(distDir, 'server/app', `${address}.html`);
    if (existsSync(file)) pages.set(locale, readFileSync(file));
    else console.warn(`${file} is missing: unknown addresses in ${locale} get the bilingual not-found page.`);
  }
  const own = new Set(Object.values(addresses));
  return {
    bodyFor: (pathname) => pages.get(languageOf(pathname) ?? ''),
    isOwnAddress: (pathname) => own.has(pathname.replace(/\/$/, '')),
  };
}
