import { expect, test } from '@playwright/test';

test.describe('unknown addresses', () => {
  test('an unknown French page answers 404 in French, with a way home', async ({ page }) => {
    const response = await page.goto('/fr/cette-page-n-existe-pas');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cette page est introuvable');
    await page.getByRole('link', { name: 'Revenir à l’accueil' }).click();
    await expect(page).toHaveURL('/fr');
  });

  test('an unknown English page answers 404 in English, with a way home', async ({ page }) => {
    const response = await page.goto('/en/strategy/does-not-exist');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find this page');
    await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en');
  });

  test('a page of one language under the other language’s prefix is not found', async ({ page }) => {
    expect((await page.goto('/en/strategie'))?.status()).toBe(404);
    expect((await page.goto('/fr/strategy'))?.status()).toBe(404);
  });

  test('an unknown language ends on a 404 in the visitor’s language', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'en-US,en;q=0.9' } });
    const page = await context.newPage();
    const response = await page.goto('/de/strategie');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('an address with a file extension answers 404 in both languages', async ({ page }) => {
    const response = await page.goto('/wp-login.php');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cette page est introuvable');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('We can’t find this page');
  });

  for (const path of ['/fr/%E0%A4%A', '/fr/..%2f..%2fetc%2fpasswd', `/en/${'a'.repeat(2000)}`, '/fr/<script>alert(1)</script>', '/%00', '/fr/strat%C3%A9gie']) {
    test(`odd input ${path.slice(0, 40)} never answers a server error`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBeLessThan(500);
      expect(await response.text()).not.toContain('<script>alert(1)</script>');
    });
  }
});
