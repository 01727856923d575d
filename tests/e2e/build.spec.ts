import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { deepPage, mainMenu, pages } from './pages';

// What `npm run build` produced: every content page prerendered, none turned dynamic.
const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as { routes: Record<string, { srcRoute: string }> };

test('every content page, in both languages, is prerendered at build time', () => {
  const missing = pages.map((p) => p.path).filter((path) => !manifest.routes[path]);
  expect(missing).toEqual([]);
});

test('the top-level social preview images, the map and the not-found page are prerendered too', () => {
  for (const path of ['/og/fr', ...[...mainMenu('fr'), ...mainMenu('en')].map(({ page }) => `/og${page.path}`), '/maps/world.svg', '/_not-found', '/sitemap.xml', '/robots.txt']) {
    expect(manifest.routes[path], path).toBeDefined();
  }
});

test('a deeper page’s social preview image is drawn when first asked for, and kept; an unknown one is not found', async ({ request }) => {
  const deeper = `/og${deepPage('en').path}`;
  expect(manifest.routes[deeper]).toBeUndefined();
  const image = await request.get(deeper);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(image.headers()['cache-control']).toContain('s-maxage=');
  expect((await request.get(`${deeper}-nothing`)).status()).toBe(404);
});

test('the production site has none of the preview: no editor’s bar, no problem marks, no list of problems', async ({ request }) => {
  for (const address of ['/fr/apercu', '/en/preview', '/fr/preview']) expect((await request.get(address)).status(), address).toBe(404);
  for (const page of pages) {
    const html = await (await request.get(page.path)).text();
    expect(html, page.path).not.toMatch(/data-preview|Aperçu de rédaction|Editing preview/);
  }
});
