import { expect, test } from '@playwright/test';
import { routing } from '@/i18n/routing';
import { TOOL_CRITERIA } from '@/lib/content/schemas';
import { content, deepPage, figureText, mainMenu, pages, pageWhere, pageWith, translator, withFigures } from './pages';

const { data } = content;

test.describe('figures come from the data, formatted for the language', () => {
  for (const page of pages.filter((p) => p.elements.some((e) => e.value === 'Figure' || e.value === 'KeyFigure'))) {
    test(`${page.path} shows each of its figures as the data says`, async ({ page: tab }) => {
      await tab.goto(page.path);
      const text = await tab.locator('main').innerText();
      for (const element of page.elements) {
        const id = element.attributes.id ?? element.attributes.figure;
        if (!id || !(element.value === 'Figure' || element.value === 'KeyFigure')) continue;
        expect(text, `${id} on ${page.path}`).toContain(figureText(page.contentLocale, id, element.value === 'Figure' ? 'value' : 'headline'));
      }
    });
  }

  test('a home page’s first key figure reads as a headline, with its qualifier, in each language (« + de 7 000 », “7,000+”)', async ({ page }) => {
    for (const locale of routing.locales) {
      const home = pageWhere(locale, (p) => p.key === '', 'home');
      const first = home.elements.find((e) => e.value === 'KeyFigure')?.attributes.figure;
      expect(first, home.file).toBeDefined();
      await page.goto(home.path);
      await expect(page.locator('.key-figures dd').first()).toHaveText(figureText(locale, first ?? '', 'headline'));
    }
  });
});

test.describe('the cooperation tools compared', () => {
  for (const locale of routing.locales) {
    const comparison = pageWith(locale, 'ToolsComparison');
    const t = translator(locale);
    const [firstTool] = data.tools;
    test(`${comparison.path} has a real table: caption, a column per tool, a row per question`, async ({ page }) => {
      await page.goto(comparison.path);
      const table = page.getByRole('table', { name: t('Tools.caption') });
      await expect(table.getByRole('columnheader')).toHaveCount(data.tools.length);
      await expect(table.getByRole('rowheader')).toHaveCount(TOOL_CRITERIA.length);
      const amountRow = table.getByRole('row', { name: new RegExp(`^${t('Tools.amount')}`) });
      await expect(amountRow).toContainText(withFigures(firstTool?.amount[locale] ?? '', locale));
      await table.getByRole('link').first().click();
      await expect(page).toHaveURL(pageWhere(locale, (p) => p.key === firstTool?.page, `of the tool ${firstTool?.id}`).path);
    });
  }

  test('on a phone the table scrolls inside its own region, which the keyboard can reach', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(pageWith('en', 'ToolsComparison').path);
    const region = page.getByRole('region', { name: translator('en')('Tools.caption') });
    await expect(region).toHaveAttribute('tabindex', '0');
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});

test.describe('our place in the world', () => {
  for (const locale of routing.locales) {
    const withMap = pageWith(locale, 'WorldMap');
    const worldMap = data.worldMap!;
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    const countries = Object.keys(worldMap.partners.countries).map((code) => names.of(code) ?? code);
    test(`${withMap.path}: the map is an image with a name and a description naming the countries, and a table`, async ({ page, request }) => {
      expect(countries.length).toBeGreaterThan(0);
      await page.goto(withMap.path);
      const map = page.getByRole('img', { name: worldMap.title[locale], exact: true });
      await expect(map).toBeVisible();
      for (const country of countries) await expect(map).toHaveAccessibleDescription(new RegExp(country));
      const table = page.getByRole('table', { name: translator(locale)('WorldMap.tableCaption') });
      for (const country of countries) await expect(table.getByRole('rowheader', { name: country })).toBeVisible();
      const svg = await (await request.get((await map.getAttribute('src')) ?? '')).text();
      expect(svg.match(/<path /g)?.length).toBeGreaterThan(150);
    });
  }
});

test.describe('search', () => {
  // Words of today's titles: a title finds its own page, whatever it says.
  const titleWords = (locale: 'fr' | 'en', pattern: RegExp) =>
    pages
      .filter((p) => p.locale === locale && !p.isFallback)
      .flatMap((p) => p.frontmatter.title.split(/[^\p{L}]+/u))
      .filter((word) => pattern.test(word))
      .sort((a, b) => b.length - a.length);

  test('accents and case are ignored, matched words are marked, and the section is named', async ({ page }) => {
    const t = translator('fr');
    const accented = titleWords('fr', /^\p{L}{5,}$/u).find((word) => /[éèêàç]/.test(word)) ?? '';
    expect(accented, 'a French title word with an accent').not.toBe('');
    const query = accented.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    await page.goto(`/fr/recherche?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('Search.resultsTitle', { query }));
    const first = page.getByRole('main').getByRole('listitem').first();
    await expect(first.locator('mark').first()).toHaveText(new RegExp(`^${accented}`, 'i'));
    await expect(first).toContainText(t('Search.section', { section: '' }).trim());
  });

  test('from the header, without JavaScript, a page’s title leads to the page', async ({ browser }) => {
    const target = deepPage('en');
    const t = translator('en');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(mainMenu('en')[0]?.page.path ?? '/en');
    const form = page.getByRole('search', { name: t('Search.label') });
    await form.getByRole('searchbox').fill(target.frontmatter.title);
    await form.getByRole('button', { name: t('Search.submit') }).click();
    await expect(page).toHaveURL(`/en/search?q=${new URLSearchParams({ q: target.frontmatter.title }).toString().slice(2)}`);
    await page.getByRole('main').getByRole('link', { name: target.frontmatter.title, exact: true }).first().click();
    await expect(page).toHaveURL(target.path);
    await context.close();
  });

  for (const target of [...mainMenu('fr').map(({ page }) => page), deepPage('fr')]) {
    test(`the title of ${target.path} finds it`, async ({ page }) => {
      await page.goto(`/fr/recherche?q=${encodeURIComponent(target.frontmatter.title)}`);
      await expect(page.getByRole('main').locator(`h2 a[href="${target.path}"]`)).toBeVisible();
    });
  }

  test('nothing found: a clear message, suggestions, the sections, and the other language', async ({ page }) => {
    const t = translator('en');
    const word = titleWords('en', /^[A-Za-z]{6,}$/)[0] ?? '';
    expect(word, 'an English title word').not.toBe('');
    const query = `${word} qwxzv`;
    await page.goto(`/en/search?${new URLSearchParams({ q: query })}`);
    await expect(page.getByRole('status')).toHaveText(t('Search.count', { count: 0 }));
    await expect(page.getByText(t('Search.noResults'))).toBeVisible();
    // Suggestions: spellings that do find pages, each a search of its own.
    const suggestions = page.getByRole('main').locator('a[href^="/en/search?q="]');
    await expect(suggestions.filter({ hasText: word.toLowerCase() }).first()).toBeVisible();
    for (const suggestion of await suggestions.all()) await expect(suggestion).toHaveAttribute('href', `/en/search?${new URLSearchParams({ q: (await suggestion.innerText()).trim() })}`);
    for (const { page: section } of mainMenu('en')) await expect(page.getByRole('main').getByRole('link', { name: section.frontmatter.title, exact: true })).toHaveAttribute('href', section.path);
    await expect(page.getByRole('main').locator(`a[href="/fr/recherche?${new URLSearchParams({ q: query })}"]`)).toContainText(query);
  });

  test('what the search echoes is escaped', async ({ page }) => {
    const response = await page.goto('/fr/recherche?q=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E');
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>window.pwned=1</script>');
  });

  test('the search page passes axe in both languages, with and without results', async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    for (const url of ['/fr/recherche', `/fr/recherche?${new URLSearchParams({ q: deepPage('fr').frontmatter.title })}`, '/en/search?q=zzqqx']) {
      await page.goto(url);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        url,
      ).toEqual([]);
    }
  });
});

test('each page has its own social preview image', async ({ page, request }) => {
  const deep = deepPage('fr');
  await page.goto(deep.path);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(new URL(image ?? '').pathname).toBe(`/og${deep.path}`);
  const response = await request.get(`/og${deep.path}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).length).toBeGreaterThan(10_000);
});
