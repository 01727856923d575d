import { expect, test } from '@playwright/test';
import { pages } from './pages';

const headersOf = async (request: import('@playwright/test').APIRequestContext, path: string) => (await request.get(path, { maxRedirects: 0 })).headers();

test.describe('security headers (the checks of the MDN HTTP Observatory)', () => {
  for (const path of ['/fr', '/en/cooperation-tools/explore', '/fr/recherche?q=inserm', '/fr/introuvable']) {
    test(`${path} sends a strict Content-Security-Policy and the other headers`, async ({ request }) => {
      const headers = await headersOf(request, path);
      const csp = headers['content-security-policy'] ?? '';
      const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
      expect(directive('default-src')).toBe("default-src 'self'");
      expect(directive('script-src')).toMatch(/^script-src 'self'( '(sha256-[A-Za-z0-9+/=]+|nonce-[A-Za-z0-9+/=]+)')+$/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(directive('object-src')).toBe("object-src 'none'");
      expect(directive('base-uri')).toBe("base-uri 'self'");
      expect(directive('form-action')).toBe("form-action 'self'");
      expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(15_552_000);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(headers['referrer-policy']);
      expect(headers['permissions-policy']).toContain('geolocation=()');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }

  test('static files carry the same headers, and hashed assets are cached for good', async ({ page, request }) => {
    await page.goto('/fr');
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
    const headers = await headersOf(request, script ?? '');
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toBeDefined();
  });

  test('pages may be kept by a shared cache, refreshed in the background; search results are private', async ({ request }) => {
    expect((await headersOf(request, '/fr/strategie'))['cache-control']).toMatch(/^s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect((await headersOf(request, '/fr/recherche?q=inserm'))['cache-control']).toContain('no-store');
  });

  test('the only cookie is the language, for the session, SameSite=Lax', async ({ request }) => {
    const cookies = (await request.get('/en', { maxRedirects: 0 })).headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie');
    for (const { value } of cookies) {
      expect(value).toMatch(/^NEXT_LOCALE=(fr|en);/);
      expect(value).toMatch(/SameSite=lax/i);
      expect(value).not.toMatch(/expires|max-age/i);
    }
  });
});

test.describe('no page breaks its own policy or calls a third party', () => {
  for (const page of [...pages.map((p) => p.path), '/fr/recherche?q=coop%C3%A9ration', '/en/missing']) {
    test(`${page}`, async ({ page: tab, baseURL }) => {
      const violations: string[] = [];
      const foreign: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
      });
      tab.on('request', (request) => {
        if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      await tab.goto(page);
      await tab.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
      // Scripts ran: the client router took over (a hydrated page handles a client-side navigation).
      expect(await tab.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe('object');
    });
  }
});
