import { expect, type Page, test } from '@playwright/test';
import { content, mainMenu, pageWhere, translator } from './pages';

/** A page whose address differs between its languages, in both. */
const twins = (() => {
  const fr = pageWhere('fr', (p) => p.segments.length === 1 && !content.pageByKey('en', p.key)?.segments.includes(p.segments[0]!), 'whose address differs in English');
  return { fr, en: content.pageByKey('en', fr.key)! };
})();

/** The languages of the page's notices, in the order a visitor reads them, and which one is the page's heading. */
async function noticesOf(page: Page) {
  const languages = await page.locator('section[lang]').evaluateAll((sections) => sections.map((s) => s.getAttribute('lang')));
  const headingLanguage = await page.getByRole('heading', { level: 1 }).evaluate((h) => h.closest('[lang]')?.getAttribute('lang'));
  return { languages, headingLanguage };
}

// An unknown address answers 404 in its own language first (server.mjs, lib/serve/not-found.mjs),
// then in the other for a visitor who came to the wrong one; an address in neither language gets a
// page that speaks both. Each notice is marked with its language and leads home in it.
test.describe('unknown addresses', () => {
  test('an unknown French page answers 404, in French first, with a way home', async ({ page }) => {
    const response = await page.goto('/fr/cette-page-n-existe-pas');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    expect(await noticesOf(page)).toEqual({ languages: ['fr', 'en'], headingLanguage: 'fr' });
    await expect(page).toHaveTitle(/^Cette page est introuvable/);
    const french = page.locator('section[lang="fr"]');
    await expect(french.getByRole('heading', { level: 1 })).toHaveText('Cette page est introuvable');
    await french.getByRole('link', { name: 'Revenir à l’accueil' }).click();
    await expect(page).toHaveURL('/fr');
  });

  test('an unknown English page answers 404, in English first, with a way home and the sections', async ({ page }) => {
    const response = await page.goto(`${twins.en.path}/does-not-exist`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await noticesOf(page)).toEqual({ languages: ['en', 'fr'], headingLanguage: 'en' });
    await expect(page).toHaveTitle(/^We can’t find this page/);
    const english = page.locator('section[lang="en"]');
    await expect(english.getByRole('heading', { level: 1, name: 'We can’t find this page' })).toBeVisible();
    await expect(english.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en');
    for (const { page: section } of mainMenu('en')) await expect(english.getByRole('link', { name: section.frontmatter.title, exact: true })).toHaveAttribute('href', section.path);
    // The site's own header, in English: the visitor can search or go on from here.
    const nav = page.getByRole('navigation', { name: translator('en')('Navigation.label') });
    for (const { page: section, name } of mainMenu('en')) await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('href', section.path);
  });

  test('an address in neither language answers 404 in both, French first', async ({ page }) => {
    const response = await page.goto('/wp-login.php');
    expect(response?.status()).toBe(404);
    expect(await noticesOf(page)).toEqual({ languages: ['fr', 'en'], headingLanguage: 'fr' });
    await expect(page.locator('section[lang="en"]').getByRole('heading', { name: 'We can’t find this page' })).toBeVisible();
  });

  test('the not-found pages are whole without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const homeLinks: [string, string][] = [
      ['/en/missing', 'Back to the home page'],
      ['/fr/manquant', 'Revenir à l’accueil'],
      ['/missing.html', 'Revenir à l’accueil'],
    ];
    for (const [address, home] of homeLinks) {
      expect((await page.goto(address))?.status(), address).toBe(404);
      await expect(page.locator('main').getByRole('link', { name: home }), address).toBeVisible();
      expect(await page.locator('script').count(), address).toBe(0);
    }
    await context.close();
  });

  test('a HEAD request describes the page a GET would send', async ({ request }) => {
    const head = await request.head('/en/missing');
    const get = await request.get('/en/missing', { headers: { 'accept-encoding': 'identity' } });
    expect([head.status(), get.status()]).toEqual([404, 404]);
    expect(head.headers()['content-length']).toBe(String((await get.body()).length));
  });

  test('the not-found pages’ own addresses answer 404 too', async ({ request }) => {
    for (const address of ['/fr/page-not-found', '/en/page-not-found']) expect((await request.get(address)).status(), address).toBe(404);
  });

  test('a page of one language under the other language’s prefix is not found', async ({ page }) => {
    expect((await page.goto(`/en/${twins.fr.segments.join('/')}`))?.status()).toBe(404);
    expect((await page.goto(`/fr/${twins.en.segments.join('/')}`))?.status()).toBe(404);
  });

  test('an unknown language is sent to the visitor’s language, where the page is not found', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'en-US,en;q=0.9' } });
    const page = await context.newPage();
    const response = await page.goto(`/de${twins.fr.path.slice(3)}`);
    expect(response?.status()).toBe(404);
    expect(new URL(page.url()).pathname).toBe(`/en/de${twins.fr.path.slice(3)}`);
    expect(await noticesOf(page)).toEqual({ languages: ['en', 'fr'], headingLanguage: 'en' });
    await context.close();
  });

  for (const path of ['/fr/%E0%A4%A', '/fr/..%2f..%2fetc%2fpasswd', `/en/${'a'.repeat(2000)}`, '/fr/<script>alert(1)</script>', '/%00', '/fr/strat%C3%A9gie']) {
    test(`odd input ${path.slice(0, 40)} never answers a server error`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBeLessThan(500);
      expect(await response.text()).not.toContain('<script>alert(1)</script>');
    });
  }
});
