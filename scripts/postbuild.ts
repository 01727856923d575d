// Runs after `next build` (npm run build): takes the framework's scripts out of every prerendered
// page, refuses the build unless each shows its content without them (lib/serve/visible.mjs),
// records the prerendered responses the server answers from memory, compressed once and for all
// (scripts/prerendered-manifest.ts), and completes the standalone output with what Next.js leaves
// out (static files, public/, the server).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localizedAddress, notFoundPaths } from '../i18n/routing';
import { type Content, openContent } from '../lib/content';
import { withoutScripts } from '../lib/serve/html.mjs';
import { NOT_FOUND_RECORD } from '../lib/serve/not-found.mjs';
import { RELEASE_RECORD } from '../lib/serve/release.mjs';
import { RETIRED_RECORD } from '../lib/serve/retired.mjs';
import { PRERENDERED_DIR, PRERENDERED_MANIFEST } from '../lib/serve/prerendered.mjs';
import { whyNotVisible } from '../lib/serve/visible.mjs';
import { APP_DIR, prerenderedPages } from './prerendered';
import { recordPrerendered } from './prerendered-manifest';

const STANDALONE = path.resolve('.next/standalone');
/** Next.js's own page for a render that failed: no page of the site, never sent (the server answers a plain 500). */
const FRAMEWORK_ERROR_PAGE = '/_global-error';

/** Text that does not change on its way to the page: long enough to be the page's own, free of markup. */
const OWN_TEXT = /^[^<>{}&*_`[\]]{30,}$/;

/**
 * What each content page must show in its <main>, by address, from the content layer: its title and
 * the first sentence of its text that Markdown does not transform.
 */
function contentTexts(content: Content): Map<string, string[]> {
  return new Map(
    content.pages.map((page) => {
      const text = page.texts.map(({ value }) => value.trim()).find((value) => OWN_TEXT.test(value));
      return [page.path, text ? [page.frontmatter.title, text] : [page.frontmatter.title]];
    }),
  );
}

function clean(dir: string, expected: Map<string, string[]>) {
  const refused: string[] = [];
  const pages = prerenderedPages(dir);
  let titled = 0;
  for (const { route, file, html } of pages) {
    if (expected.has(route)) titled += 1;
    const cleaned = withoutScripts(html);
    const reasons = route === FRAMEWORK_ERROR_PAGE ? [] : whyNotVisible(cleaned, { shows: expected.get(route) });
    if (reasons.length > 0) refused.push(`${route}: ${reasons.join('; ')}`);
    if (cleaned !== html) writeFileSync(file, cleaned);
  }
  if (refused.length > 0) {
    console.error(`These pages would not show their content without scripts, and the site runs none:\n${refused.map((r) => `  ✗ ${r}`).join('\n')}`);
    process.exit(1);
  }
  return { count: pages.length, titled };
}

const content = openContent({ root: path.resolve('.'), mode: 'publish' });
const expected = contentTexts(content);
const { count, titled } = clean(APP_DIR, expected);
console.log(`No scripts: ${count} prerendered pages cleaned, each shows its content without them (${titled} content pages their title and text).`);

// Each language's not-found page, which the server answers unknown addresses of that language with.
for (const [locale, address] of Object.entries(notFoundPaths)) {
  if (!existsSync(path.join(APP_DIR, `${address}.html`))) {
    console.error(`The not-found page in ${locale} (${address}) was not prerendered: app/[locale]/page-not-found must stay static.`);
    process.exit(1);
  }
}
writeFileSync(path.resolve('.next', NOT_FOUND_RECORD), JSON.stringify(notFoundPaths));

// The prerendered responses, answered from memory: all but the framework's own pages and the
// not-found pages (which answer 404 at their own address, lib/serve/not-found.mjs).
const notFoundAddresses = new Set(Object.values(notFoundPaths));
rmSync(path.resolve('.next', PRERENDERED_DIR), { recursive: true, force: true });
// Which commit this build is: what the server says at /_release (a release names it; a checkout knows it).
const commit =
  process.env.RELEASE_COMMIT ??
  (() => {
    try {
      return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  })();
writeFileSync(path.resolve('.next', RELEASE_RECORD), JSON.stringify({ commit, builtAt: new Date().toISOString() }));

// A retired page without a replacement keeps its address, to say why, with 410 Gone.
const retired = new Set(content.retired.filter((page) => !content.replacementOf(page)).map((page) => page.path));
writeFileSync(path.resolve('.next', RETIRED_RECORD), JSON.stringify([...retired]));
const recorded = recordPrerendered(path.resolve('.next'), {
  publicAddress: localizedAddress,
  isLeftToNext: (route) => route.startsWith('/_') || notFoundAddresses.has(route),
  statusOf: (address) => (retired.has(address) ? 410 : undefined),
});
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `Recorded: ${recorded.addresses.length} prerendered responses to answer from memory, ${megabytes(recorded.bytes.identity)} as they are, ${megabytes(recorded.bytes.br)} Brotli, ${megabytes(recorded.bytes.gzip)} gzip (left to Next.js: ${recorded.leftToNext.join(', ')}).`,
);

// The standalone server runs from .next/standalone: it needs the static assets, public/, and the
// same server as `npm start` (server.mjs and what it imports).
if (existsSync(STANDALONE)) {
  clean(path.join(STANDALONE, '.next/server/app'), expected);
  cpSync('.next/static', path.join(STANDALONE, '.next/static'), { recursive: true });
  if (existsSync('public')) cpSync('public', path.join(STANDALONE, 'public'), { recursive: true });
  cpSync('server.mjs', path.join(STANDALONE, 'server.mjs'));
  cpSync(path.resolve('.next', NOT_FOUND_RECORD), path.join(STANDALONE, '.next', NOT_FOUND_RECORD));
  cpSync(path.resolve('.next', RETIRED_RECORD), path.join(STANDALONE, '.next', RETIRED_RECORD));
  cpSync(path.resolve('.next', RELEASE_RECORD), path.join(STANDALONE, '.next', RELEASE_RECORD));
  // The pages it cleaned are the same bytes as the build's: the record and the compressed copies hold for them.
  rmSync(path.join(STANDALONE, '.next', PRERENDERED_DIR), { recursive: true, force: true });
  cpSync(path.resolve('.next', PRERENDERED_DIR), path.join(STANDALONE, '.next', PRERENDERED_DIR), { recursive: true });
  cpSync(path.resolve('.next', PRERENDERED_MANIFEST), path.join(STANDALONE, '.next', PRERENDERED_MANIFEST));
  for (const dir of ['lib/serve', 'lib/security']) cpSync(dir, path.join(STANDALONE, dir), { recursive: true, filter: (file) => !file.endsWith('.d.mts') });
  console.log('Standalone: copied .next/static, public/, the prerendered responses and server.mjs into .next/standalone (run `node server.mjs` there)');
}
