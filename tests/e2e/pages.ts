import path from 'node:path';
import { createTranslator } from 'next-intl';
import { type Locale, toolFinderFields } from '@/i18n/routing';
import { type ContentPage, FIGURE_PLACEHOLDER, navTitleOf, openContent } from '@/lib/content';
import { allAnswers, type Answers, answerFor, answerPath, formPath } from '@/lib/site/tool-finder';
import { figureFormatter } from '../support/figures';
import en from '@/messages/en.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };

// What the built site should show, read from the content layer and the data as the site reads them:
// the end-to-end tests take their pages, titles, figures and texts from here, never from today's wording.

/** The content the built site serves, read as the site reads it. */
export const content = openContent({ root: path.resolve('.'), mode: 'publish' });

/** Every page the site should serve. */
export const pages = [...content.pages];

export const pageAt = (pagePath: string) => {
  const page = pages.find((p) => p.path === pagePath);
  if (!page) throw new Error(`no content page at ${pagePath}`);
  return page;
};

export const counterpart = (pagePath: string, locale: string) => {
  const key = pageAt(pagePath).key;
  const twin = pages.find((p) => p.key === key && p.locale === locale);
  if (!twin) throw new Error(`${pagePath} has no ${locale} version`);
  return twin;
};

const found = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`the content has no ${what}`);
  return value;
};

/** The first page of a language, in its own language, that passes a test. */
export const pageWhere = (locale: Locale, test: (page: ContentPage) => boolean, what: string) =>
  found(
    pages.find((p) => p.locale === locale && !p.isFallback && test(p)),
    `${locale} page ${what}`,
  );

/** The first page of a language that shows a component (`WorldMap`, `ToolsComparison`). */
export const pageWith = (locale: Locale, component: string) => pageWhere(locale, (p) => p.elements.some((e) => e.value === component), `with <${component}>`);

/** A page two levels down (a section's page), in a language. */
export const deepPage = (locale: Locale) => pageWhere(locale, (p) => p.segments.length >= 2, 'under a section');

/** The sections of the main menu, in a language, each with its name there. */
export const mainMenu = (locale: Locale) => content.menu(locale, 'main').map((page) => ({ page, name: navTitleOf(page) }));

export const messages = { fr, en };

/** The interface's text, as the site's messages give it. */
export const translator = (locale: Locale) => createTranslator({ locale, messages: messages[locale] });

/** A figure of content/data/figures.yaml as a page of that language shows it. */
export const figureText = (locale: Locale, id: string, as: 'value' | 'headline' = 'value') => figureFormatter(content.data.figures, locale, 'content/data/figures.yaml')[as](id);

/** A text of a data file as the site shows it: each `{figure}` written out. */
export const withFigures = (text: string, locale: Locale) => text.replace(FIGURE_PLACEHOLDER, (_, id: string) => figureText(locale, id));

/**
 * Pages of the tool finder, from its data: its form sent with questions left out, an answer with a
 * tool, and one without (when today's rules have one).
 */
export const finderPages = (() => {
  const finder = content.data.toolFinder!;
  const tools = (answers: Answers) => answerFor(finder, content.data.tools, answers).fitting.length;
  const combinations = allAnswers(finder);
  const withTool = combinations.find((answers) => tools(answers) > 0)!;
  const withoutTool = combinations.find((answers) => tools(answers) === 0);
  const stage = Object.keys(finder.questions.stage.choices).at(-1) ?? '';
  return [`${formPath(finder, 'fr', { stage })}&${toolFinderFields.fr.sent}=1`, answerPath(finder, 'en', withTool), ...(withoutTool ? [answerPath(finder, 'fr', withoutTool)] : [])];
})();
