import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { deepPage, finderPages, pages } from './pages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const violationsOf = async (page: import('@playwright/test').Page) => {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
};

// Both colour schemes: the dark one follows the system (app/globals.css), and every pair of text and
// background must stay AA in it too.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe finds nothing (WCAG 2.2 AA), ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const page of pages) {
      test(`${page.path}`, async ({ page: tab }) => {
        await tab.goto(page.path);
        expect(await violationsOf(tab)).toEqual([]);
      });
    }

    test('on the not-found pages', async ({ page: tab }) => {
      for (const path of ['/fr/introuvable', '/en/missing', '/missing.html']) {
        await tab.goto(path);
        expect(await violationsOf(tab), path).toEqual([]);
      }
    });

    test('on the tool finder: its form with errors, an answer, no answer', async ({ page: tab }) => {
      for (const path of finderPages) {
        await tab.goto(path);
        expect(await violationsOf(tab), path).toEqual([]);
      }
    });

    test('on a phone with the menu open', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, colorScheme });
      const tab = await context.newPage();
      for (const path of ['/fr', deepPage('en').path]) {
        await tab.goto(path);
        await tab.locator('header details summary').click();
        expect(await violationsOf(tab), path).toEqual([]);
      }
      await context.close();
    });
  });
}
