import { type Locale, toolFinderFields, toolFinderPaths } from '../../i18n/routing';
import type { CooperationTool, FinderRule, ToolFinderData } from '../content';
import { FINDER_QUESTIONS, type FinderQuestion } from '../content/schemas';

// The tool finder's reasoning: from a visitor's answers to the tools that fit, and why the others
// do not. The questions, the answers and the rules are data (content/data/tool-finder.yaml); what
// each tool gives comes from content/data/cooperation-tools.yaml, as in the comparison table.

/** One answer per question: the names of the choices in tool-finder.yaml (`recentCrcn`, `firstContact`, `europe`). */
export type Answers = Record<FinderQuestion, string>;

type Text = Record<Locale, string>;

export interface FittingTool {
  tool: CooperationTool;
  rule: FinderRule;
  /** What the answers add to the tool's facts (the amount of an IRP for a partner in Europe). */
  notes: Text[];
}

export interface OtherTool {
  tool: CooperationTool;
  rule: FinderRule;
  /** Why it does not fit: the reason of the first question whose answer it does not accept. */
  reason: Text;
}

/** Whether a tool's rule accepts these answers: each question it names has one of its choices. */
const fits = (rule: FinderRule, answers: Answers) => FINDER_QUESTIONS.every((question) => rule.fitsWhen[question]?.includes(answers[question]) ?? true);

/** The tools that fit the answers and those that do not, each in the order of cooperation-tools.yaml. */
export function answerFor(finder: ToolFinderData, tools: CooperationTool[], answers: Answers): { fitting: FittingTool[]; others: OtherTool[] } {
  const fitting: FittingTool[] = [];
  const others: OtherTool[] = [];
  for (const tool of tools) {
    const rule = finder.tools[tool.id];
    if (!rule) continue;
    if (fits(rule, answers)) {
      const notes = FINDER_QUESTIONS.flatMap((question) => rule.notes?.[question]?.[answers[question]] ?? []);
      fitting.push({ tool, rule, notes });
    } else {
      const failing = FINDER_QUESTIONS.find((question) => rule.fitsWhen[question] && !rule.fitsWhen[question].includes(answers[question]));
      const reason = failing && rule.whyNot[failing];
      if (reason) others.push({ tool, rule, reason });
    }
  }
  return { fitting, others };
}

/** Every combination of answers, in the order of the file: one prerendered answer page each. */
export function allAnswers(finder: ToolFinderData): Answers[] {
  return FINDER_QUESTIONS.reduce<Partial<Answers>[]>(
    (combinations, question) => combinations.flatMap((answers) => Object.keys(finder.questions[question].choices).map((choice) => ({ ...answers, [question]: choice }))),
    [{}],
  ) as Answers[];
}

/** The choice a word of an address stands for, in a language (`premier-contact` → `firstContact`). */
function choiceOf(finder: ToolFinderData, question: FinderQuestion, locale: Locale, slug: string | undefined): string | undefined {
  if (!slug) return undefined;
  return Object.entries(finder.questions[question].choices).find(([, choice]) => choice.slug[locale] === slug)?.[0];
}

/** The answers an answer page's address stands for, or undefined if one word is unknown. */
export function answersOf(finder: ToolFinderData, locale: Locale, slugs: Record<FinderQuestion, string>): Answers | undefined {
  const answers: Partial<Answers> = {};
  for (const question of FINDER_QUESTIONS) {
    const choice = choiceOf(finder, question, locale, slugs[question]);
    if (!choice) return undefined;
    answers[question] = choice;
  }
  return answers as Answers;
}

const slugOf = (finder: ToolFinderData, question: FinderQuestion, locale: Locale, choice: string) => finder.questions[question].choices[choice]?.slug[locale];

/** The address of the answer page for these answers: `/fr/quel-outil/crcn-recent/premier-contact/europe`. */
export function answerPath(finder: ToolFinderData, locale: Locale, answers: Answers): string {
  return [toolFinderPaths[locale], ...FINDER_QUESTIONS.map((question) => slugOf(finder, question, locale, answers[question]))].join('/');
}

/** The address of the form, with the answers already given ticked (to change them, or in the other language). */
export function formPath(finder: ToolFinderData, locale: Locale, answers: Partial<Answers> = {}): string {
  const query = new URLSearchParams();
  for (const question of FINDER_QUESTIONS) {
    const choice = answers[question];
    const slug = choice && slugOf(finder, question, locale, choice);
    if (slug) query.set(toolFinderFields[locale][question], slug);
  }
  const search = query.toString();
  return search ? `${toolFinderPaths[locale]}?${search}` : toolFinderPaths[locale];
}

/**
 * The form as submitted (a GET request to the finder's address): the answers it holds that exist,
 * whether it was sent (rather than opened, or opened to change answers), and the questions left
 * without a valid answer.
 */
export function readForm(finder: ToolFinderData, locale: Locale, query: Record<string, string | string[] | undefined>): { answers: Partial<Answers>; sent: boolean; missing: FinderQuestion[] } {
  const fields = toolFinderFields[locale];
  const first = (name: string) => {
    const value = query[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const answers: Partial<Answers> = {};
  for (const question of FINDER_QUESTIONS) {
    const choice = choiceOf(finder, question, locale, first(fields[question]));
    if (choice) answers[question] = choice;
  }
  return { answers, sent: first(fields.sent) !== undefined, missing: FINDER_QUESTIONS.filter((question) => !answers[question]) };
}

/** Whether every question has an answer. */
export const isComplete = (answers: Partial<Answers>): answers is Answers => FINDER_QUESTIONS.every((question) => answers[question] !== undefined);
