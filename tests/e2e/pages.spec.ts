import { type APIRequestContext, expect, test } from '@playwright/test';
import { hasTableOfContents } from '@/lib/content';
import { counterpart, pages } from './pages';

test.describe('every page, in both languages', () => {
  for (const page of pages) {
    test(`${page.path} is served whole, in its language, with its own head`, async ({ page: tab, request }) => {
      const response = await tab.goto(page.path);
      expect(response?.status()).toBe(200);
      await expect(tab.locator('html')).toHaveAttribute('lang', page.locale);
      await expect(tab.getByRole('heading', { level: 1 })).toHaveText(page.frontmatter.title);
      await expect(tab.locator('meta[name="description"]')).toHaveAttribute('content', page.frontmatter.description);
      const updated = new Date(`${page.frontmatter.updated}T12:00:00Z`);
      const date = new Intl.DateTimeFormat(page.locale, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(updated);
      await expect(tab.locator(`time[datetime="${page.frontmatter.updated}"]`)).toHaveText(date);
      const title = await tab.title();
      expect(title).toContain(page.frontmatter.title);

      const origin = new URL((await tab.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
      await expect(tab.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${page.path}`);
      const other = counterpart(page.path, page.locale === 'fr' ? 'en' : 'fr');
      const fr = page.locale === 'fr' ? page : other;
      const en = page.locale === 'en' ? page : other;
      await expect(tab.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', `${origin}${fr.path}`);
      await expect(tab.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${origin}${en.path}`);
      const xDefault = await tab.locator('link[rel="alternate"][hreflang="x-default"]').getAttribute('href');
      expect(new URL(xDefault ?? '').href).toBe(new URL(page.key === '' ? '/' : fr.path, origin).href);

      // Every link inside the page leads somewhere that exists.
      const hrefs = await tab.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const href of new Set(hrefs.map((h) => h.split('#')[0] ?? ''))) {
        expect((await request.get(href, { maxRedirects: 0 })).status(), `link to ${href}`).toBe(200);
      }
    });
  }

  // (The HTML as served: what the browser shows in the tab and follows, without a browser to draw it.)
  const htmlOf = async (request: APIRequestContext, address: string) => (await request.get(address)).text();
  const decoded = (text: string) =>
    text
      .replace(/&amp;/g, '&')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');

  test('no two pages share a title', async ({ request }) => {
    const titles = new Map<string, string>();
    for (const page of pages) {
      const title = decoded(/<title>([^<]*)<\/title>/.exec(await htmlOf(request, page.path))?.[1] ?? '');
      expect(title, page.path).not.toBe('');
      expect(titles.get(title), `${page.path} has the title of`).toBeUndefined();
      titles.set(title, page.path);
    }
  });

  test('every page is reachable from the home pages by following links', async ({ request, baseURL }) => {
    const seen = new Set<string>(['/fr', '/en']);
    const queue = ['/fr', '/en'];
    while (queue.length > 0) {
      const html = await htmlOf(request, queue.shift() ?? '/');
      const hrefs = [...html.matchAll(/<a\b[^>]*\shref="(\/[^"]*)"/g)].map((m) => new URL(decoded(m[1] ?? ''), baseURL).pathname);
      for (const href of hrefs) {
        if (!seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    expect(pages.map((p) => p.path).filter((p) => !seen.has(p))).toEqual([]);
  });
});

test.describe('anchors and tables of contents', () => {
  for (const page of pages.filter(hasTableOfContents)) {
    test(`${page.path}: every entry of the table of contents leads to its heading`, async ({ page: tab }) => {
      await tab.goto(page.path);
      const toc = tab.getByRole('navigation', { name: page.locale === 'fr' ? 'Sur cette page' : 'On this page' });
      const links = toc.getByRole('link');
      await expect(links).toHaveCount(page.headings.length);
      for (const href of await links.evaluateAll((as) => as.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))))) {
        const target = tab.locator(`[id="${href}"]`);
        await expect(target).toHaveCount(1);
        expect(await target.evaluate((el) => el.tagName)).toMatch(/^H[23]$/);
      }
    });
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  for (const page of pages) {
    test(`${page.path} does not scroll sideways`, async ({ page: tab }) => {
      await tab.goto(page.path);
      const width = await tab.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    });
  }
});
