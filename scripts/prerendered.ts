import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where `next build` writes the HTML of the pages it prerenders. */
const APP_DIR = path.resolve('.next/server/app');

/** Every prerendered HTML page of the last build, with the address it is served at. */
export function prerenderedPages(dir = APP_DIR): { route: string; html: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return prerenderedPages(full);
      if (!entry.name.endsWith('.html')) return [];
      const route = `/${path.relative(APP_DIR, full).replace(/\.html$/, '').split(path.sep).join('/')}`.replace(/\/index$/, '') || '/';
      return [{ route, html: readFileSync(full, 'utf8') }];
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
