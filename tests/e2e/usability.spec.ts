import { expect, type Page, test } from '@playwright/test';
import { localeNames, type Locale, toolFinderPaths } from '@/i18n/routing';
import { content, counterpart, mainMenu, pageAt, pages, pageWhere, pageWith, translator } from './pages';

/** A section of the main menu that has pages of its own, and its first page. */
const sectionWithPages = (locale: Locale) => {
  const section = mainMenu(locale).find(({ page }) => content.children(page).length > 0);
  if (!section) throw new Error(`no ${locale} section of the main menu has pages`);
  return { ...section, child: content.children(section.page)[0]! };
};

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test('a phone visitor opens the menu, reaches a section, then one of its pages, then switches language', async ({ page }) => {
    const t = translator('fr');
    const { page: section, name, child } = sectionWithPages('fr');
    await page.goto('/fr');
    const nav = page.getByRole('navigation', { name: t('Navigation.label') });
    const link = nav.getByRole('link', { name, exact: true });
    await expect(link).toBeHidden();
    await nav.getByText(t('Navigation.menu')).click();
    await link.click();
    await expect(page).toHaveURL(section.path);
    await expect(nav.getByRole('link', { name, exact: true, includeHidden: true }).first()).toHaveAttribute('aria-current', 'page');
    await page.getByRole('main').locator(`a[href="${child.path}"]`).first().click();
    await expect(page).toHaveURL(child.path);
    const twin = counterpart(child.path, 'en');
    await page.getByRole('link', { name: localeNames.en }).click();
    await expect(page).toHaveURL(twin.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(twin.frontmatter.title);
  });
});

/** What has the focus: its role and its name, as a screen reader would announce it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing';
    const name = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.innerText ?? '';
    return `${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` ${el.getAttribute('href')}` : ''}: ${name.replace(/\s+/g, ' ').trim()}`;
  });
const hasOutline = (page: Page) => page.evaluate(() => getComputedStyle(document.activeElement as HTMLElement).outlineStyle !== 'none');

/** The header, in the order the keyboard reaches it: skip link, home, search field and button, language switch; then the sections. */
function headerStops(locale: Locale, other: Locale, from: string) {
  const t = translator(locale);
  return [
    `a #contenu: ${t('SkipLink.label')}`,
    `a /${locale}: ${t('Site.institution')} ${t('Site.shortName')}`,
    `input: ${t('Search.field')}`,
    `button: ${t('Search.submit')}`,
    `a /language?to=${encodeURIComponent(counterpart(from, other).path)}: ${localeNames[other]}`,
  ];
}

/** What Tab reaches, `count` times from where the focus is, each with a visible focus outline. */
async function tabThrough(page: Page, count: number): Promise<string[]> {
  const reached: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(await focused(page));
    expect(await hasOutline(page), reached.at(-1)).toBe(true);
  }
  return reached;
}

test.describe('with the keyboard only', () => {
  test('the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
    const t = translator('fr');
    const { page: section } = mainMenu('fr')[0]!;
    await page.goto(section.path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: t('SkipLink.label') });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
    expect(focusedInMain).toBe(true);
  });

  test('Tab goes through the header in reading order, then the sections of the menu, each with a focus outline', async ({ page }) => {
    await page.goto('/en');
    const expected = [...headerStops('en', 'fr', '/en'), ...mainMenu('en').map(({ page: section, name }) => `a ${section.path}: ${name}`)];
    expect(await tabThrough(page, expected.length)).toEqual(expected);
  });

  test('on a phone, Tab reaches the menu after the language switch; Enter opens it, and Tab goes through its sections', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const t = translator('fr');
    await page.goto('/fr');
    const expected = [...headerStops('fr', 'en', '/fr'), `summary: ${t('Navigation.menu')}`];
    expect(await tabThrough(page, expected.length)).toEqual(expected);
    await page.keyboard.press('Enter');
    const sections: string[] = [];
    for (let i = 0; i < mainMenu('fr').length; i += 1) {
      await page.keyboard.press('Tab');
      sections.push(await focused(page));
    }
    expect(sections).toEqual(mainMenu('fr').map(({ page: section, name }) => `a ${section.path}: ${name}`));
    await context.close();
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
    await page.goto(pageWhere('fr', (p) => /\]\(\/fr\//.test(p.body), 'with a link in its text').path);
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
    await page.goto(pageWith('en', 'WorldMap').path);
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
    await page.goto(mainMenu('fr')[0]!.page.path);
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
        expect(figures.length, home).toBe(pageAt(home).elements.filter((e) => e.value === 'KeyFigure').length);
        for (const figure of figures) expect(figure, `${home} at ${width} px`).toEqual({ figure: figure.figure, lines: 1, inside: true });
      }
      await context.close();
    });
  }

  test('at 1280 px, the title shares its row with the tool finder, and figures and cards use the width', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/en');
    const title = await page.locator('h1').boundingBox();
    const t = translator('en');
    const invitation = page.getByRole('complementary', { name: t('ToolFinder.title') });
    const box = await invitation.boundingBox();
    expect(box && title && box.x > title.x + title.width && box.y < title.y + title.height).toBe(true);
    await invitation.getByRole('link', { name: t('ToolFinder.start') }).click();
    await expect(page).toHaveURL(toolFinderPaths.en);
    await page.goBack();
    const rowsOf = (selector: string) => page.locator(selector).evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
    expect(await rowsOf('.key-figures > div')).toBe(1);
    expect(await rowsOf('.cards >> nth=0 >> li')).toBe(1);
  });
});
