import { z } from 'zod';
import { type Locale, routing } from '../../../i18n/routing';
import { COUNTRY_CODE_PATTERN } from '../../world/country-code';
import { dataHelp } from '../messages/data';
import { typedText } from '../schema';
import { PAGE_KEY_PATTERN, SLUG_PATTERN } from '../slug';

/**
 * The data files of content/data/, as zod schemas: what editors may write there, each field with
 * a short help in both languages that the content check quotes when the field is wrong.
 */

type Text = Record<Locale, string>;

/** What each field expects, in words an editor understands (messages.ts: dataHelp), quoted by the content check. */
export const fieldHelp = z.registry<Text>();

const help = <T extends z.ZodType>(schema: T, text: Text): T => {
  fieldHelp.add(schema, text);
  return schema;
};

/** A name that pages use to refer to an entry: `collaborationsPerYear`, `explore`. */
const NAME_PATTERN = /^[a-z][A-Za-z0-9]*$/;

/** A text in every language of the site, side by side: `fr: …` then `en: …` (a new schema each time, for its own help). */
const localized = (text: Text = dataHelp.texts) =>
  help(z.strictObject(Object.fromEntries(routing.locales.map((locale) => [locale, help(typedText().trim().min(1), dataHelp.textIn[locale])])) as Record<Locale, z.ZodString>), text);

const moreThan = help(z.boolean().optional(), dataHelp.moreThan);
const upTo = help(z.boolean().optional(), dataHelp.upTo);
const number = (text: Text) => help(z.number().nonnegative(), text);
const yearNumber = (field: string) => help(z.number().int().min(1900).max(2100), dataHelp.year(field));
const label = localized(dataHelp.label);

export const FIGURE_KINDS = ['count', 'percent', 'amount', 'years', 'year', 'yearSpan', 'range'] as const;

export const figureSchema = z.discriminatedUnion('kind', [
  z.strictObject({ label, kind: z.literal('count'), value: number(dataHelp.count), moreThan }),
  z.strictObject({ label, kind: z.literal('percent'), value: help(z.number().min(0).max(100), dataHelp.percent), moreThan }),
  z.strictObject({ label, kind: z.literal('amount'), value: number(dataHelp.amount), upTo }),
  z.strictObject({ label, kind: z.literal('years'), value: help(z.number().positive(), dataHelp.years) }),
  z.strictObject({ label, kind: z.literal('year'), value: yearNumber('value') }),
  z.strictObject({ label, kind: z.literal('yearSpan'), from: yearNumber('from'), to: yearNumber('to') }),
  z.strictObject({ label, kind: z.literal('range'), min: number(dataHelp.rangeMin), max: number(dataHelp.rangeMax) }),
]);
help(figureSchema, dataHelp.figure(FIGURE_KINDS));

export type Figure = z.output<typeof figureSchema>;

const entryName = help(z.string().regex(NAME_PATTERN), dataHelp.entryName);

const figuresSchema = z.record(entryName, figureSchema);

/** The questions the comparison table answers for each tool, in the order of its rows. */
export const TOOL_CRITERIA = ['purpose', 'whoMayApply', 'amount', 'duration', 'scope', 'howToApply'] as const;
type ToolCriterion = (typeof TOOL_CRITERIA)[number];

const toolSchema = z.strictObject({
  page: help(z.string().regex(PAGE_KEY_PATTERN), dataHelp.page),
  name: localized(),
  ...(Object.fromEntries(TOOL_CRITERIA.map((criterion) => [criterion, localized()])) as Record<ToolCriterion, ReturnType<typeof localized>>),
});

const toolsSchema = z.record(entryName, toolSchema);
export type CooperationTool = z.output<typeof toolSchema> & { id: string };

const countryCode = help(z.string().regex(COUNTRY_CODE_PATTERN), dataHelp.countryCode);
const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

const worldMapSchema = z.strictObject({
  title: localized(),
  description: localized(),
  emphasised: z.strictObject({ country: countryCode, legend: localized() }),
  europe: z.strictObject({ countries: help(z.array(countryCode), dataHelp.countries), legend: localized() }),
  partners: z.strictObject({
    legend: localized(),
    markerLegend: localized(),
    countries: z.record(
      countryCode,
      z.strictObject({
        marker: help(z.tuple([longitude, latitude]).optional(), dataHelp.marker),
        what: localized(),
      }),
    ),
  }),
});

export type WorldMapData = z.output<typeof worldMapSchema>;

/** The questions of the tool finder, in the order it asks them (and of the segments of its answers' addresses). */
export const FINDER_QUESTIONS = ['applicant', 'stage', 'partner'] as const;
export type FinderQuestion = (typeof FINDER_QUESTIONS)[number];

const addressWord = () => help(z.string().regex(SLUG_PATTERN), dataHelp.addressWord);

const finderQuestionSchema = z.strictObject({
  legend: localized(),
  hint: localized().optional(),
  error: localized(),
  choices: z.record(
    entryName,
    z.strictObject({
      slug: help(z.strictObject(Object.fromEntries(routing.locales.map((locale) => [locale, addressWord()])) as Record<Locale, z.ZodString>), dataHelp.slugs),
      label: localized(),
    }),
  ),
});

/** One value per question of the finder, each optional: `fitsWhen`, `whyNot`, `notes`. */
const perQuestion = <T extends z.ZodType>(schema: T) => z.strictObject(Object.fromEntries(FINDER_QUESTIONS.map((q) => [q, schema.optional()])) as Record<FinderQuestion, z.ZodOptional<T>>);

const finderRuleSchema = z.strictObject({
  fitsWhen: help(perQuestion(help(z.array(entryName).min(1), dataHelp.choiceNames)), dataHelp.fitsWhen),
  whyNot: perQuestion(localized()),
  notes: perQuestion(z.record(entryName, localized())).optional(),
});

const toolFinderSchema = z.strictObject({
  questions: z.strictObject(Object.fromEntries(FINDER_QUESTIONS.map((q) => [q, finderQuestionSchema])) as Record<FinderQuestion, typeof finderQuestionSchema>),
  tools: z.record(entryName, finderRuleSchema),
});

export type ToolFinderData = z.output<typeof toolFinderSchema>;
export type FinderRule = z.output<typeof finderRuleSchema>;

/** The data files, by name under content/data/, with their schema. */
export const DATA_FILES = {
  figures: { file: 'figures.yaml', schema: figuresSchema },
  tools: { file: 'cooperation-tools.yaml', schema: toolsSchema },
  worldMap: { file: 'world-map.yaml', schema: worldMapSchema },
  toolFinder: { file: 'tool-finder.yaml', schema: toolFinderSchema },
} as const;

/** A page's change notes (content/updates/<page>.yaml), written by the studio when a significant update is published. */
export const updatesSchema = help(z.array(z.strictObject({ date: help(z.iso.date(), dataHelp.updateDate), note: localized() })), dataHelp.updates);
