import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page, test } from '@playwright/test';
import { createFormatter, createTranslator } from 'next-intl';
import { parseDocument } from 'yaml';
import { type Locale } from '@/i18n/routing';
import type { Root } from 'mdast';
import { FIGURE_PLACEHOLDER, type Figure, markdownProcessor, openContent, refusalsOf } from '@/lib/content';
import { formatValue } from '@/lib/figures/format';
import { writeCallsSection } from '../../scripts/scale-content';
import { hostilePages } from '../support/hostile-pages';
import { startNextDev } from './next-dev';
import { content, counterpart, messages, pageWhere, pageWith, translator } from './pages';

// The editors' preview, for real: `next dev` on a copy of content/, broken the ways an editor breaks
// it. Each broken page must still answer, showing its problem in the file's language with the file
// and the line; every other page must keep working; fixing the file must bring the page back.
// The preview reads the files at each request: each test breaks what it needs, and every file it
// touched is put back after it (afterEach), so that no test depends on another. The pages broken are
// picked from today's content, the messages expected are built from it.

const PORT = Number(process.env.PREVIEW_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 110);
const base = `http://127.0.0.1:${PORT}`;
const NB = '\u202f';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let stopServer: (() => Promise<void>) | undefined;
let copy: string;

// One `next dev` for the file, in one worker: its tests run in order, each on its own.
test.describe.configure({ mode: 'default' });
test.use({ baseURL: base });

const file = (rel: string) => path.join(copy, rel);
const read = (rel: string) => readFileSync(file(rel), 'utf8');
/** What each test changed, to be put back after it. */
const touched = new Map<string, string>();
const write = (rel: string, text: string) => {
  if (!touched.has(rel)) touched.set(rel, read(rel));
  writeFileSync(file(rel), text);
};
const edit = (rel: string, change: (text: string) => string) => {
  const before = read(rel);
  const after = change(before);
  expect(after, `the edit of ${rel}`).not.toBe(before);
  write(rel, after);
};
/** A data file edited as an editor would, its layout kept: `at` is the path of the value in the YAML. */
const editData = (rel: string, at: (string | number)[], change: (value: unknown) => unknown) => {
  const doc = parseDocument(read(rel));
  doc.setIn(at, change(doc.getIn(at)));
  edit(rel, () => doc.toString());
};
const relOf = (contentFile: string) => contentFile.replace(/^content\//, '');

/** A message of the content check as a page shows it: its `code` is set in type, without the backticks. */
const shown = (message: string) => message.replaceAll('`', '');
const lineOf = (rel: string, text: string) =>
  read(rel)
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
const axeViolations = async (page: Page, where: string) => {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
};

// A tool whose page is not translated yet: its English file is removed from the copy (beforeAll).
const [untranslatedTool] = content.data.tools;
const untranslated = pageWhere('en', (p) => p.key === untranslatedTool?.page, `of the tool ${untranslatedTool?.id}`);
// Today's pages the tests break: four French pages with sections (`## `), an English page with a link to another page.
const [figurePage, componentPage, colonPage, unclosedPage] = content.pages.filter((p) => p.locale === 'fr' && !p.isFallback && p.key !== '' && p.key !== untranslated.key && p.body.includes('\n## '));
const linkPage = pageWhere('en', (p) => p.key !== untranslated.key && /\]\(\/en\/[^)#]+\)/.test(p.body), 'with a link to another page');
const brokenLink = /\]\((\/en\/[^)#]+)\)/.exec(linkPage.body)?.[1] ?? '';
// A figure of today's data, misspelt: the check names the right one first.
const [figureId = ''] = Object.keys(content.data.figures);
const misspelt = `${figureId}z`;

/** Breaks five pages, each the way an editor might. */
function breakPages() {
  edit(relOf(figurePage!.file), (t) => t.replace('\n## ', `\nUn chiffre mal nommé, plus de <Figure id="${misspelt}" /> pays.\n\n## `));
  edit(relOf(componentPage!.file), (t) => t.replace('\n## ', '\n<Carte pays="Rwanda" />\n\n## '));
  edit(relOf(linkPage.file), (t) => t.replace(`](${brokenLink})`, `](${brokenLink}zz)`));
  edit(relOf(colonPage!.file), (t) => t.replace(/^title: .*$/m, 'title: Le pilotage : qui fait quoi'));
  edit(relOf(unclosedPage!.file), (t) => `${t.slice(0, t.lastIndexOf('\n## '))}\n<div>\n${t.slice(t.lastIndexOf('\n## '))}`);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  expect([figurePage, componentPage, colonPage, unclosedPage].every(Boolean), 'four French pages with sections').toBe(true);
  copy = path.join(mkdtempSync(path.join(tmpdir(), 'preview-')), 'content');
  cpSync('content', copy, { recursive: true });
  // A page not translated yet, shown in English from its French text, and a long section (see the last tests).
  rmSync(file(relOf(untranslated.file)));
  writeCallsSection(copy, 120);
  stopServer = await startNextDev({ port: PORT, ready: '/fr', env: { CONTENT_ROOT: copy }, seconds: 150, what: 'the preview' });
});

test.afterEach(() => {
  for (const [rel, text] of touched) writeFileSync(file(rel), text);
  touched.clear();
});

test.afterAll(async () => {
  await stopServer?.();
  if (copy) rmSync(path.dirname(copy), { recursive: true, force: true });
});

test('an untouched page shows the editor’s bar: file, date, translation, problems', async ({ page }) => {
  const t = createTranslator({ locale: 'fr', messages: messages.fr, namespace: 'Preview' });
  const twin = counterpart(figurePage!.path, 'en');
  const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(`${figurePage!.frontmatter.updated}T12:00:00Z`));
  await page.goto(figurePage!.path);
  const bar = page.getByRole('complementary', { name: t('label') });
  await expect(bar).toContainText(figurePage!.file);
  await expect(bar).toContainText(t('updated', { date }));
  await expect(bar).toContainText(`version en anglais${NB}: à jour`);
  await expect(bar).toContainText('Aucun problème sur cette page');
  await bar.getByRole('link', { name: 'à jour' }).click();
  await expect(page).toHaveURL(twin.path);
  expect(await axeViolations(page, twin.path)).toEqual([]);
});

test('each mistake shows on its own page, where it stands, in the file’s language; every other page works', async ({ request }) => {
  breakPages();
  const [figureRel, componentRel, linkRel, colonRel, unclosedRel] = [figurePage!, componentPage!, linkPage, colonPage!, unclosedPage!].map((p) => relOf(p.file)) as [
    string,
    string,
    string,
    string,
    string,
  ];

  expect(await html(request, figurePage!.path)).toContain(
    shown(
      `${figurePage!.file}:${lineOf(figureRel, misspelt)}: \`${misspelt}\` n’existe pas dans content/data/figures.yaml${NB}: les noms possibles sont, du plus proche au plus lointain, \`${figureId}\``,
    ),
  );
  expect(await html(request, componentPage!.path)).toContain(shown(`${componentPage!.file}:${lineOf(componentRel, '<Carte')}: le composant \`<Carte>\` n’existe pas`));
  expect(await html(request, linkPage.path)).toContain(shown(`${linkPage.file}:${lineOf(linkRel, `${brokenLink}zz)`)}: the link \`${brokenLink}zz\` leads to no page`));

  const colon = await html(request, colonPage!.path);
  expect(colon).toContain(
    shown(
      `${colonPage!.file}:${lineOf(colonRel, 'title: ')}: l’en-tête n’est pas du YAML valide${NB}: la valeur de \`title\` contient «${NB}:${NB}»${NB}; mettez-la entre guillemets${NB}: \`title: "Le pilotage : qui fait quoi"\``,
    ),
  );
  expect(colon).toContain('Le pilotage : qui fait quoi');

  const unclosed = await html(request, unclosedPage!.path);
  const line = lineOf(unclosedRel, '<div>');
  expect(unclosed).toContain(shown(`${unclosedPage!.file}:${line}: la balise \`<div>\` n’est pas refermée`));
  expect(unclosed).toContain(`Lignes ${line - 2} à ${line + 2} de ${unclosedPage!.file}`);

  const broken = new Set([figurePage, componentPage, colonPage, unclosedPage, linkPage].map((p) => p!.path));
  const others = content.pages.filter((p) => !broken.has(p.path) && p.key !== untranslatedTool?.page).slice(0, 6);
  for (const other of [...others.map((p) => p.path), '/fr/recherche?q=inserm']) {
    expect(await html(request, other), other).not.toMatch(/Runtime Error|Unhandled|at Object\.|node_modules/);
  }
  const list = await html(request, '/fr/apercu');
  for (const rel of [figureRel, componentRel, linkRel, colonRel, unclosedRel]) expect(list).toContain(`content/${rel}`);
});

test('a page holding code shows each refusal where it stands and runs none of it; every other page works', async ({ page, request }) => {
  const marker = path.join(path.dirname(copy), 'the-code-ran');
  const hostile = hostilePages(marker)
    .map((example) => example.body)
    .join('\n\n');
  edit(relOf(figurePage!.file), (t) => t.replace('\n## ', `\n${hostile}\n\n## `));
  const refusals = refusalsOf(markdownProcessor().parse(hostile) as Root, figurePage!.file, 1);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => dialogs.push(dialog.message()));
  const answer = await page.goto(figurePage!.path);
  expect(answer?.status()).toBe(200);
  // Each refusal, in its place, in the file's language (beside a typographic slip or two of the examples).
  await expect.poll(() => page.getByRole('main').locator('[data-preview="problem"]').count()).toBeGreaterThanOrEqual(refusals.length);
  for (const { problem } of refusals) await expect(page.getByRole('main')).toContainText(shown(problem.message).slice(0, 60));
  // The rest of the page is there; nothing of the code is.
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(await page.locator('main iframe, main object, main form[action*="elsewhere"], main img, meta[http-equiv]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(existsSync(marker)).toBe(false);
  for (const other of [componentPage!, linkPage]) expect((await request.get(other.path)).status()).toBe(200);
});

test('the list of every problem passes axe and can be reached from the bar with the keyboard', async ({ page }) => {
  breakPages();
  await page.goto(unclosedPage!.path);
  const link = page.getByRole('link', { name: 'Voir tous les problèmes' });
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/apercu$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Problèmes du contenu');
  await expect(page.getByRole('heading', { name: unclosedPage!.file })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page, colorScheme)).toEqual([]);
  }
});

test('a page with problems passes axe in both colour schemes, and no framework overlay covers it', async ({ page }) => {
  breakPages();
  for (const [address, colorScheme] of [
    [figurePage!.path, 'light'],
    [unclosedPage!.path, 'light'],
    [colonPage!.path, 'dark'],
    [unclosedPage!.path, 'dark'],
  ] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(address);
    await expect(page.locator('[data-preview]').first()).toBeVisible();
    await expect(page.getByText(/Runtime (Type)?Error|Unhandled|Build Error|Expected component/)).toHaveCount(0);
    expect(await axeViolations(page, `${address} (${colorScheme})`)).toEqual([]);
  }
});

test('fixing the file and reloading brings the page back, with nothing restarted', async ({ request }) => {
  breakPages();
  expect(await html(request, unclosedPage!.path)).toContain('n’est pas refermée');
  expect(await (await request.get(colonPage!.path)).text()).toContain('data-preview="banner"');
  // The editor puts the two files right.
  for (const fixed of [unclosedPage!, colonPage!]) writeFileSync(file(relOf(fixed.file)), readFileSync(fixed.file, 'utf8'));
  const fixed = await html(request, unclosedPage!.path);
  expect(fixed).not.toContain('n’est pas refermée');
  expect(fixed).toContain(unclosedPage!.frontmatter.title);
  expect(await (await request.get(colonPage!.path)).text()).not.toContain('data-preview="banner"');
});

/** A figure's value as a page of that language shows it, once changed to `value`. */
const formatted = (figure: Figure, locale: Locale) =>
  formatValue(figure, createFormatter({ locale, timeZone: 'Europe/Paris' }), (key, values) => createTranslator({ locale, messages: messages[locale], namespace: 'Figures' })(key, values));
/** A data text as a page of that language shows it, with the figures given. */
const withThese = (text: string, locale: Locale, figures: Record<string, Figure>) => text.replace(FIGURE_PLACEHOLDER, (_, id: string) => formatted(figures[id]!, locale));

test('a figure, a tool’s amount and a partner of the map change in both languages by editing content/data only', async ({ request }) => {
  const tool = untranslatedTool!;
  // The first figure the tool's amount names, raised by 2 000.
  const id = [...tool.amount.fr.matchAll(FIGURE_PLACEHOLDER)][0]?.[1] ?? '';
  const figure = content.data.figures[id];
  expect(figure && 'value' in figure, `${tool.id}’s amount names a figure with a value`).toBe(true);
  const raised = { ...content.data.figures, [id]: { ...figure, value: (figure as { value: number }).value + 2000 } as Figure };
  editData('data/figures.yaml', [id, 'value'], (value) => Number(value) + 2000);
  const added = { fr: ', versés en une fois', en: ', paid at once' };
  for (const locale of ['fr', 'en'] as const) editData('data/cooperation-tools.yaml', [tool.id, 'amount', locale], (text) => `${text}${added[locale]}`);
  const [code, partner] = Object.entries(content.data.worldMap!.partners.countries)[0]!;
  const place = { fr: ' (nouveau lieu)', en: ' (new place)' };
  for (const locale of ['fr', 'en'] as const) editData('data/world-map.yaml', ['partners', 'countries', code, 'what', locale], (text) => `${text}${place[locale]}`);

  for (const locale of ['fr', 'en'] as const) {
    expect(await html(request, pageWith(locale, 'ToolsComparison').path)).toContain(`${withThese(tool.amount[locale], locale, raised)}${added[locale]}`);
    expect(await html(request, pageWith(locale, 'WorldMap').path)).toContain(`${withThese(partner.what[locale], locale, raised)}${place[locale]}`);
  }
});

test('a slip in a data file shows above what it feeds, in French, with its line', async ({ request }) => {
  const home = content.home('fr')!;
  // A figure a French page shows and the home page does not.
  const onHome = new Set(home.elements.map((e) => e.attributes.id ?? e.attributes.figure));
  const fed = content.pages
    .filter((p) => p.locale === 'fr' && !p.isFallback && p.key !== '')
    .flatMap((p) => p.elements.filter((e) => e.value === 'Figure').map((e) => ({ page: p, id: e.attributes.id ?? '' })))
    .find(({ id }) => !onHome.has(id) && 'value' in (content.data.figures[id] ?? {}));
  expect(fed, 'a figure of a French page that the home page does not show').toBeDefined();
  editData('data/figures.yaml', [fed!.id, 'value'], () => 'cinq');
  const text = await html(request, fed!.page.path);
  expect(text).toContain(shown(`content/data/figures.yaml:${lineOf('data/figures.yaml', 'value: cinq')}: \`${fed!.id}\` › \`value\` n’est pas valide${NB}:`));
  expect(await html(request, home.path)).not.toContain('content/data/figures.yaml:');
});

test('a page not yet translated shows its figures in the language of its text, under a notice', async ({ request }) => {
  const t = translator('en');
  const preview = openContent({ root: process.cwd(), mode: 'preview', contentDir: copy });
  const fallback = preview.pageByKey('en', untranslated.key)!;
  expect(fallback.isFallback).toBe(true);
  const text = await html(request, fallback.path);
  expect(text).toContain(t('Notices.fallback', { language: '' }).split('.')[0]);
  // French figures, no English ones.
  expect(text).toContain(withThese(untranslatedTool!.amount.fr, 'fr', content.data.figures));
  expect(text).not.toMatch(/€\d+,\d{3}/);
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
  expect(await axeViolations(page, '/fr/appels/page/2')).toEqual([]);
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
