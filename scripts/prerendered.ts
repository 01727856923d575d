import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where `next build` writes the HTML of the pages it prerenders. */
export const APP_DIR = path.resolve('.next/server/app');

/** Every prerendered HTML page under `dir` (a build's, or the standalone output's), with the address it is served at. */
export function prerenderedPages(dir = APP_DIR): { route: string; file: string; html: string }[] {
  const walk = (folder: string): { route: string; file: string; html: string }[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) return walk(file);
      if (!entry.name.endsWith('.html')) return [];
      const route =
        `/${path
          .relative(dir, file)
          .replace(/\.html$/, '')
          .split(path.sep)
          .join('/')}`.replace(/\/index$/, '') || '/';
      return [{ route, file, html: readFileSync(file, 'utf8') }];
    });
  return walk(dir).sort((a, b) => a.route.localeCompare(b.route));
}
