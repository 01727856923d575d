import { expect, type Page, test } from '@playwright/test';
import { toolFinderPaths } from '@/i18n/routing';
import en from '@/messages/en.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };
import { content } from './pages';

// "Which cooperation tool fits my project?", tried as a visitor does it, with JavaScript off: the
// form on the cooperation tools page is sent by GET and answered by the server, at an address that
// can be shared.
test.use({ javaScriptEnabled: false });

// What the answers show of each tool comes from the data files: read there, not copied here.
const { data } = content;
const howToApply = (tool: string) => data.tools.find(({ id }) => id === tool)?.howToApply ?? { fr: '?', en: '?' };
const whyNot = (tool: string) => data.toolFinder?.tools[tool]?.whyNot.stage ?? { fr: '?', en: '?' };

async function answer(page: Page, choices: (string | RegExp)[], submit: string) {
  for (const choice of choices) await page.getByRole('radio', { name: choice }).check();
  await page.getByRole('button', { name: submit }).click();
}

test('a young CRCN researcher with a new collaboration is sent to International First Steps: €10,000 over one year', async ({ page }) => {
  await page.goto('/en/cooperation-tools');
  const form = page.locator('form.tool-finder');
  await expect(form.getByRole('group', { name: 'Who is applying?' })).toBeVisible();
  await answer(
    page,
    [/^An Inserm researcher who became a staff scientist \(CRCN\) less than 5 years ago$/, 'A first contact with a team abroad: the collaboration is yet to start', 'In Europe'],
    'See which tool fits',
  );
  await expect(page).toHaveURL('/en/which-tool/recent-crcn/first-contact/europe');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The tool that fits your project');
  const tool = page.getByRole('region', { name: 'Explore: International First Steps' });
  await expect(tool.locator('dl')).toContainText('Amount€10,000 in total');
  await expect(tool.locator('dl')).toContainText('Duration1 year');
  await expect(tool.locator('dl')).toContainText(`Access${howToApply('explore').en}`);
  await expect(tool.getByRole('link', { name: 'More about Explore: International First Steps' })).toHaveAttribute('href', '/en/cooperation-tools/explore');
  // The other tools, each with why it does not fit.
  const others = page.getByRole('region', { name: 'Why not the other tools?' });
  await expect(others.getByRole('listitem')).toHaveCount(3);
  await expect(others).toContainText(whyNot('consolidate').en);
});

test('in French, the same answers give the same tool: 10 000 € sur 1 an', async ({ page }) => {
  await page.goto('/fr/outils-de-cooperation');
  await answer(page, [/^Un lauréat ATIP-Avenir/, 'Un premier contact avec une équipe étrangère\u202f: la collaboration reste à lancer', 'Hors d’Europe'], 'Voir l’outil qui convient');
  await expect(page).toHaveURL('/fr/quel-outil/laureat-atip-erc/premier-contact/hors-europe');
  const tool = page.getByRole('region', { name: 'Explorer\u202f: International First Steps' });
  await expect(tool.locator('dl')).toContainText('Montant10\u202f000\u00a0€ au total');
  await expect(tool.locator('dl')).toContainText('Durée1\u00a0an');
});

test('a thematic network gets the TCPs, with how they are reached, and no rule the source does not state', async ({ page }) => {
  await page.goto('/en/which-tool');
  await answer(page, ['An established team, or a researcher recruited longer ago', 'A thematic network of 4–5 partners', 'Outside Europe'], 'See which tool fits');
  await expect(page).toHaveURL('/en/which-tool/established-team/thematic-network/outside-europe');
  const tool = page.getByRole('region', { name: 'Integrate: Thematic Coordination Programmes (TCPs)' });
  await expect(tool.locator('dl')).toContainText(`Access${howToApply('integrate').en}`);
  await expect(tool.locator('dl')).toContainText('Duration5 years');
  await expect(tool).not.toContainText(/cannot apply|no open call/i);
});

test('an IRP’s amount follows the partner’s place', async ({ page }) => {
  await page.goto('/fr/quel-outil/equipe-confirmee/partenariat-emergent/hors-europe');
  await expect(page.getByRole('region', { name: /^Consolider/ })).toContainText('Avec une équipe partenaire hors d’Europe, nous apportons jusqu’à 75\u202f000\u00a0€, sur 5\u00a0ans.');
  await page.goto('/en/which-tool/established-team/emerging-partnership/europe');
  await expect(page.getByRole('region', { name: /^Consolidate/ })).toContainText('With a partner team in Europe, we provide up to €60,000, over 5 years.');
});

test('when no tool fits yet, the answer says why for each, and how to go on', async ({ page }) => {
  await page.goto('/fr/quel-outil/equipe-confirmee/premier-contact/europe');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aucun outil ne correspond encore à votre projet');
  await expect(page.getByRole('region', { name: 'Pourquoi pas les autres outils\u202f?' }).getByRole('listitem')).toHaveCount(4);
  await page.getByRole('link', { name: 'Modifier vos réponses' }).click();
  await expect(page).toHaveURL('/fr/quel-outil?demandeur=equipe-confirmee&collaboration=premier-contact&partenaire=europe');
  await expect(page.getByRole('radio', { name: 'Une équipe confirmée, ou un chercheur recruté il y a plus longtemps' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'En Europe' })).toBeChecked();
});

test('a question left out is reported at the top, linked to the question, the other answers kept', async ({ page }) => {
  await page.goto('/en/cooperation-tools');
  await answer(page, ['A thematic network of 4–5 partners'], 'See which tool fits');
  await expect(page).toHaveURL(/\/en\/which-tool\?sent=1&stage=thematic-network$/);
  await expect(page).toHaveTitle(/^Error: Which tool fits my project\?/);
  const summary = page.locator('[aria-labelledby="finder-errors-title"]');
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary.getByRole('link')).toHaveText(['Say who is applying', 'Say where the partner team is']);
  await summary.getByRole('link', { name: 'Say who is applying' }).click();
  await expect(page).toHaveURL(/#finder-applicant-recentCrcn$/);
  await expect(page.getByRole('group', { name: 'Who is applying?' })).toHaveAccessibleDescription('Error: Say who is applying');
  await expect(page.getByRole('radio', { name: 'A thematic network of 4–5 partners' })).toBeChecked();
  // Answered now, the form leads to the answer.
  await answer(page, ['The holder of an ATIP-Avenir grant or an ERC Starting Grant', 'In Europe'], 'See which tool fits');
  await expect(page).toHaveURL('/en/which-tool/atip-erc-grantee/thematic-network/europe');
});

test('the language switch keeps the answers, on an answer and on the form', async ({ page }) => {
  await page.goto('/fr/quel-outil/crcn-recent/premier-contact/europe');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/which-tool/recent-crcn/first-contact/europe');
  await expect(page.getByRole('region', { name: 'Explore: International First Steps' })).toBeVisible();
  await page.goto('/en/which-tool?stage=thematic-network');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL('/fr/quel-outil?collaboration=reseau-thematique');
  await expect(page.getByRole('radio', { name: 'Un réseau thématique de 4 ou 5 partenaires' })).toBeChecked();
});

test('the answers are prerendered pages, without a script, and an unknown one is not found, in its language', async ({ request }) => {
  const answerPage = await request.get('/en/which-tool/recent-crcn/first-contact/europe');
  expect(answerPage.status()).toBe(200);
  expect(answerPage.headers()['cache-control']).toContain('s-maxage');
  expect(await answerPage.text()).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  const unknown = await request.get('/en/which-tool/crcn-recent/first-contact/europe');
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain('<html lang="en"');
});

test('the form has its own description and social preview image, in each language', async ({ page, request }) => {
  for (const [locale, messages] of [
    ['fr', fr],
    ['en', en],
  ] as const) {
    const path = toolFinderPaths[locale];
    await page.goto(path);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', messages.ToolFinder.description);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(new URL(image ?? '').pathname).toBe(`/og${path}`);
    const response = await request.get(`/og${path}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
