// npm run budget — after `npm run build`, checks the weight of every prerendered page against budget.json:
// the JavaScript it loads (within a margin of an empty Next.js page), its CSS, its HTML; all gzip -9.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { prerenderedPages } from './prerendered';

const budget = JSON.parse(readFileSync('budget.json', 'utf8')) as { javascriptFloor: { bytes: number }; javascriptAboveFloor: number; css: number; html: number };
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const asset = (url: string) => readFileSync(path.join('.next', url.replace(/^\/_next\//, '')));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// Pages visitors read: not the preview images, the map file or Next's own error shell.
const pages = prerenderedPages().filter(({ route }) => !/^\/(og|maps)\//.test(route) && route !== '/_global-error');

const jsLimit = budget.javascriptFloor.bytes + budget.javascriptAboveFloor;
const failures: string[] = [];
const rows: string[] = [];
for (const { route, html } of pages) {
  const scripts = [...new Set([...html.matchAll(/<script[^>]*\ssrc="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] ?? ''))];
  const styles = [...new Set([...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] ?? ''))];
  const js = scripts.reduce((sum, url) => sum + gzip(asset(url)), 0);
  const css = styles.reduce((sum, url) => sum + gzip(asset(url)), 0);
  const page = gzip(html);
  rows.push(`${route.padEnd(44)} JS ${kb(js).padStart(9)}  CSS ${kb(css).padStart(8)}  HTML ${kb(page).padStart(8)}`);
  if (js > jsLimit) failures.push(`${route}: JavaScript ${kb(js)} > ${kb(jsLimit)} (empty page ${kb(budget.javascriptFloor.bytes)} + ${kb(budget.javascriptAboveFloor)})`);
  if (css > budget.css) failures.push(`${route}: CSS ${kb(css)} > ${kb(budget.css)}`);
  if (page > budget.html) failures.push(`${route}: HTML ${kb(page)} > ${kb(budget.html)}`);
}
console.log(rows.join('\n'));
console.log(`\nBudgets: JavaScript ≤ ${kb(jsLimit)} (empty Next.js page ${kb(budget.javascriptFloor.bytes)} + ${kb(budget.javascriptAboveFloor)}), CSS ≤ ${kb(budget.css)}, HTML ≤ ${kb(budget.html)} — gzip -9`);
if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`All ${rows.length} pages within budget.`);
