import { expect, type Page, test } from '@playwright/test';
import { finderPages, pages } from './pages';

// Every page describes itself for search engines (schema.org JSON-LD), and says what the page shows:
// the same title, the same breadcrumbs, the same language, the same date.

type Node = Record<string, unknown> & { '@type': string };

async function graphOf(tab: Page): Promise<Node[]> {
  const blocks = await tab.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  return (JSON.parse(blocks[0] ?? '{}') as { '@graph': Node[] })['@graph'];
}

for (const address of [...pages.map((p) => p.path), '/fr/recherche?q=inserm', '/en/search', '/fr/quel-outil', finderPages[1]!]) {
  test(`${address}: the structured data says what the page shows`, async ({ page: tab }) => {
    await tab.goto(address);
    const graph = await graphOf(tab);
    const page = graph.find((node) => node['@type'] === 'WebPage' || node['@type'] === 'SearchResultsPage');
    expect(page?.name).toBe((await tab.locator('h1').innerText()).trim());
    expect(page?.inLanguage).toBe((await tab.locator('h1').getAttribute('lang')) ?? (await tab.locator('html').getAttribute('lang')));
    expect(new URL(String(page?.url)).pathname).toBe(new URL(tab.url()).pathname);
    const updated = tab.locator('.page-head time');
    if (await updated.count()) expect(page?.dateModified).toBe(await updated.getAttribute('datetime'));

    const list = graph.find((node) => node['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] } | undefined;
    const crumbs = tab.getByRole('navigation', { name: /Fil d’Ariane|Breadcrumb/ }).getByRole('listitem');
    if ((await crumbs.count()) === 0) {
      expect(list).toBeUndefined();
    } else {
      const shown = (await crumbs.allInnerTexts()).map((text) => text.replace(/\s*›\s*$/, '').trim());
      expect(list?.itemListElement.map((item) => item.name)).toEqual(shown);
      expect(list?.itemListElement.map((item) => item.position)).toEqual(shown.map((_, i) => i + 1));
      const links = await tab
        .getByRole('navigation', { name: /Fil d’Ariane|Breadcrumb/ })
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(list?.itemListElement.slice(0, -1).map((item) => new URL(item.item).pathname)).toEqual(links);
      expect(new URL(list?.itemListElement.at(-1)?.item ?? '').pathname).toBe(new URL(tab.url()).pathname);
    }
  });
}

test('the home pages name who publishes the site: Inserm, and its Europe and International section', async ({ page: tab }) => {
  for (const [address, section] of [
    ['/fr', 'Inserm – Europe et international'],
    ['/en', 'Inserm – Europe and International'],
  ] as const) {
    await tab.goto(address);
    const graph = await graphOf(tab);
    const inserm = graph.find((node) => node['@type'] === 'ResearchOrganization');
    expect(inserm).toMatchObject({ name: 'Inserm', url: 'https://www.inserm.fr/' });
    expect(graph.find((node) => node['@type'] === 'Organization')).toMatchObject({ name: section, parentOrganization: { '@id': inserm?.['@id'] } });
    expect(graph.find((node) => node['@type'] === 'WebSite')).toMatchObject({ name: section });
  }
});
