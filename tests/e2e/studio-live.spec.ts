import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { startNextDev } from './next-dev';

// The writing studio, for real: `npm run studio` on a copy of the project (Keystatic writes the files
// of content/ under the directory it runs in), walked as an editor walks it, with no terminal: change
// a French page's title and a paragraph, insert a figure from the menu, save, see it in the preview;
// find the English twin outdated and record it up to date; create a bilingual draft. Then `git diff`
// in the copy shows those changes and nothing else.

const PORT = Number(process.env.STUDIO_PORT ?? 3220);
const base = `http://127.0.0.1:${PORT}`;
const NB = '\u202f';
let stopServer: (() => Promise<void>) | undefined;
let root: string;

test.describe.configure({ mode: 'serial' });
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
/** Keystatic's editor, once the page's text has been read into it. */
const openInStudio = async (page: Page, address: string) => {
  await page.goto(address);
  await expect(page.locator('.ProseMirror')).toBeVisible({ timeout: 90_000 });
};
const save = async (page: Page, rel: string) => {
  const before = fileText(rel);
  await page.getByRole('button', { name: 'Sauvegarder' }).click();
  await expect.poll(() => fileText(rel), { timeout: 20_000 }).not.toBe(before);
};

test.beforeAll(async () => {
  test.setTimeout(300_000);
  root = mkdtempSync(path.join(tmpdir(), 'studio-'));
  // The project's files as git knows them (committed or new, not ignored), and its installed packages
  // hard-linked (copied if they cannot be): Turbopack does not follow a node_modules symlink that
  // leaves the project.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(file)) continue;
    mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    copyFileSync(file, path.join(root, file));
  }
  try {
    execFileSync('cp', ['-al', 'node_modules', path.join(root, 'node_modules')], { stdio: 'ignore' });
  } catch {
    // The temporary directory is on another disk: hard links cannot cross it, a copy can.
    rmSync(path.join(root, 'node_modules'), { recursive: true, force: true });
    execFileSync('cp', ['-a', 'node_modules', path.join(root, 'node_modules')]);
  }
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'before the editor');
  stopServer = await startNextDev({ port: PORT, ready: '/fr/studio', cwd: root, env: { INSERM_STUDIO: '1' }, seconds: 180, what: 'the studio' });
});

test.afterAll(async () => {
  await stopServer?.();
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
});

test('the studio’s page list opens a French page in the editor, and its screens pass axe in both schemes', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/fr/studio');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Studio de rédaction');
  const row = page.getByRole('row').filter({ hasText: 'content/fr/steering.mdx' });
  await expect(row).toContainText(`traduction${NB}: à jour`);
  await row.getByRole('link', { name: /^Modifier Le pilotage/ }).click();
  await expect(page).toHaveURL(/\/keystatic\/collection\/fr\/item\/steering$/, { timeout: 90_000 });
  await expect(page.locator('.ProseMirror')).toBeVisible({ timeout: 90_000 });
  // (The box asks the preview, which compiles that route on its first request.)
  await expect(page.getByRole('group', { name: 'Traduction' })).toContainText(`Version anglaise${NB}: à jour.`, { timeout: 60_000 });

  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const address of ['/fr/studio', '/keystatic', '/keystatic/collection/en', '/keystatic/collection/fr/item/steering', '/keystatic/singleton/worldMap']) {
      await page.goto(address);
      if (address.startsWith('/keystatic')) await expect(page.getByRole('navigation').first()).toBeVisible({ timeout: 90_000 });
      await page.waitForLoadState('networkidle');
      violations.push(...(await axeViolations(page, `${address} (${colorScheme})`)));
    }
  }
  expect(violations).toEqual([]);
});

test('an editor changes a title and a paragraph, inserts a figure from the menu and saves: the preview shows it, the English twin is outdated', async ({ page }) => {
  test.setTimeout(180_000);
  await openInStudio(page, '/keystatic/collection/fr/item/steering');
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill('Qui pilote notre coopération internationale et européenne');

  const paragraph = page.locator('.ProseMirror p', { hasText: 'bureau de représentation à Bruxelles' });
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Nos équipes y suivent plus de ');
  await page.getByRole('button', { name: /^Insérer un élément/ }).click();
  await page.getByRole('menuitem', { name: /^Chiffre\b/ }).click();
  await expect(paragraph).toContainText('plus de collaborationsPerYear');
  // The figure is picked from the list of content/data/figures.yaml, never typed.
  await paragraph.getByText('collaborationsPerYear').click();
  await page.getByRole('button', { name: 'Modifier', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /Chiffre/ }).click();
  await page.getByRole('option', { name: /\(countries\)$/ }).click();
  await dialog.getByRole('button', { name: /^(Done|OK|Terminé|Enregistrer|Save)$/ }).click();
  await expect(paragraph).toContainText('plus de countries');
  const box = await paragraph.boundingBox();
  await paragraph.click({ position: { x: (box?.width ?? 10) - 2, y: (box?.height ?? 10) - 4 } });
  await page.keyboard.press('End');
  await page.keyboard.type(' pays partenaires.');
  await save(page, 'content/fr/steering.mdx');

  expect(changedLines('content/fr/steering.mdx')).toEqual([
    '-title: Le pilotage de la coopération internationale et européenne',
    '+title: Qui pilote notre coopération internationale et européenne',
    '-Elles peuvent en outre compter sur un bureau de représentation à Bruxelles.',
    '+Elles peuvent en outre compter sur un bureau de représentation à Bruxelles. Nos équipes y suivent plus de <Figure id="countries" /> pays partenaires.',
  ]);

  await page.goto('/fr/pilotage');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qui pilote notre coopération internationale et européenne');
  await expect(page.locator('main')).toContainText(/Nos équipes y suivent plus de \d+ pays partenaires\./);
  await expect(page.getByRole('complementary', { name: 'Aperçu de rédaction' })).toContainText('Aucun problème sur cette page');

  await page.goto('/fr/studio');
  await expect(page.getByRole('row').filter({ hasText: 'content/en/steering.mdx' })).toContainText(`traduction${NB}: en retard`);
});

test('on the English twin, the studio shows it outdated and records it up to date with the page’s save', async ({ page }) => {
  test.setTimeout(120_000);
  await openInStudio(page, '/keystatic/collection/en/item/steering');
  const translation = page.getByRole('group', { name: 'Traduction' });
  await expect(translation).toContainText(`En retard${NB}: la version française a changé`, { timeout: 30_000 });
  await translation.getByRole('button', { name: 'Marquer la traduction comme à jour' }).click();
  await expect(translation).toContainText('Sera enregistrée comme à jour avec la page');
  await save(page, 'content/en/steering.mdx');
  await expect(translation).toContainText(`À jour${NB}: cette page traduit la version française`, { timeout: 15_000 });
  const [removed, added, ...rest] = changedLines('content/en/steering.mdx');
  expect([removed, rest]).toEqual([expect.stringMatching(/^-translatedFrom: [0-9a-f]{8}$/), []]);
  expect(added).toMatch(/^\+translatedFrom: [0-9a-f]{8}$/);

  await page.goto('/fr/studio');
  await expect(page.getByRole('row').filter({ hasText: 'content/en/steering.mdx' })).toContainText(`traduction${NB}: à jour`);
});

test('a new page is created in both languages as drafts and opens in the studio; git diff shows the editor’s changes and nothing else', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/fr/studio');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Créer la page' }) });
  await form.getByLabel('Rubrique').selectOption({ label: 'Outils de coopération' });
  await form.getByLabel('Titre en français').fill('Appel à projets 2027');
  await form.getByLabel('Titre en anglais').fill('2027 call for projects');
  await form.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page).toHaveURL(/\/keystatic\/collection\/fr\/item\/cooperation-tools%2F2027-call-for-projects$/);
  await expect(page.getByRole('textbox', { name: 'Titre', exact: true })).toHaveValue('Appel à projets 2027', { timeout: 90_000 });

  expect(git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
    ' M content/en/steering.mdx',
    ' M content/fr/steering.mdx',
    '?? content/en/cooperation-tools/2027-call-for-projects.mdx',
    '?? content/fr/cooperation-tools/2027-call-for-projects.mdx',
  ]);
  for (const language of ['fr', 'en']) expect(fileText(`content/${language}/cooperation-tools/2027-call-for-projects.mdx`)).toMatch(/^draft: true$/m);
  // What the studio wrote passes the content check (it exits with an error on any problem).
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts'], { cwd: root, stdio: 'pipe' });

  // The same page a second time: nothing is written, and the form says why, in French.
  await page.goto('/fr/studio');
  await form.getByLabel('Rubrique').selectOption({ label: 'Outils de coopération' });
  await form.getByLabel('Titre en français').fill('Appel à projets 2027');
  await form.getByLabel('Titre en anglais').fill('2027 call for projects');
  await form.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page.getByRole('alert')).toContainText(`une page «${NB}cooperation-tools/2027-call-for-projects${NB}» existe déjà${NB}: choisissez un autre titre en anglais`);
  await expect(form.getByLabel('Titre en français')).toHaveValue('Appel à projets 2027');
});
