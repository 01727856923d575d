import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, test } from '@playwright/test';
import { writeCallsSection } from '../../scripts/scale-content';
import { startNextDev } from './next-dev';

// The editors' preview, for real: `next dev` on a copy of content/, broken the ways an editor breaks
// it. Each broken page must still answer, showing its problem in the file's language with the file
// and the line; every other page must keep working; fixing the file must bring the page back.

const PORT = Number(process.env.PREVIEW_PORT ?? 3210);
const base = `http://127.0.0.1:${PORT}`;
const NB = '\u202f';
let stopServer: (() => Promise<void>) | undefined;
let content: string;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: base });

const file = (rel: string) => path.join(content, rel);
const edit = (rel: string, change: (text: string) => string) => writeFileSync(file(rel), change(readFileSync(file(rel), 'utf8')));
/** A message of the content check as a page shows it: its `code` is set in type, without the backticks. */
const shown = (message: string) => message.replaceAll('`', '');
const lineOf = (rel: string, text: string) =>
  readFileSync(file(rel), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;
const html = async (request: APIRequestContext, address: string) => {
  const response = await request.get(address);
  expect(response.status(), address).toBe(200);
  return (await response.text())
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, '’')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  content = path.join(mkdtempSync(path.join(tmpdir(), 'preview-')), 'content');
  cpSync('content', content, { recursive: true });
  // A page not translated yet, shown in English from its French text, and a long section (see the last tests).
  rmSync(file('en/cooperation-tools/international-first-steps.mdx'));
  writeCallsSection(content, 120);
  stopServer = await startNextDev({ port: PORT, ready: '/fr', env: { CONTENT_ROOT: content }, seconds: 150, what: 'the preview' });
});

test.afterAll(async () => {
  await stopServer?.();
  rmSync(path.dirname(content), { recursive: true, force: true });
});

test('an untouched page shows the editor’s bar: file, date, translation, problems', async ({ page }) => {
  await page.goto('/fr/strategie');
  const bar = page.getByRole('complementary', { name: 'Aperçu de rédaction' });
  await expect(bar).toContainText('content/fr/strategy.mdx');
  await expect(bar).toContainText('mis à jour le 24 novembre 2026');
  await expect(bar).toContainText(`version en anglais${NB}: à jour`);
  await expect(bar).toContainText('Aucun problème sur cette page');
  await bar.getByRole('link', { name: 'à jour' }).click();
  await expect(page).toHaveURL(/\/en\/strategy$/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('each mistake shows on its own page, where it stands, in the file’s language; every other page works', async ({ request }) => {
  edit('fr/strategy.mdx', (t) => t.replace('plus de <Figure id="countries" /> pays, sur l’ensemble', 'plus de <Figure id="collaborationz" /> pays, sur l’ensemble'));
  edit('fr/priorities.mdx', (t) => t.replace('\n## ', '\n<Carte pays="Rwanda" />\n\n## '));
  edit('en/strategy.mdx', (t) => t.replace('](/en/priorities)', '](/en/prioritie)'));
  edit('fr/steering.mdx', (t) => t.replace(/^title: .*$/m, 'title: Le pilotage : qui fait quoi'));
  edit('fr/legal-notice.mdx', (t) => `${t.slice(0, t.lastIndexOf('\n## '))}\n<div>\n${t.slice(t.lastIndexOf('\n## '))}`);

  const figure = await html(request, '/fr/strategie');
  expect(figure).toContain(
    shown(
      `content/fr/strategy.mdx:${lineOf('fr/strategy.mdx', 'collaborationz')}: \`collaborationz\` n’existe pas dans content/data/figures.yaml${NB}: les noms possibles sont, du plus proche au plus lointain, \`collaborationsPerYear\``,
    ),
  );

  const component = await html(request, '/fr/priorites');
  expect(component).toContain(shown(`content/fr/priorities.mdx:${lineOf('fr/priorities.mdx', '<Carte')}: le composant \`<Carte>\` n’existe pas`));

  const link = await html(request, '/en/strategy');
  expect(link).toContain(shown(`content/en/strategy.mdx:${lineOf('en/strategy.mdx', '/en/prioritie)')}: the link \`/en/prioritie\` leads to no page`));

  const colon = await html(request, '/fr/pilotage');
  expect(colon).toContain(
    shown(
      `content/fr/steering.mdx:2: l’en-tête n’est pas du YAML valide${NB}: la valeur de \`title\` contient «${NB}:${NB}»${NB}; mettez-la entre guillemets${NB}: \`title: "Le pilotage : qui fait quoi"\``,
    ),
  );
  expect(colon).toContain('Le pilotage : qui fait quoi');

  const unclosed = await html(request, '/fr/mentions-legales');
  const line = lineOf('fr/legal-notice.mdx', '<div>');
  expect(unclosed).toContain(shown(`content/fr/legal-notice.mdx:${line}: la balise \`<div>\` n’est pas refermée`));
  expect(unclosed).toContain(`Lignes ${line - 2} à ${line + 2} de content/fr/legal-notice.mdx`);

  for (const other of ['/fr', '/en', '/fr/outils-de-cooperation', '/en/cooperation-tools/consolidate', '/fr/recherche?q=inserm']) {
    const text = await html(request, other);
    expect(text, other).not.toMatch(/Runtime Error|Unhandled|at Object\.|node_modules/);
  }
  const list = await html(request, '/fr/apercu');
  for (const broken of ['content/fr/strategy.mdx', 'content/fr/priorities.mdx', 'content/en/strategy.mdx', 'content/fr/steering.mdx', 'content/fr/legal-notice.mdx']) expect(list).toContain(broken);
});

test('the list of every problem passes axe and can be reached from the bar with the keyboard', async ({ page }) => {
  await page.goto('/fr/mentions-legales');
  const link = page.getByRole('link', { name: 'Voir tous les problèmes' });
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/apercu$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Problèmes du contenu');
  await expect(page.getByRole('heading', { name: 'content/fr/legal-notice.mdx' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }
});

test('a page with problems passes axe in both colour schemes, and no framework overlay covers it', async ({ page }) => {
  for (const [address, colorScheme] of [
    ['/fr/strategie', 'light'],
    ['/fr/mentions-legales', 'light'],
    ['/fr/pilotage', 'dark'],
    ['/fr/mentions-legales', 'dark'],
  ] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(address);
    await expect(page.locator('[data-preview]').first()).toBeVisible();
    await expect(page.getByText(/Runtime (Type)?Error|Unhandled|Build Error|Expected component/)).toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${address} (${colorScheme}) ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }
});

test('fixing the file and reloading brings the page back, with nothing restarted', async ({ request }) => {
  cpSync('content/fr/legal-notice.mdx', file('fr/legal-notice.mdx'));
  cpSync('content/fr/steering.mdx', file('fr/steering.mdx'));
  const fixed = await html(request, '/fr/mentions-legales');
  expect(fixed).not.toContain('n’est pas refermée');
  expect(fixed).toContain('Éditeur du site');
  const steering = await (await request.get('/fr/pilotage')).text();
  expect(steering).not.toContain('data-preview="banner"');
});

test('a figure, a tool’s amount and a partner of the map change in both languages by editing content/data only', async ({ request }) => {
  edit('data/figures.yaml', (t) => t.replace(/(firstStepsAmount:[\s\S]*?value: )10000/, '$112000'));
  edit('data/cooperation-tools.yaml', (t) =>
    t.replace('"{firstStepsAmount} au total"', '"{firstStepsAmount} au total, versés en une fois"').replace('"{firstStepsAmount} in total"', '"{firstStepsAmount} in total, paid at once"'),
  );
  edit('data/world-map.yaml', (t) =>
    t.replace('Centre d’investigation clinique', 'Centre d’investigation clinique de Kigali').replace('Clinical Investigation Centre', 'Kigali Clinical Investigation Centre'),
  );
  const fr = await html(request, '/fr/outils-de-cooperation');
  expect(fr).toContain(`12${NB}000\u00a0€ au total, versés en une fois`);
  const en = await html(request, '/en/cooperation-tools');
  expect(en).toContain('€12,000 in total, paid at once');
  expect(await html(request, '/fr/strategie')).toContain('Centre d’investigation clinique de Kigali');
  expect(await html(request, '/en/strategy')).toContain('Kigali Clinical Investigation Centre');
});

test('a slip in a data file shows above what it feeds, in French, with its line', async ({ request }) => {
  edit('data/figures.yaml', (t) => t.replace(/(irpDuration:[\s\S]*?value: )5/, '$1cinq'));
  const text = await html(request, '/fr/outils-de-cooperation');
  expect(text).toContain(shown(`content/data/figures.yaml:${lineOf('data/figures.yaml', 'value: cinq')}: \`irpDuration\` › \`value\` n’est pas valide${NB}: il faut un nombre d’années`));
  expect(await html(request, '/fr')).not.toContain('content/data/figures.yaml:');
});

test('a page not yet translated shows its figures in the language of its text, under a notice', async ({ request }) => {
  const fallback = await html(request, '/en/cooperation-tools/explorer');
  expect(fallback).toContain('This page is not yet available in English');
  // French figures (the amount was raised to 12 000 € by an earlier test), no English ones.
  expect(fallback).toContain(`12${NB}000\u00a0€ au total`);
  expect(fallback).not.toMatch(/€\d+,\d{3}/);
});

test('a long section lists its pages fifty at a time, with links that need no script, and passes axe', async ({ page, request }) => {
  await page.goto('/fr/appels');
  const list = page.getByRole('region', { name: '120 pages dans cette rubrique' });
  await expect(list.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(50);
  const pagination = page.getByRole('navigation', { name: 'Pages de la liste' });
  await expect(pagination.getByRole('link', { name: 'Page 3' })).toHaveAttribute('href', '/fr/appels/page/3');
  await pagination.getByRole('link', { name: 'Page suivante' }).click();
  await expect(page).toHaveURL('/fr/appels/page/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appels à projets – page 2');
  await expect(page.getByText('Pages 51 à 100 sur 120')).toBeVisible();
  // (In the preview the link navigates with script, and the tab's title follows a moment later.)
  await expect(page).toHaveTitle(/^Appels à projets – page 2\b/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  // The language switch leads to the same page of the English list.
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/language?to=%2Fen%2Fcalls%2Fpage%2F2');
  expect((await request.get('/en/calls/page/3')).status()).toBe(200);
  expect((await request.get('/en/calls/page/4')).status()).toBe(404);
  // A page of the section shows its neighbours, not its 119 siblings: the section, at most 11 pages, and how many others.
  await page.goto('/fr/appels/appel-0060');
  const sectionNav = page.getByRole('navigation', { name: 'Dans cette rubrique' });
  expect(await sectionNav.getByRole('link').count()).toBeLessThanOrEqual(1 + 11 + 2);
  await expect(sectionNav.getByRole('link', { name: /pages? (avant|après) dans la rubrique/ }).first()).toBeVisible();
  await expect(sectionNav.getByRole('link', { name: 'Appel à projets 0060\u202f: coopération en santé mondiale' })).toHaveAttribute('aria-current', 'page');
});
