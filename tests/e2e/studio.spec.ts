import { expect, test } from '@playwright/test';
import { deepPage, mainMenu } from './pages';

// The writing studio (`npm run studio`, Keystatic) exists only in the local preview: the production
// server has none of its addresses, pages or API, and no public page carries any of its code.
const studioAddresses = [
  '/keystatic',
  '/keystatic/collection/fr',
  '/keystatic/collection/fr/item/strategy',
  '/api/keystatic/tree',
  '/api/studio/open?file=fr/strategy',
  '/api/studio/translation?file=en/strategy',
  '/fr/studio',
  '/en/studio',
];

test.describe('the studio is not in production', () => {
  for (const address of studioAddresses) {
    test(`GET ${address} answers 404`, async ({ request }) => {
      const response = await request.get(address, { headers: { 'no-cors': '1' }, maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toMatch(/keystatic|Studio de rédaction/i);
    });
  }

  for (const address of ['/api/keystatic/update', '/api/studio/translated', '/api/studio/new']) {
    // The production server answers GET and HEAD only (server.mjs): a write is refused before it
    // reaches any route, so no studio code runs to write anything.
    test(`POST ${address} is refused before any route`, async ({ request }) => {
      const response = await request.post(address, {
        headers: { 'no-cors': '1', 'content-type': 'application/json' },
        data: { additions: [{ path: 'content/fr/hacked.mdx', contents: 'aGk' }], deletions: [] },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(405);
      expect(response.headers()['allow']).toBe('GET, HEAD');
      expect(await response.text()).not.toMatch(/keystatic|Studio de rédaction/i);
    });
  }

  test('no public page refers to the studio', async ({ request }) => {
    for (const address of ['/fr', '/en', ...mainMenu('fr').map(({ page }) => page.path), deepPage('en').path]) {
      const html = await (await request.get(address)).text();
      expect(html, address).not.toMatch(/keystatic/i);
    }
  });
});
