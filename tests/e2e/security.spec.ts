import { expect, type APIRequestContext, test } from '@playwright/test';
import { counterpart, deepPage, mainMenu, pages } from './pages';

const section = mainMenu('fr')[0]!.page;
const englishSection = counterpart(section.path, 'en');

const get = (request: APIRequestContext, path: string) => request.get(path, { maxRedirects: 0 });
const setCookies = (response: Awaited<ReturnType<typeof get>>) => response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie');

test.describe('security headers (the checks of the MDN HTTP Observatory)', () => {
  for (const path of ['/fr', deepPage('en').path, '/fr/recherche?q=inserm', '/fr/introuvable', '/']) {
    test(`${path} says that no script may run, and sends the other headers`, async ({ request }) => {
      const headers = (await get(request, path)).headers();
      const directives = new Map(
        (headers['content-security-policy'] ?? '').split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(directives.get('default-src')).toBe("'none'");
      expect(directives.get('script-src')).toBe("'none'");
      expect(directives.get('style-src')).toBe("'self'");
      expect(directives.get('base-uri')).toBe("'none'");
      expect(directives.get('form-action')).toBe("'self'");
      expect(directives.get('frame-ancestors')).toBe("'none'");
      expect(headers['content-security-policy']).not.toMatch(/unsafe|nonce|sha256/);
      expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(15_552_000);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(headers['referrer-policy']);
      expect(headers['permissions-policy']).toContain('geolocation=()');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['x-powered-by']).toBeUndefined();
      expect(Object.keys(headers).filter((name) => name.startsWith('x-nextjs') || name.startsWith('x-middleware'))).toEqual([]);
    });
  }

  test('static files carry the same headers, and hashed assets are cached for good', async ({ page, request }) => {
    await page.goto('/fr');
    const stylesheet = await page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first().getAttribute('href');
    const headers = (await get(request, stylesheet ?? '')).headers();
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toBeDefined();
  });
});

test.describe('any cache may keep the pages: they depend on their address only', () => {
  test('every page may be kept by a shared cache an hour and served stale while refreshed; browsers check again', async ({ request }) => {
    for (const page of pages) {
      const response = await get(request, page.path);
      expect(response.headers()['cache-control'], page.path).toBe('public, max-age=0, s-maxage=3600, stale-while-revalidate=86400');
      expect(response.headers().vary, page.path).toBe('Accept-Encoding');
      expect(setCookies(response), page.path).toEqual([]);
    }
  });

  test('no page sets a cookie, nor answers differently to one', async ({ request }) => {
    for (const path of [section.path, '/en', '/fr/recherche?q=inserm', '/fr/introuvable', '/sitemap.xml']) {
      const plain = await get(request, path);
      const withCookie = await request.get(path, { maxRedirects: 0, headers: { cookie: 'NEXT_LOCALE=en' } });
      expect(setCookies(plain), path).toEqual([]);
      expect(setCookies(withCookie), path).toEqual([]);
      expect(await withCookie.text(), path).toBe(await plain.text());
    }
  });

  test('search results and / (which reads the visitor’s choice and languages) are for the visitor alone', async ({ request }) => {
    expect((await get(request, '/fr/recherche?q=inserm')).headers()['cache-control']).toContain('no-store');
    const root = (await get(request, '/')).headers();
    expect(root['cache-control']).toContain('no-store');
    expect(root.vary).toMatch(/Cookie/);
  });
});

test.describe('the language choice', () => {
  test('is the only cookie: set by /language alone, Secure, HttpOnly, SameSite=Lax, with a redirect no cache keeps', async ({ request }) => {
    const response = await get(request, `/language?to=${encodeURIComponent(englishSection.path)}`);
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(englishSection.path);
    expect(response.headers()['cache-control']).toBe('no-store');
    const cookies = setCookies(response).map((c) => c.value);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^NEXT_LOCALE=en; Path=\/; Max-Age=\d+; Secure; HttpOnly; SameSite=Lax$/);
  });

  test('keeps the search query, and leads nowhere but to a page of the site', async ({ request }) => {
    expect((await get(request, '/language?to=%2Fen%2Fsearch%3Fq%3Dtools')).headers().location).toBe('/en/search?q=tools');
    for (const to of ['https://evil.example/', '//evil.example', '/\\evil.example', '/fr/nowhere', `${englishSection.path}/../../etc`, 'javascript:alert(1)', '', '/%0d%0aSet-Cookie:x=1']) {
      const response = await get(request, `/language?${new URLSearchParams({ to })}`);
      expect(response.status(), to).toBe(400);
      expect(response.headers().location, to).toBeUndefined();
      expect(setCookies(response), to).toEqual([]);
    }
  });
});

test.describe('no page breaks its own policy, runs a script or calls a third party', () => {
  for (const page of [...pages.map((p) => p.path), '/fr/recherche?q=coop%C3%A9ration', '/en/missing']) {
    test(`${page}`, async ({ page: tab, baseURL }) => {
      const violations: string[] = [];
      const foreign: string[] = [];
      const scripts: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
      });
      tab.on('request', (request) => {
        if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin) foreign.push(request.url());
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      // Loaded, as a visitor sees it: its heading shown, its fonts in (the last requests a page without script makes).
      await tab.goto(page, { waitUntil: 'load' });
      await expect(tab.getByRole('heading', { level: 1 })).toBeVisible();
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
      expect(scripts).toEqual([]);
      expect(await tab.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    });
  }
});
