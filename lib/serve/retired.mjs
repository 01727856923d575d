// A retired page (its frontmatter says `retired`, the editorial server writes it) keeps its address
// to say why it was withdrawn: the build prerenders that page and records its address
// (scripts/postbuild.ts), and the server answers it with 410 Gone, from memory or through Next.js.
// A retired page with a replacement is a permanent redirect instead (next.config.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the build records the retired pages' addresses, in the build's directory. */
export const RETIRED_RECORD = 'retired-pages.json';

/** The retired addresses the build recorded in `distDir` (.next): none when it recorded none. */
export function readRetired(distDir) {
  const record = path.join(distDir, RETIRED_RECORD);
  /** @type {string[]} */
  const addresses = existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : [];
  const retired = new Set(addresses);
  return { has: (pathname) => retired.has(pathname.replace(/\/$/, '')) };
}
