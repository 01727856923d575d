import { z } from 'zod';
import { type Locale, routing } from '../../../i18n/routing';

/**
 * The data files of content/data/, as zod schemas: what editors may write there, each field with
 * a short help in both languages that the content check quotes when the field is wrong.
 */

type Text = Record<Locale, string>;

/** What each field expects, in words an editor understands: « un nombre, par exemple `value: 7000` ». */
export const fieldHelp = z.registry<Text>();

const help = <T extends z.ZodType>(schema: T, text: Text): T => {
  fieldHelp.add(schema, text);
  return schema;
};

/** A name that pages use to refer to an entry: `collaborationsPerYear`, `explore`. */
export const NAME_PATTERN = /^[a-z][A-Za-z0-9]*$/;
/** The key of a content page: its path under content/<locale>/ without `.mdx` or a final `index`. */
export const PAGE_KEY_PATTERN = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;

const textIn: Record<Locale, Text> = {
  fr: { fr: 'le texte en français', en: 'the French text' },
  en: { fr: 'le texte en anglais', en: 'the English text' },
};

/** A text in every language of the site, side by side: `fr: …` then `en: …` (a new schema each time, for its own help). */
const localized = (
  text: Text = { fr: 'un texte par langue, sur deux lignes en retrait : `fr: …` puis `en: …`', en: 'one text per language, on two indented lines: `fr: …` then `en: …`' },
) => help(z.strictObject(Object.fromEntries(routing.locales.map((locale) => [locale, help(z.string().trim().min(1), textIn[locale])])) as Record<Locale, z.ZodString>), text);

const moreThan = help(z.boolean().optional(), { fr: '`true` pour afficher « plus de » devant le chiffre', en: '`true` to show “more than” with the figure' });
const upTo = help(z.boolean().optional(), { fr: '`true` pour afficher « jusqu’à » devant le montant', en: '`true` to show “up to” with the amount' });
const number = (example: string) =>
  help(z.number().nonnegative(), { fr: `un nombre écrit sans espace ni unité, par exemple \`${example}\``, en: `a number written without spaces or unit, for example \`${example}\`` });
const yearNumber = (field: string) =>
  help(z.number().int().min(1900).max(2100), { fr: `une année sur quatre chiffres, par exemple \`${field}: 2024\``, en: `a four-digit year, for example \`${field}: 2024\`` });
const label = localized({
  fr: 'un libellé par langue, pour les rédacteurs : `fr: …` puis `en: …`',
  en: 'a label per language, for editors: `fr: …` then `en: …`',
});

export const FIGURE_KINDS = ['count', 'percent', 'amount', 'years', 'year', 'yearSpan', 'range'] as const;

export const figureSchema = z.discriminatedUnion('kind', [
  z.strictObject({ label, kind: z.literal('count'), value: number('value: 7000'), moreThan }),
  z.strictObject({ label, kind: z.literal('percent'), value: help(z.number().min(0).max(100), { fr: 'un pourcentage de 0 à 100, par exemple `value: 18.5`', en: 'a percentage from 0 to 100, for example `value: 18.5`' }), moreThan }),
  z.strictObject({ label, kind: z.literal('amount'), value: number('value: 10000'), upTo }),
  z.strictObject({ label, kind: z.literal('years'), value: help(z.number().positive(), { fr: 'un nombre d’années, par exemple `value: 5`', en: 'a number of years, for example `value: 5`' }) }),
  z.strictObject({ label, kind: z.literal('year'), value: yearNumber('value') }),
  z.strictObject({ label, kind: z.literal('yearSpan'), from: yearNumber('from'), to: yearNumber('to') }),
  z.strictObject({ label, kind: z.literal('range'), min: number('min: 4'), max: number('max: 5') }),
]);
help(figureSchema, {
  fr: `une sorte de chiffre (\`kind\`) parmi ${FIGURE_KINDS.map((k) => `\`${k}\``).join(', ')}, puis sa valeur`,
  en: `a kind of figure (\`kind\`) among ${FIGURE_KINDS.map((k) => `\`${k}\``).join(', ')}, then its value`,
});

export type Figure = z.output<typeof figureSchema>;

const entryName = help(z.string().regex(NAME_PATTERN), {
  fr: 'un nom en un seul mot, sans espace ni accent, qui commence par une minuscule, par exemple `irpDuration`',
  en: 'a name in one word, without spaces or accents, starting with a lowercase letter, for example `irpDuration`',
});

export const figuresSchema = z.record(entryName, figureSchema);

/** The questions the comparison table answers for each tool, in the order of its rows. */
export const TOOL_CRITERIA = ['purpose', 'whoMayApply', 'amount', 'duration', 'scope', 'howToApply'] as const;
export type ToolCriterion = (typeof TOOL_CRITERIA)[number];

export const toolSchema = z.strictObject({
  page: help(z.string().regex(PAGE_KEY_PATTERN), {
    fr: 'le chemin de la page de l’outil dans content/fr, sans « .mdx », par exemple `cooperation-tools/international-first-steps`',
    en: 'the path of the tool’s page in content/fr, without “.mdx”, for example `cooperation-tools/international-first-steps`',
  }),
  name: localized(),
  ...(Object.fromEntries(TOOL_CRITERIA.map((criterion) => [criterion, localized()])) as Record<ToolCriterion, ReturnType<typeof localized>>),
});

export const toolsSchema = z.record(entryName, toolSchema);
export type CooperationTool = z.output<typeof toolSchema> & { id: string };

const countryCode = help(z.string().regex(/^[A-Z]{2}$/), {
  fr: 'un code de pays à deux lettres majuscules (ISO 3166-1), par exemple `RW` pour le Rwanda',
  en: 'a two-letter country code in capitals (ISO 3166-1), for example `RW` for Rwanda',
});
const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

export const worldMapSchema = z.strictObject({
  title: localized(),
  description: localized(),
  emphasised: z.strictObject({ country: countryCode, legend: localized() }),
  europe: z.strictObject({ countries: help(z.array(countryCode), { fr: 'une liste de codes de pays : `[AT, BE, …]`', en: 'a list of country codes: `[AT, BE, …]`' }), legend: localized() }),
  partners: z.strictObject({
    legend: localized(),
    markerLegend: localized(),
    countries: z.record(
      countryCode,
      z.strictObject({
        marker: help(z.tuple([longitude, latitude]).optional(), {
          fr: 'la position du repère, `[longitude, latitude]`, par exemple `marker: [103.82, 1.35]`',
          en: 'where to draw the marker, `[longitude, latitude]`, for example `marker: [103.82, 1.35]`',
        }),
        what: localized(),
      }),
    ),
  }),
});

export type WorldMapData = z.output<typeof worldMapSchema>;

/** The data files, by name under content/data/, with their schema. */
export const DATA_FILES = {
  figures: { file: 'figures.yaml', schema: figuresSchema },
  tools: { file: 'cooperation-tools.yaml', schema: toolsSchema },
  worldMap: { file: 'world-map.yaml', schema: worldMapSchema },
} as const;
