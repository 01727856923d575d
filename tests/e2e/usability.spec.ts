import { expect, test } from '@playwright/test';
import { pages } from './pages';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test('a phone visitor opens the menu, reaches a section, then a tool, then switches language', async ({ page }) => {
    await page.goto('/fr');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const section = nav.getByRole('link', { name: 'Outils de coopération' });
    await expect(section).toBeHidden();
    await nav.getByText('Menu').click();
    await section.click();
    await expect(page).toHaveURL('/fr/outils-de-cooperation');
    await expect(nav.getByRole('link', { name: 'Outils de coopération', includeHidden: true }).first()).toHaveAttribute('aria-current', 'page');
    await page
      .getByRole('main')
      .getByRole('link', { name: /International First Steps/ })
      .first()
      .click();
    await expect(page).toHaveURL('/fr/outils-de-cooperation/explorer');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/en/cooperation-tools/explore');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('International First Steps');
  });
});

test.describe('with the keyboard only', () => {
  test('the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
    await page.goto('/fr/strategie');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
    expect(focusedInMain).toBe(true);
  });

  test('every link in the header can be reached and shows a focus outline', async ({ page }) => {
    await page.goto('/en');
    const headerLinks = await page.locator('header a:visible').count();
    for (let i = 0; i < headerLinks + 1; i += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el && el !== document.body ? getComputedStyle(el).outlineStyle : 'none';
      });
      expect(outline).not.toBe('none');
    }
  });
});

test.describe('search engines', () => {
  test('robots.txt names the sitemap, and the sitemap lists every page with its alternates', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    const sitemapUrl = /Sitemap: (\S+)/.exec(robots)?.[1];
    expect(sitemapUrl).toMatch(/\/sitemap\.xml$/);
    const xml = await (await request.get('/sitemap.xml')).text();
    for (const page of pages) {
      expect(xml).toContain(`${page.path}</loc>`);
    }
    expect(xml.match(/hreflang="x-default"/g)?.length).toBe(pages.length);
  });
});

test.describe('on paper', () => {
  test('the navigation chrome is not printed and link targets are shown', async ({ page }) => {
    await page.goto('/fr/outils-de-cooperation');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toBeHidden();
    const after = await page
      .locator('main .prose a[href^="/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/fr/');
  });
});

/** The relative luminance (WCAG) of a computed CSS colour, `rgb(…)`, `oklch(…)` or `lab(…)`, read through a canvas. */
async function luminanceOf(page: import('@playwright/test').Page, selector: string, property: 'color' | 'backgroundColor') {
  return page
    .locator(selector)
    .first()
    .evaluate((el, prop) => {
      const context = document.createElement('canvas').getContext('2d');
      if (!context) throw new Error('no canvas');
      context.fillStyle = getComputedStyle(el)[prop];
      context.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0] = [...context.getImageData(0, 0, 1, 1).data].map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }, property);
}

test.describe('a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('gets dark pages with light text, a dark map and its legend, and no script to do it', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/strategy');
    await expect(page.locator('meta[name="color-scheme"]')).toHaveAttribute('content', 'light dark');
    expect(await luminanceOf(page, 'body', 'backgroundColor')).toBeLessThan(0.05);
    expect(await luminanceOf(page, 'h1', 'color')).toBeGreaterThan(0.8);
    expect(await luminanceOf(page, 'main .prose p', 'color')).toBeGreaterThan(0.5);
    const map = page.locator('.world-map img');
    await map.scrollIntoViewIfNeeded();
    await expect.poll(() => map.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toBe('/maps/world-dark.svg');
    expect(await page.locator('.world-map figcaption svg:visible').count()).toBe(4);
    await context.close();
  });

  test('prints light, like a light system', async ({ page }) => {
    await page.goto('/fr/outils-de-cooperation');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await luminanceOf(page, 'body', 'backgroundColor')).toBe(1);
    expect(await luminanceOf(page, 'h1', 'color')).toBeLessThan(0.05);
  });
});

test.describe('the home page as a front door', () => {
  for (const width of [360, 768, 1024, 1280]) {
    test(`at ${width} px, no key figure breaks inside its number or spills out of its box`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const home of ['/fr', '/en']) {
        await page.goto(home);
        const figures = await page.locator('.key-figures dd').evaluateAll((dds) =>
          dds.map((dd) => {
            const box = dd.parentElement?.getBoundingClientRect();
            const text = document.createRange();
            text.selectNodeContents(dd);
            const lines = new Set([...text.getClientRects()].map((rect) => Math.round(rect.top))).size;
            const right = text.getBoundingClientRect().right;
            return { figure: dd.textContent, lines, inside: box !== undefined && right <= box.right };
          }),
        );
        expect(figures.length, home).toBeGreaterThanOrEqual(5);
        for (const figure of figures) expect(figure, `${home} at ${width} px`).toEqual({ figure: figure.figure, lines: 1, inside: true });
      }
      await context.close();
    });
  }

  test('at 1280 px, the title shares its row with the tool finder, and figures and cards use the width', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/en');
    const title = await page.locator('h1').boundingBox();
    const invitation = page.getByRole('complementary', { name: 'Which tool fits my project?' });
    const box = await invitation.boundingBox();
    expect(box && title && box.x > title.x + title.width && box.y < title.y + title.height).toBe(true);
    await invitation.getByRole('link', { name: 'Find the tool that fits' }).click();
    await expect(page).toHaveURL(/\/en\/which-tool$/);
    await page.goBack();
    const rowsOf = (selector: string) => page.locator(selector).evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
    expect(await rowsOf('.key-figures > div')).toBe(1);
    expect(await rowsOf('.cards >> nth=0 >> li')).toBe(1);
  });
});
