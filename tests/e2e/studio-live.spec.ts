import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { studioPaths } from '@/i18n/routing';
import { navTitleOf } from '@/lib/content';
import { startNextDev } from './next-dev';
import { copyProject } from './project-copy';
import { content, counterpart, figureText, pageWhere } from './pages';

// The writing studio, for real: `npm run studio` on a copy of the project (Keystatic writes the files
// of content/ under the directory it runs in), walked as an editor walks it, with no terminal: change
// a French page's title and a paragraph, insert a figure from the menu, save, see it in the preview;
// find the English twin outdated and record it up to date; create a bilingual draft. `git diff` in
// the copy shows those changes and nothing else. The copy is put back as committed after each test
// (afterEach), so that each test starts from today's content, whatever the others did.

const PORT = Number(process.env.STUDIO_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 120);
const base = `http://127.0.0.1:${PORT}`;
const NB = '\u202f';
let stopServer: (() => Promise<void>) | undefined;
let root: string;

// One `npm run studio` for the file, in one worker: its tests run in order, each on its own.
test.describe.configure({ mode: 'default' });
test.use({ baseURL: base });

const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Studio test', '-c', 'user.email=studio@test.invalid', ...args], { cwd: root, encoding: 'utf8' });
const fileText = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
/** The lines a change removed and added in one file of the copy, as `git diff` shows them. */
const changedLines = (rel: string) =>
  git('diff', '--unified=0', '--', rel)
    .split('\n')
    .filter((line) => /^[-+](?![-+]{2} )/.test(line));
const axeViolations = async (page: Page, where: string) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
};
/**
 * What a screen shows or says in English: its texts and the names and descriptions a screen reader
 * announces (labels, titles, placeholders, the editor's own hint), the texts of the pages and data
 * aside. English is told by words French never uses; the pages' own titles are content, not words of the screen.
 */
const ENGLISH =
  /\b(the|and|of|to|for|with|your|you|entry|entries|edit|insert|unsaved|heading|save|add|delete|remove|search|preview|bold|italic|strikethrough|link|unlink|quote|lists?|bullet|numbered|divider|undo|redo|paragraph|cancel|close|loading|done|reset|changed|dashboard|create|duplicate|copy|paste|view|select|clear|item|items|new|open|back|next|formatting|blocks?|none|yes|show|hide|resize|theme|slug|regenerate|dismiss|writing|press|commands?)\b/i;
const englishOn = async (page: Page, where: string) => {
  const shown = await page.evaluate(() => {
    const said: string[] = [];
    // The text being edited is the page's (not Keystatic's buttons drawn around a component in it); Next.js's development overlay is no screen of the studio.
    const isContent = (element: Element | null) => {
      if (!element || element.closest('textarea, script, style, nextjs-portal')) return true;
      const editor = element.closest('.ProseMirror');
      const button = element.closest('button, [role="button"]');
      return Boolean(editor) && !(button && editor?.contains(button) && button.closest('[contenteditable="false"]'));
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!isContent(node.parentElement) && node.nodeValue?.trim()) said.push(node.nodeValue.trim());
    for (const element of document.querySelectorAll('*'))
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-description', 'alt', 'data-placeholder']) {
        const value = element.getAttribute(name);
        if (value) said.push(value);
      }
    return said;
  });
  const titles = content.pages.flatMap((p) => [p.frontmatter.title, p.frontmatter.navTitle ?? p.frontmatter.title]);
  return [...new Set(shown)].filter((text) => ENGLISH.test(text) && !titles.some((title) => text.includes(title))).map((text) => `${where}: « ${text} »`);
};
/** Keystatic's editor, once the page's text has been read into it. */
const openInStudio = async (page: Page, address: string) => {
  await page.goto(address);
  await expect(page.locator('.ProseMirror')).toBeVisible({ timeout: 90_000 });
};
/** Saves, and waits for the studio's answer: the file is then written whole (never read while it is being written). */
const save = async (page: Page, rel: string) => {
  const before = fileText(rel);
  const answered = page.waitForResponse((answer) => answer.url().endsWith('/api/keystatic/update') && answer.request().method() === 'POST', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Sauvegarder' }).click();
  expect((await answered).status()).toBe(200);
  expect(fileText(rel)).not.toBe(before);
};
const studioItem = (locale: string, source: string) => `/keystatic/collection/${locale}/item/${encodeURIComponent(source)}`;

// The page the editor works on: a French page of today's content with a paragraph of plain text, and its English twin.
const paragraphOf = (text: string) =>
  text
    .slice(text.indexOf('\n---\n', 4) + 5)
    .split('\n')
    .findLast((line) => /^\p{Lu}[^<>{}[\]|*`_#]*\.$/u.test(line));
const target = content
  .menu('fr', 'main')
  .filter((p) => paragraphOf(readFileSync(p.file, 'utf8')) !== undefined)
  .sort((a, b) => a.elements.length - b.elements.length)[0]!;
const twin = counterpart(target.path, 'en');
const paragraph = paragraphOf(readFileSync(target.file, 'utf8'))!;
const titleLine = readFileSync(target.file, 'utf8')
  .split('\n')
  .find((line) => line.startsWith('title: '))!;
// Figures as the studio's menu offers them: the first is inserted, the editor picks the second.
const [insertedFigure = '', pickedFigure = ''] = Object.keys(content.data.figures);
// A section with pages, for the new page.
const section = pageWhere('fr', (p) => p.parentKey === '' && content.children(p).length > 0, 'section with pages');

test.beforeAll(async () => {
  test.setTimeout(300_000);
  root = copyProject('studio-');
  stopServer = await startNextDev({ port: PORT, ready: studioPaths.fr, cwd: root, env: { INSERM_STUDIO: '1' }, seconds: 180, what: 'the studio' });
});

test.afterEach(() => {
  git('checkout', '-q', '--', 'content');
  git('clean', '-fdq', '--', 'content');
});

test.afterAll(async () => {
  await stopServer?.();
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
});

test('the studio’s page list opens a French page in the editor, and its screens pass axe in both schemes', async ({ page }) => {
  // Five screens in both schemes, then two menus and the figures’ form: minutes on a busy machine.
  test.setTimeout(480_000);
  await page.goto(studioPaths.fr);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Studio de rédaction');
  const row = page.getByRole('row').filter({ hasText: target.frontmatter.title });
  await expect(row).toContainText(`traduction${NB}: à jour`);
  await row.getByRole('link', { name: `Modifier ${target.frontmatter.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`${studioItem('fr', target.source).replace(/[?]/g, '\\$&')}$`), { timeout: 90_000 });
  await expect(page.locator('.ProseMirror')).toBeVisible({ timeout: 90_000 });
  // (The box asks the preview, which compiles that route on its first request.)
  await expect(page.getByRole('group', { name: 'Traduction' })).toContainText(`Version anglaise${NB}: à jour.`, { timeout: 60_000 });

  // Each screen, once it shows what an editor came for.
  const screens: [string, (page: Page) => Locator][] = [
    [studioPaths.fr, (tab) => tab.getByRole('row').filter({ hasText: target.frontmatter.title })],
    ['/keystatic', (tab) => tab.getByRole('link', { name: /Pages en français/ }).first()],
    ['/keystatic/collection/en', (tab) => tab.getByRole('row').filter({ hasText: twin.frontmatter.title }).first()],
    [studioItem('fr', target.source), (tab) => tab.locator('.ProseMirror')],
    ['/keystatic/singleton/worldMap', (tab) => tab.getByRole('textbox').first()],
  ];
  const violations: string[] = [];
  const english: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [address, shown] of screens) {
      await page.goto(address);
      await expect(shown(page)).toBeVisible({ timeout: 90_000 });
      violations.push(...(await axeViolations(page, `${address} (${colorScheme})`)));
      if (colorScheme === 'light') english.push(...(await englishOn(page, address)));
    }
  }
  expect(violations).toEqual([]);
  // Nothing English on a French screen, seen or heard: the editor's menus included, open.
  await page.goto(studioItem('fr', target.source));
  await expect(page.locator('.ProseMirror')).toBeVisible({ timeout: 90_000 });
  await page.getByRole('button', { name: /^Insérer un élément/ }).click();
  await expect(page.getByRole('menuitem', { name: /^Chiffre\b/ })).toBeVisible();
  english.push(...(await englishOn(page, 'menu « Insérer »')));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sorte de paragraphe' }).click();
  await expect(page.getByRole('option', { name: 'Titre de niveau 2' })).toBeVisible();
  english.push(...(await englishOn(page, 'menu des paragraphes')));
  await page.keyboard.press('Escape');
  await page.goto('/keystatic/singleton/figures');
  await expect(page.getByRole('textbox').first()).toBeVisible({ timeout: 90_000 });
  english.push(...(await englishOn(page, 'chiffres')));
  // Each sort of component, as Keystatic draws it in the text (its buttons around it included), once.
  const kinds = ['Callout', 'Cards', 'Facts', 'KeyFigures', 'ToolFacts', 'WorldMap'];
  const withEach = kinds.flatMap((kind) => content.pages.find((p) => p.locale === 'fr' && !p.isFallback && readFileSync(p.file, 'utf8').includes(`<${kind}`)) ?? []);
  for (const shown of new Set(withEach)) {
    await openInStudio(page, studioItem('fr', shown.source));
    english.push(...(await englishOn(page, shown.source)));
  }
  expect(english).toEqual([]);
});

test('an editor changes a title and a paragraph, inserts a figure from the menu and saves: the preview shows it, the English twin is outdated', async ({ page }) => {
  test.setTimeout(180_000);
  const newTitle = 'Un titre changé dans le studio';
  await openInStudio(page, studioItem('fr', target.source));
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill(newTitle);

  const inEditor = page.locator('.ProseMirror p', { hasText: paragraph });
  await inEditor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Nos équipes y suivent plus de ');
  await page.getByRole('button', { name: /^Insérer un élément/ }).click();
  await page.getByRole('menuitem', { name: /^Chiffre\b/ }).click();
  // In the text, the figure shows its value, as the page will; the cursor is back in the text, just after it.
  // (Typed at once, as a writer does, without waiting for anything.)
  await page.keyboard.type(' pays partenaires.');
  await expect(page.locator('.ProseMirror')).toBeFocused();
  await expect(inEditor).toContainText(`plus de ${figureText('fr', insertedFigure)} pays partenaires.`);
  // The figure is picked from the list of the figures by their label and value, never typed.
  const picked = content.data.figures[pickedFigure]!;
  const pickedName = `${picked.label.fr}${NB}: ${figureText('fr', pickedFigure)}`;
  await inEditor.getByText(figureText('fr', insertedFigure), { exact: true }).click();
  const chooser = page.getByRole('combobox', { name: 'Chiffre', exact: true });
  await expect(chooser).toHaveValue(insertedFigure);
  await chooser.selectOption({ label: pickedName });
  await expect(inEditor).toContainText(`plus de ${figureText('fr', pickedFigure)} pays partenaires.`);
  await save(page, target.file);

  expect(changedLines(target.file)).toEqual([`-${titleLine}`, `+title: ${newTitle}`, `-${paragraph}`, `+${paragraph} Nos équipes y suivent plus de <Figure id="${pickedFigure}" /> pays partenaires.`]);

  await page.goto(target.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle);
  await expect(page.locator('main')).toContainText(`Nos équipes y suivent plus de ${figureText('fr', pickedFigure)} pays partenaires.`);
  await expect(page.getByRole('complementary', { name: 'Aperçu de rédaction' })).toContainText('Aucun problème sur cette page');

  await page.goto(studioPaths.fr);
  await expect(page.getByRole('row').filter({ hasText: twin.frontmatter.title })).toContainText(`traduction${NB}: en retard`);
});

test('Keystatic’s own preview link opens the page in the preview', async ({ page }) => {
  test.setTimeout(120_000);
  await openInStudio(page, studioItem('fr', target.source));
  // Keystatic's preview (« Aperçu »), among the entry's actions: it opens the page in a new tab.
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
  const preview = await opened;
  await expect(preview).toHaveURL(`${base}${target.path}`);
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(target.frontmatter.title);
});

test('on the English twin, the studio shows it outdated and records it up to date with the page’s save', async ({ page }) => {
  test.setTimeout(120_000);
  // The French page has changed since its translation (as an editor's save leaves it).
  writeFileSync(path.join(root, target.file), `${fileText(target.file)}\nUne phrase ajoutée en français.\n`);
  await openInStudio(page, studioItem('en', twin.source));
  const translation = page.getByRole('group', { name: 'Traduction' });
  await expect(translation).toContainText(`En retard${NB}: la version française a changé`, { timeout: 30_000 });
  await translation.getByRole('button', { name: 'Marquer la traduction comme à jour' }).click();
  await expect(translation).toContainText('Sera enregistrée comme à jour avec la page');
  await save(page, twin.file);
  await expect(translation).toContainText(`À jour${NB}: cette page traduit la version française`, { timeout: 15_000 });
  const [removed, added, ...rest] = changedLines(twin.file);
  expect([removed, rest]).toEqual([expect.stringMatching(/^-translatedFrom: [0-9a-f]{8}$/), []]);
  expect(added).toMatch(/^\+translatedFrom: [0-9a-f]{8}$/);

  await page.goto(studioPaths.fr);
  await expect(page.getByRole('row').filter({ hasText: twin.frontmatter.title })).toContainText(`traduction${NB}: à jour`);
});

test('the “translation up to date” form leads back to a page of the studio only, never to another site', async ({ request }) => {
  for (const [back, expected] of [
    [studioPaths.en, studioPaths.en],
    ['/\\evil.example', studioPaths.fr],
    ['//evil.example', studioPaths.fr],
    ['https://evil.example/', studioPaths.fr],
  ] as const) {
    const response = await request.post('/api/studio/translated', { form: { file: twin.file, back }, maxRedirects: 0 });
    expect(response.status(), back).toBe(303);
    // A path, which the browser follows on the host it came by: the studio's.
    expect(response.headers().location, back).toMatch(/^\/(?![/\\])/);
    const location = new URL(response.headers().location ?? '', base);
    expect(`${location.origin}${location.pathname}`, back).toBe(`${base}${expected}`);
  }
});

test('a new page is created in both languages as drafts and opens in the studio; git shows the two files and nothing else', async ({ page }) => {
  test.setTimeout(120_000);
  const created = ['fr', 'en'].map((language) => `content/${language}/${section.key}/2027-call-for-projects.mdx`);
  await page.goto(studioPaths.fr);
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Créer la page' }) });
  await form.getByLabel('Rubrique').selectOption({ label: navTitleOf(section) });
  await form.getByLabel('Titre en français').fill('Appel à projets 2027');
  await form.getByLabel('Titre en anglais').fill('2027 call for projects');
  await form.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page).toHaveURL(new RegExp(`${studioItem('fr', `${section.key}/2027-call-for-projects`)}$`));
  await expect(page.getByRole('textbox', { name: 'Titre', exact: true })).toHaveValue('Appel à projets 2027', { timeout: 90_000 });

  expect(git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual(created.map((file) => `?? ${file}`).sort());
  for (const file of created) expect(fileText(file)).toMatch(/^draft: true$/m);
  // What the studio wrote passes the content check (it exits with an error on any problem).
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts'], { cwd: root, stdio: 'pipe' });

  // The same page a second time: nothing is written, and the form says why, in French.
  await page.goto(studioPaths.fr);
  await form.getByLabel('Rubrique').selectOption({ label: navTitleOf(section) });
  await form.getByLabel('Titre en français').fill('Appel à projets 2027');
  await form.getByLabel('Titre en anglais').fill('2027 call for projects');
  await form.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page.getByRole('alert')).toContainText(`une page «${NB}${section.key}/2027-call-for-projects${NB}» existe déjà${NB}: choisissez un autre titre en anglais`);
  await expect(form.getByLabel('Titre en français')).toHaveValue('Appel à projets 2027');
  expect(git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual(created.map((file) => `?? ${file}`).sort());
});
