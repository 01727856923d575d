import { expect, type Page, test } from '@playwright/test';
import { type Locale, toolFinderPaths } from '@/i18n/routing';
import type { FinderQuestion } from '@/lib/content/schemas';
import { allAnswers, type Answers, answerFor, answerPath, formPath } from '@/lib/site/tool-finder';
import en from '@/messages/en.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };
import { content, pageWhere, pageWith, translator, withFigures } from './pages';

// "Which cooperation tool fits my project?", tried as a visitor does it, with JavaScript off: the
// form on the cooperation tools page is sent by GET and answered by the server, at an address that
// can be shared. Questions, answers, rules and what each tool gives are read from the data files,
// as the site reads them: none of today's wording is copied here.
test.use({ javaScriptEnabled: false });

const { data } = content;
const finder = data.toolFinder!;
const toolsFor = (answers: Answers) => answerFor(finder, data.tools, answers);
/** An answer's text in a language, as the form shows it (its figures written out). */
const label = (question: FinderQuestion, choice: string, locale: Locale) => withFigures(finder.questions[question].choices[choice]?.label[locale] ?? '', locale);
const legend = (question: FinderQuestion, locale: Locale) => finder.questions[question].legend[locale];
const toolPage = (locale: Locale, key: string) => pageWhere(locale, (p) => p.key === key, `of the tool page ${key}`);

/** Answers whose answer is one tool, and a second such set that differs from the first in every question. */
const oneTool = allAnswers(finder).filter((answers) => toolsFor(answers).fitting.length === 1);
const [first] = oneTool;
const second = oneTool.find((answers) => first && (Object.keys(answers) as FinderQuestion[]).every((question) => answers[question] !== first[question]));
const noTool = allAnswers(finder).find((answers) => toolsFor(answers).fitting.length === 0);

async function answer(page: Page, locale: Locale, answers: Partial<Answers>) {
  for (const [question, choice] of Object.entries(answers) as [FinderQuestion, string][]) {
    await page
      .getByRole('group', { name: legend(question, locale) })
      .getByRole('radio', { name: label(question, choice, locale), exact: true })
      .check();
  }
  await page.getByRole('button', { name: translator(locale)('ToolFinder.submit') }).click();
}

/** What the answer page shows of a tool that fits: its name, its facts from cooperation-tools.yaml, a link to its page. */
async function expectTool(page: Page, locale: Locale, id: string) {
  const t = translator(locale);
  const tool = data.tools.find((candidate) => candidate.id === id)!;
  const region = page.getByRole('region', { name: tool.name[locale] });
  for (const criterion of ['amount', 'duration', 'howToApply'] as const) await expect(region.locator('dl')).toContainText(`${t(`Tools.${criterion}`)}${withFigures(tool[criterion][locale], locale)}`);
  await expect(region.getByRole('link', { name: t('ToolFinder.moreAbout', { tool: tool.name[locale] }) })).toHaveAttribute('href', toolPage(locale, tool.page).path);
  return region;
}

test('the data has what these tests try: answers that lead to one tool, others to none', () => {
  expect([first, second, noTool].map(Boolean)).toEqual([true, true, true]);
});

for (const [locale, answers] of [
  ['en', first],
  ['fr', second],
] as const) {
  test(`${locale}: answered on the cooperation tools page, the form leads to the one tool that fits, with what it gives and why not the others`, async ({ page }) => {
    const t = translator(locale);
    const { fitting, others } = toolsFor(answers!);
    await page.goto(pageWith(locale, 'ToolFinder').path);
    await expect(page.locator('form.tool-finder').getByRole('group', { name: legend('applicant', locale) })).toBeVisible();
    await answer(page, locale, answers!);
    await expect(page).toHaveURL(answerPath(finder, locale, answers!));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ToolFinder.answerTitle', { count: 1 }));
    await expectTool(page, locale, fitting[0]!.tool.id);
    // The other tools, each with why it does not fit.
    const otherTools = page.getByRole('region', { name: t('ToolFinder.othersTitle') });
    await expect(otherTools.getByRole('listitem')).toHaveCount(others.length);
    for (const { reason } of others) await expect(otherTools).toContainText(withFigures(reason[locale], locale));
  });
}

test('every tool is the answer to some answers, with its facts', async ({ page }) => {
  for (const tool of data.tools) {
    const answers = allAnswers(finder).find((candidate) => toolsFor(candidate).fitting.some((fitting) => fitting.tool.id === tool.id));
    expect(answers, tool.id).toBeDefined();
    await page.goto(answerPath(finder, 'en', answers!));
    await expectTool(page, 'en', tool.id);
  }
});

test('a note that depends on an answer (an IRP’s amount, by the partner’s place) follows that answer', async ({ page }) => {
  const noted = allAnswers(finder).flatMap((answers) => toolsFor(answers).fitting.flatMap(({ tool, notes }) => notes.map((note) => ({ answers, tool, note }))));
  expect(noted.length).toBeGreaterThan(0);
  const seen = new Set<string>();
  for (const { answers, tool, note } of noted) {
    // Each note once, in each language.
    if (seen.has(note.en)) continue;
    seen.add(note.en);
    for (const locale of ['fr', 'en'] as const) {
      await page.goto(answerPath(finder, locale, answers));
      await expect(page.getByRole('region', { name: tool.name[locale] })).toContainText(withFigures(note[locale], locale));
    }
  }
});

test('when no tool fits yet, the answer says why for each, and how to go on', async ({ page }) => {
  const t = translator('fr');
  await page.goto(answerPath(finder, 'fr', noTool!));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ToolFinder.answerTitle', { count: 0 }));
  await expect(page.getByRole('region', { name: t('ToolFinder.othersTitle') }).getByRole('listitem')).toHaveCount(toolsFor(noTool!).others.length);
  await page.getByRole('link', { name: t('ToolFinder.change') }).click();
  await expect(page).toHaveURL(formPath(finder, 'fr', noTool!));
  for (const [question, choice] of Object.entries(noTool!) as [FinderQuestion, string][]) {
    await expect(page.getByRole('radio', { name: label(question, choice, 'fr'), exact: true })).toBeChecked();
  }
});

test('a question left out is reported at the top, linked to the question, the other answers kept', async ({ page }) => {
  const t = translator('en');
  const { applicant, stage, partner } = finder.questions;
  const [stageChoice = '', stageAnswer] = Object.entries(stage.choices).at(-1) ?? [];
  await page.goto(pageWith('en', 'ToolFinder').path);
  await answer(page, 'en', { stage: stageChoice });
  await expect(page).toHaveURL(`${toolFinderPaths.en}?sent=1&stage=${stageAnswer?.slug.en}`);
  await expect(page).toHaveTitle(new RegExp(`^${t('ToolFinder.titleWithErrors', { title: t('ToolFinder.title') }).replace(/[?()]/g, '\\$&')}`));
  const summary = page.locator('[aria-labelledby="finder-errors-title"]');
  await expect(summary.getByRole('heading', { name: t('ToolFinder.errorSummary') })).toBeVisible();
  await expect(summary.getByRole('link')).toHaveText([applicant.error.en, partner.error.en]);
  await summary.getByRole('link', { name: applicant.error.en }).click();
  await expect(page).toHaveURL(new RegExp(`#finder-applicant-${Object.keys(applicant.choices)[0]}$`));
  await expect(page.getByRole('group', { name: applicant.legend.en })).toHaveAccessibleDescription(`${t('ToolFinder.errorPrefix')} ${applicant.error.en}`);
  await expect(page.getByRole('radio', { name: label('stage', stageChoice, 'en'), exact: true })).toBeChecked();
  // Answered now, the form leads to the answer.
  const rest = { applicant: Object.keys(applicant.choices)[0] ?? '', partner: Object.keys(partner.choices)[0] ?? '' };
  await answer(page, 'en', rest);
  await expect(page).toHaveURL(answerPath(finder, 'en', { ...rest, stage: stageChoice }));
});

test('the language switch keeps the answers, on an answer and on the form', async ({ page }) => {
  const tool = toolsFor(first!).fitting[0]!.tool;
  await page.goto(answerPath(finder, 'fr', first!));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(answerPath(finder, 'en', first!));
  await expect(page.getByRole('region', { name: tool.name.en })).toBeVisible();
  await page.goto(formPath(finder, 'en', { stage: first!.stage }));
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(formPath(finder, 'fr', { stage: first!.stage }));
  await expect(page.getByRole('radio', { name: label('stage', first!.stage, 'fr'), exact: true })).toBeChecked();
});

test('the answers are prerendered pages, without a script, and an unknown one is not found, in its language', async ({ request }) => {
  const address = answerPath(finder, 'en', first!);
  const answerPage = await request.get(address);
  expect(answerPage.status()).toBe(200);
  expect(answerPage.headers()['cache-control']).toContain('s-maxage');
  expect(await answerPage.text()).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  // The French words of the same answers, under the English address.
  const frenchWords = answerPath(finder, 'fr', first!).slice(toolFinderPaths.fr.length);
  expect(frenchWords).not.toBe(address.slice(toolFinderPaths.en.length));
  const unknown = await request.get(`${toolFinderPaths.en}${frenchWords}`);
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
