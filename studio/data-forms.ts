import { fields, singleton } from '@keystatic/core';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { COUNTRY_CODE_PATTERN, FIGURE_KINDS, figureSchema, PAGE_KEY_PATTERN, TOOL_CRITERIA } from '@/lib/content/schemas';
import { dataFormPath } from './paths';
import { studioText } from '@/lib/editorial/words';

/**
 * The data files of content/data/ as forms of the studio: figures, the cooperation tools and the
 * world map. Keystatic has no field for a list keyed by name (our `countries:`, `explore:`…): each
 * form is built from the names the file holds today, so an editor changes any value, text or
 * amount in the studio, and adds or renames an entry in the file itself (the guide says how). An
 * entry the content check cannot use yet is kept exactly as it is, out of the form.
 */

type FigureKind = (typeof FIGURE_KINDS)[number];

/** What the files hold today: their names, in their order, and which entries are usable. */
export interface StudioDataShape {
  /** `kind` absent: the figure has a problem, and is kept as it is. */
  /** `label`: the figure's French label, which names its form (its name is the one pages use). */
  figures: { name: string; kind?: FigureKind; label?: string }[];
  tools: { name: string; usable: boolean }[];
  /** Absent when the map's file has a problem (the studio leaves it to the file). */
  worldMap?: { partners: { code: string; marker: boolean }[] };
}

const t = studioText.data;

/** A text in both languages, side by side, as in the files: `fr: …` then `en: …`. */
const texts = (label: string, multiline = false) =>
  fields.object(Object.fromEntries(routing.locales.map((locale) => [locale, fields.text({ label: t.language[locale], multiline, validation: { isRequired: true } })])), { label, layout: [6, 6] });

/**
 * A number field with the limits of its zod definition in lib/content/data/schema.ts: whole numbers
 * where it asks for them, its minimum and maximum, and just above its minimum when that minimum is
 * excluded (`positive()`), so that the form refuses what the content check refuses.
 */
function numberField(label: string, schema: z.ZodNumber) {
  const min = Number.isFinite(schema.minValue) ? (schema.safeParse(schema.minValue).success ? (schema.minValue ?? undefined) : Number.MIN_VALUE) : undefined;
  const max = Number.isFinite(schema.maxValue) ? (schema.maxValue ?? undefined) : undefined;
  const validation = { isRequired: true, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  return schema.isInt ? fields.integer({ label, validation }) : fields.number({ label, validation });
}

/** The option of figureSchema for a kind of figure. */
const figureOption = (kind: FigureKind) => figureSchema.options.find((option) => option.shape.kind.value === kind) as z.ZodObject<Record<string, z.ZodType>>;

/** The fields of a kind of figure, as figureSchema defines them: its numbers, and its checkboxes (`moreThan`, `upTo`). */
function figureFields(kind: FigureKind) {
  const words: Record<string, unknown> = t.figure;
  return Object.fromEntries(
    Object.entries(figureOption(kind).shape)
      .filter(([field]) => field !== 'label' && field !== 'kind')
      .map(([field, schema]) => {
        const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
        // The value's label names its kind (« Montant en euros »); the other fields are named for themselves.
        const word = words[field === 'value' ? kind : field];
        const label = typeof word === 'string' ? word : field;
        return [field, inner instanceof z.ZodNumber ? numberField(label, inner) : fields.checkbox({ label })];
      }),
  );
}

function figuresSchema(shape: StudioDataShape) {
  return Object.fromEntries(
    shape.figures.map(({ name, kind, label }) => [
      name,
      kind ? fields.object({ label: texts(t.figure.label), kind: fields.ignored(), ...figureFields(kind) }, { label: label || name, description: t.figure.kindIs(kind) }) : fields.ignored(),
    ]),
  );
}

function toolsSchema(shape: StudioDataShape) {
  return Object.fromEntries(
    shape.tools.map(({ name, usable }) => [
      name,
      usable
        ? fields.object(
            {
              page: fields.text({ label: t.tool.page, validation: { isRequired: true, pattern: { regex: PAGE_KEY_PATTERN, message: t.tool.pagePattern } } }),
              name: texts(t.tool.name),
              ...Object.fromEntries(TOOL_CRITERIA.map((criterion) => [criterion, texts(t.tool[criterion], true)])),
            },
            { label: name },
          )
        : fields.ignored(),
    ]),
  );
}

function worldMapSchema(map: NonNullable<StudioDataShape['worldMap']>) {
  const country = (label: string) => fields.text({ label, validation: { isRequired: true, pattern: { regex: COUNTRY_CODE_PATTERN, message: t.map.codePattern } } });
  return {
    title: texts(t.map.title),
    description: texts(t.map.description, true),
    emphasised: fields.object({ country: country(t.map.emphasised), legend: texts(t.map.legend) }, { label: t.map.emphasisedGroup }),
    europe: fields.object({ countries: fields.array(country(t.map.code), { label: t.map.europe, itemLabel: (props) => props.value }), legend: texts(t.map.legend) }, { label: t.map.europeGroup }),
    partners: fields.object(
      {
        legend: texts(t.map.legend),
        markerLegend: texts(t.map.markerLegend),
        countries: fields.object(
          Object.fromEntries(
            map.partners.map(({ code, marker }) => [
              code,
              fields.object(
                {
                  ...(marker
                    ? {
                        marker: fields.array(fields.number({ label: t.map.coordinate, validation: { isRequired: true } }), {
                          label: t.map.marker,
                          itemLabel: (props) => String(props.value ?? ''),
                          validation: { length: { min: 2, max: 2 } },
                        }),
                      }
                    : {}),
                  what: texts(t.map.what, true),
                },
                { label: code },
              ),
            ]),
          ),
          { label: t.map.partners },
        ),
      },
      { label: t.map.partnersGroup },
    ),
  };
}

/** The forms of content/data/, each writing its file as it is named there. */
export function dataSingletons(shape: StudioDataShape) {
  return {
    figures: singleton({ label: t.figures, path: dataFormPath('figures'), format: 'yaml', schema: figuresSchema(shape) }),
    tools: singleton({ label: t.tools, path: dataFormPath('tools'), format: 'yaml', schema: toolsSchema(shape) }),
    ...(shape.worldMap ? { worldMap: singleton({ label: t.worldMap, path: dataFormPath('worldMap'), format: 'yaml', schema: worldMapSchema(shape.worldMap) }) } : {}),
  };
}
