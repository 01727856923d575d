// npm run budget — after `npm run build`, checks the weight of every prerendered page against budget.json:
// the JavaScript it loads or carries (none: the site runs no script), its CSS, its HTML; all gzip -9.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptsIn } from '../lib/serve/html.mjs';
import { prerenderedPages } from './prerendered';

const budget = JSON.parse(readFileSync('budget.json', 'utf8')) as { javascript: number; css: number; html: number };
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const asset = (url: string) => readFileSync(path.join('.next', url.replace(/^\/_next\//, '')));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// Pages visitors read: not the preview images, the map file or Next's own error shell.
const pages = prerenderedPages().filter(({ route }) => !/^\/(og|maps)\//.test(route) && route !== '/_global-error');

const failures: string[] = [];
const rows: string[] = [];
for (const { route, html } of pages) {
  const sources = [...html.matchAll(/<script[^>]*\ssrc="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const scripts = scriptsIn(html);
  const js = sources.reduce((sum, url) => sum + gzip(asset(url)), 0) + scripts.reduce((sum, script) => sum + gzip(script), 0);
  const styles = [...new Set([...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] ?? ''))];
  const css = styles.reduce((sum, url) => sum + gzip(asset(url)), 0);
  const page = gzip(html);
  rows.push(`${route.padEnd(44)} JS ${kb(js).padStart(8)}  CSS ${kb(css).padStart(8)}  HTML ${kb(page).padStart(8)}`);
  if (js > budget.javascript) failures.push(`${route}: JavaScript ${kb(js)} (${scripts.length} scripts) > ${kb(budget.javascript)}`);
  if (css > budget.css) failures.push(`${route}: CSS ${kb(css)} > ${kb(budget.css)}`);
  if (page > budget.html) failures.push(`${route}: HTML ${kb(page)} > ${kb(budget.html)}`);
}
console.log(rows.join('\n'));
console.log(`\nBudgets: JavaScript ≤ ${kb(budget.javascript)}, CSS ≤ ${kb(budget.css)}, HTML ≤ ${kb(budget.html)} — gzip -9`);
if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`All ${rows.length} pages within budget.`);
