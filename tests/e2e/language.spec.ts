import { expect, test } from '@playwright/test';
import { counterpart, mainMenu, pageAt, pages } from './pages';

const deepPages = pages.filter((p) => p.segments.length >= 2);

test.describe('language switch', () => {
  for (const page of [...deepPages, pageAt('/fr'), pageAt('/en')]) {
    test(`from ${page.path} it lands on the same page in the other language`, async ({ page: tab }) => {
      const target = page.locale === 'fr' ? 'en' : 'fr';
      const twin = counterpart(page.path, target);
      await tab.goto(page.path);
      const link = tab.getByRole('navigation', { name: page.locale === 'fr' ? 'Choix de la langue' : 'Language' }).getByRole('link');
      await expect(link).toHaveText(target === 'fr' ? 'Français' : 'English');
      await expect(link).toHaveAttribute('hreflang', target);
      await expect(link).toHaveAttribute('lang', target);
      await link.click();
      await expect(tab).toHaveURL(twin.path);
      await expect(tab.locator('html')).toHaveAttribute('lang', target);
      await expect(tab.getByRole('heading', { level: 1 })).toHaveText(twin.frontmatter.title);
    });
  }
});

test.describe('language negotiation on /', () => {
  for (const [acceptLanguage, expected] of [
    ['en-GB,en;q=0.9', '/en'],
    ['fr-CA,fr;q=0.9,en;q=0.8', '/fr'],
    ['de-DE,de;q=0.9,en;q=0.5', '/en'],
    ['de-DE,ja;q=0.8', '/fr'],
    [undefined, '/fr'],
  ] as const) {
    test(`Accept-Language "${acceptLanguage ?? 'none'}" leads to ${expected}`, async ({ request }) => {
      const headers = acceptLanguage ? { 'accept-language': acceptLanguage } : undefined;
      const response = await request.get('/', { headers, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(expected);
    });
  }

  test('an explicit choice of language is remembered over the browser’s preference, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR', extraHTTPHeaders: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    const tab = await context.newPage();
    await tab.goto('/');
    await expect(tab).toHaveURL('/fr');
    const french = mainMenu('fr')[0]!.page;
    const twin = counterpart(french.path, 'en');
    await tab.goto(french.path);
    const english = tab.getByRole('link', { name: 'English' });
    // The switch records the choice on its way; search engines follow hreflang in the head instead.
    await expect(english).toHaveAttribute('href', `/language?to=${encodeURIComponent(twin.path)}`);
    await expect(english).toHaveAttribute('rel', 'nofollow');
    await expect(tab.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`${twin.path}$`));
    await english.click();
    await expect(tab).toHaveURL(twin.path);
    await tab.goto('/');
    await expect(tab).toHaveURL('/en');
    await tab.getByRole('link', { name: 'Français' }).click();
    await tab.goto('/');
    await expect(tab).toHaveURL('/fr');
    await context.close();
  });
});
