import { expect, test } from '@playwright/test';
import { createFormatter, createTranslator } from 'next-intl';
import { formatHeadline, formatValue } from '@/lib/figures/format';
import en from '@/messages/en.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };
import { content, pages } from './pages';

const { figures } = content.data;
const figureText = (locale: 'fr' | 'en', id: string, as: 'value' | 'headline') => {
  const figure = figures[id];
  if (!figure) throw new Error(`no figure ${id} in content/data/figures.yaml`);
  const format = createFormatter({ locale, timeZone: 'Europe/Paris' });
  const t = createTranslator({ locale, messages: locale === 'fr' ? fr : en, namespace: 'Figures' });
  return (as === 'value' ? formatValue : formatHeadline)(figure, format, (key, values) => t(key, values));
};

test.describe('figures come from the data, formatted for the language', () => {
  for (const page of pages.filter((p) => p.elements.some((e) => e.value === 'Figure' || e.value === 'KeyFigure'))) {
    test(`${page.path} shows each of its figures as the data says`, async ({ page: tab }) => {
      await tab.goto(page.path);
      const text = await tab.locator('main').innerText();
      for (const element of page.elements) {
        const id = element.attributes.id ?? element.attributes.figure;
        if (!id || !(element.value === 'Figure' || element.value === 'KeyFigure')) continue;
        expect(text, `${id} on ${page.path}`).toContain(figureText(page.locale, id, element.value === 'Figure' ? 'value' : 'headline'));
      }
    });
  }

  test('the home page key figures read « + de 7 000 » in French and “7,000+” in English', async ({ page }) => {
    await page.goto('/fr');
    await expect(page.locator('.key-figures dd').first()).toHaveText('+\u00a0de\u00a07\u202f000');
    await page.goto('/en');
    await expect(page.locator('.key-figures dd').first()).toHaveText('7,000+');
  });
});

test.describe('the cooperation tools compared', () => {
  for (const [path, caption, amount] of [
    ['/fr/outils-de-cooperation', 'Les quatre outils de coopération comparés', 'Montant'],
    ['/en/cooperation-tools', 'The four cooperation tools compared', 'Amount'],
  ] as const) {
    test(`${path} has a real table: caption, a column per tool, a row per question`, async ({ page }) => {
      await page.goto(path);
      const table = page.getByRole('table', { name: caption });
      await expect(table.getByRole('columnheader')).toHaveCount(4);
      await expect(table.getByRole('rowheader')).toHaveCount(6);
      const amountRow = table.getByRole('row', { name: new RegExp(`^${amount}`) });
      await expect(amountRow).toContainText(path.startsWith('/fr') ? '10\u202f000\u00a0€' : '€10,000');
      await table.getByRole('link').first().click();
      await expect(page).toHaveURL(/\/(explorer|explore)$/);
    });
  }

  test('on a phone the table scrolls inside its own region, which the keyboard can reach', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/en/cooperation-tools');
    const region = page.getByRole('region', { name: 'The four cooperation tools compared' });
    await expect(region).toHaveAttribute('tabindex', '0');
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});

test.describe('Inserm around the world', () => {
  for (const [path, name, countries] of [
    ['/fr/strategie', 'L’Inserm dans le monde', ['États-Unis', 'Japon', 'Brésil', 'Rwanda', 'Singapour', 'Royaume-Uni']],
    ['/en/strategy', 'Inserm around the world', ['United States', 'Japan', 'Brazil', 'Rwanda', 'Singapore', 'United Kingdom']],
  ] as const) {
    test(`${path}: the map is an image with a name and a description naming the countries, and a table`, async ({ page, request }) => {
      await page.goto(path);
      const map = page.getByRole('img', { name, exact: true });
      await expect(map).toBeVisible();
      for (const country of countries) await expect(map).toHaveAccessibleDescription(new RegExp(country));
      const table = page.getByRole('table', { name: path.startsWith('/fr') ? 'Pays partenaires et lieux d’action cités' : 'Partner countries and places of action named' });
      for (const country of countries) await expect(table.getByRole('rowheader', { name: country })).toBeVisible();
      const svg = await (await request.get((await map.getAttribute('src')) ?? '')).text();
      expect(svg.match(/<path /g)?.length).toBeGreaterThan(150);
    });
  }
});

test.describe('search', () => {
  test('accents and case are ignored, matched words are marked, and the section is named', async ({ page }) => {
    await page.goto('/fr/recherche?q=COOPERATION');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Résultats pour «\u202fCOOPERATION\u202f»');
    const first = page.getByRole('main').getByRole('listitem').first();
    await expect(first.locator('mark').first()).toHaveText(/^coopération/i);
    await expect(first).toContainText('Rubrique');
  });

  test('from the header, without JavaScript, a programme name leads to its page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/steering');
    await page.getByRole('search', { name: 'Search this site' }).getByRole('searchbox').fill('InterAging');
    await page.getByRole('search', { name: 'Search this site' }).getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/en/search?q=InterAging');
    await page
      .getByRole('main')
      .getByRole('link', { name: /Integrate/ })
      .first()
      .click();
    await expect(page).toHaveURL('/en/cooperation-tools/integrate');
    await context.close();
  });

  for (const [query, expected] of [
    ['Oswaldo', '/fr/priorites'],
    ['Rwanda', '/fr/priorites'],
    ['First Steps', '/fr/outils-de-cooperation/explorer'],
    ['Singapour', '/fr/outils-de-cooperation/integrer'],
  ] as const) {
    test(`“${query}” finds ${expected}`, async ({ page }) => {
      await page.goto(`/fr/recherche?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('main').locator(`h2 a[href="${expected}"]`)).toBeVisible();
    });
  }

  test('nothing found: a clear message, suggestions, the sections, and the other language', async ({ page }) => {
    await page.goto('/en/search?q=Singapore%20qwxzv');
    await expect(page.getByRole('status')).toHaveText('No page found');
    await expect(page.getByText('No page contains all these words.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'singapore', exact: true }).first()).toHaveAttribute('href', '/en/search?q=singapore');
    await expect(page.getByRole('link', { name: 'Cooperation tools' }).last()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Search for “Singapore qwxzv” in the French pages' })).toHaveAttribute('href', '/fr/recherche?q=Singapore+qwxzv');
  });

  test('what the search echoes is escaped', async ({ page }) => {
    const response = await page.goto('/fr/recherche?q=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E');
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>window.pwned=1</script>');
  });

  test('the search page passes axe in both languages, with and without results', async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    for (const url of ['/fr/recherche', '/fr/recherche?q=coop%C3%A9ration', '/en/search?q=zzqqx']) {
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
  await page.goto('/fr/outils-de-cooperation/explorer');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(new URL(image ?? '').pathname).toBe('/og/fr/outils-de-cooperation/explorer');
  const response = await request.get('/og/fr/outils-de-cooperation/explorer');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).length).toBeGreaterThan(10_000);
});
