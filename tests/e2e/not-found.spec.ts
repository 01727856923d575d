import { expect, test } from '@playwright/test';

// Unknown addresses all get one prerendered page that speaks French and English, each part
// marked with its language and leading home in that language.
test.describe('unknown addresses', () => {
  test('an unknown French page answers 404, in French, with a way home', async ({ page }) => {
    const response = await page.goto('/fr/cette-page-n-existe-pas');
    expect(response?.status()).toBe(404);
    const french = page.locator('section[lang="fr"]');
    await expect(french.getByRole('heading', { level: 1 })).toHaveText('Cette page est introuvable');
    await french.getByRole('link', { name: 'Revenir à l’accueil' }).click();
    await expect(page).toHaveURL('/fr');
  });

  test('an unknown English page answers 404, in English, with a way home and the sections', async ({ page }) => {
    const response = await page.goto('/en/strategy/does-not-exist');
    expect(response?.status()).toBe(404);
    const english = page.locator('section[lang="en"]');
    await expect(english.getByRole('heading', { name: 'We can’t find this page' })).toBeVisible();
    await expect(english.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en');
    await expect(english.getByRole('link', { name: 'Cooperation tools' })).toHaveAttribute('href', '/en/cooperation-tools');
  });

  test('the not-found page is whole without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto('/en/missing'))?.status()).toBe(404);
    await expect(page.locator('section[lang="en"]').getByRole('link', { name: 'Back to the home page' })).toBeVisible();
    await context.close();
  });

  test('a page of one language under the other language’s prefix is not found', async ({ page }) => {
    expect((await page.goto('/en/strategie'))?.status()).toBe(404);
    expect((await page.goto('/fr/strategy'))?.status()).toBe(404);
  });

  test('an unknown language is sent to the visitor’s language, where the page is not found', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': 'en-US,en;q=0.9' } });
    const page = await context.newPage();
    const response = await page.goto('/de/strategie');
    expect(response?.status()).toBe(404);
    expect(new URL(page.url()).pathname).toBe('/en/de/strategie');
    await expect(page.locator('section[lang="en"]').getByRole('link', { name: 'Back to the home page' })).toBeVisible();
    await context.close();
  });

  test('an address with a file extension answers 404', async ({ page }) => {
    const response = await page.goto('/wp-login.php');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'We can’t find this page' })).toBeVisible();
  });

  for (const path of ['/fr/%E0%A4%A', '/fr/..%2f..%2fetc%2fpasswd', `/en/${'a'.repeat(2000)}`, '/fr/<script>alert(1)</script>', '/%00', '/fr/strat%C3%A9gie']) {
    test(`odd input ${path.slice(0, 40)} never answers a server error`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBeLessThan(500);
      expect(await response.text()).not.toContain('<script>alert(1)</script>');
    });
  }
});
