// Runs after `next build` (npm run build): takes the framework's scripts out of every prerendered
// page, refuses the build if a page would hide content until a script ran, and completes the
// standalone output with what Next.js leaves out (static files, public/, the server).
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { notFoundPaths } from '../i18n/routing';
import { contentHiddenForScripts, withoutScripts } from '../lib/serve/html.mjs';
import { NOT_FOUND_RECORD } from '../lib/serve/not-found.mjs';
import { APP_DIR, prerenderedPages } from './prerendered';

const STANDALONE = path.resolve('.next/standalone');

function clean(dir: string) {
  const hidden: string[] = [];
  const pages = prerenderedPages(dir);
  for (const { route, file, html } of pages) {
    const cleaned = withoutScripts(html);
    const found = contentHiddenForScripts(cleaned);
    if (found.length > 0) hidden.push(`${route}: ${found.join(', ')}`);
    if (cleaned !== html) writeFileSync(file, cleaned);
  }
  if (hidden.length > 0) {
    console.error(`These pages keep content hidden until a script runs, and the site runs none:\n${hidden.map((h) => `  ✗ ${h}`).join('\n')}`);
    process.exit(1);
  }
  return pages.length;
}

console.log(`No scripts: ${clean(APP_DIR)} prerendered pages cleaned, none hides content for a script.`);

// Each language's not-found page, which the server answers unknown addresses of that language with.
for (const [locale, address] of Object.entries(notFoundPaths)) {
  if (!existsSync(path.join(APP_DIR, `${address}.html`))) {
    console.error(`The not-found page in ${locale} (${address}) was not prerendered: app/[locale]/page-not-found must stay static.`);
    process.exit(1);
  }
}
writeFileSync(path.resolve('.next', NOT_FOUND_RECORD), JSON.stringify(notFoundPaths));

// The standalone server runs from .next/standalone: it needs the static assets, public/, and the
// same server as `npm start` (server.mjs and what it imports).
if (existsSync(STANDALONE)) {
  clean(path.join(STANDALONE, '.next/server/app'));
  cpSync('.next/static', path.join(STANDALONE, '.next/static'), { recursive: true });
  if (existsSync('public')) cpSync('public', path.join(STANDALONE, 'public'), { recursive: true });
  cpSync('server.mjs', path.join(STANDALONE, 'server.mjs'));
  cpSync(path.resolve('.next', NOT_FOUND_RECORD), path.join(STANDALONE, '.next', NOT_FOUND_RECORD));
  for (const dir of ['lib/serve', 'lib/security']) cpSync(dir, path.join(STANDALONE, dir), { recursive: true, filter: (file) => !file.endsWith('.d.mts') });
  console.log('Standalone: copied .next/static, public/ and server.mjs into .next/standalone (run `node server.mjs` there)');
}
