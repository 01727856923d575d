import { fields, singleton } from '@keystatic/core';
import { routing } from '../../i18n/routing';
import { studioText } from '../content/messages';
import { FIGURE_KINDS, PAGE_KEY_PATTERN } from '../content/data/schema';

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
  figures: { name: string; kind?: FigureKind }[];
  tools: { name: string; usable: boolean }[];
  /** Absent when the map's file has a problem (the studio leaves it to the file). */
  worldMap?: { partners: { code: string; marker: boolean }[] };
}

const t = studioText.data;
const COUNTRY_CODE = /^[A-Z]{2}$/;

/** A text in both languages, side by side, as in the files: `fr: …` then `en: …`. */
const texts = (label: string, multiline = false) =>
  fields.object(
    Object.fromEntries(routing.locales.map((locale) => [locale, fields.text({ label: t.language[locale], multiline, validation: { isRequired: true } })])),
    { label, layout: [6, 6] },
  );

const positive = { min: Number.MIN_VALUE, isRequired: true };
const year = (label: string) => fields.integer({ label, validation: { min: 1900, max: 2100, isRequired: true } });

/** The fields of each kind of figure, as lib/content/data/schema.ts has them. */
const figureFields: Record<FigureKind, () => Record<string, ReturnType<typeof fields.number> | ReturnType<typeof fields.checkbox> | ReturnType<typeof year>>> = {
  count: () => ({ value: fields.number({ label: t.figure.count, validation: { min: 0, isRequired: true } }), moreThan: fields.checkbox({ label: t.figure.moreThan }) }),
  percent: () => ({ value: fields.number({ label: t.figure.percent, validation: { min: 0, max: 100, isRequired: true } }), moreThan: fields.checkbox({ label: t.figure.moreThan }) }),
  amount: () => ({ value: fields.number({ label: t.figure.amount, validation: { min: 0, isRequired: true } }), upTo: fields.checkbox({ label: t.figure.upTo }) }),
  years: () => ({ value: fields.number({ label: t.figure.years, validation: positive }) }),
  year: () => ({ value: year(t.figure.year) }),
  yearSpan: () => ({ from: year(t.figure.from), to: year(t.figure.to) }),
  range: () => ({ min: fields.number({ label: t.figure.min, validation: { min: 0, isRequired: true } }), max: fields.number({ label: t.figure.max, validation: { min: 0, isRequired: true } }) }),
};

export function figuresSchema(shape: StudioDataShape) {
  return Object.fromEntries(
    shape.figures.map(({ name, kind }) => [
      name,
      kind ? fields.object({ label: texts(t.figure.label), kind: fields.ignored(), ...figureFields[kind]() }, { label: name, description: t.figure.kindIs(kind) }) : fields.ignored(),
    ]),
  );
}

export function toolsSchema(shape: StudioDataShape) {
  const criteria = ['purpose', 'whoMayApply', 'amount', 'duration', 'scope', 'howToApply'] as const;
  return Object.fromEntries(
    shape.tools.map(({ name, usable }) => [
      name,
      usable
        ? fields.object(
            {
              page: fields.text({ label: t.tool.page, validation: { isRequired: true, pattern: { regex: PAGE_KEY_PATTERN, message: t.tool.pagePattern } } }),
              name: texts(t.tool.name),
              ...Object.fromEntries(criteria.map((criterion) => [criterion, texts(t.tool[criterion], true)])),
            },
            { label: name },
          )
        : fields.ignored(),
    ]),
  );
}

export function worldMapSchema(map: NonNullable<StudioDataShape['worldMap']>) {
  const country = (label: string) => fields.text({ label, validation: { isRequired: true, pattern: { regex: COUNTRY_CODE, message: t.map.codePattern } } });
  return {
    title: texts(t.map.title),
    description: texts(t.map.description, true),
    emphasised: fields.object({ country: country(t.map.emphasised), legend: texts(t.map.legend) }, { label: t.map.emphasisedGroup }),
    europe: fields.object(
      { countries: fields.array(country(t.map.code), { label: t.map.europe, itemLabel: (props) => props.value }), legend: texts(t.map.legend) },
      { label: t.map.europeGroup },
    ),
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
                  ...(marker ? { marker: fields.array(fields.number({ label: t.map.coordinate, validation: { isRequired: true } }), { label: t.map.marker, validation: { length: { min: 2, max: 2 } } }) } : {}),
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
    figures: singleton({ label: t.figures, path: 'content/data/figures', format: 'yaml', schema: figuresSchema(shape) }),
    tools: singleton({ label: t.tools, path: 'content/data/cooperation-tools', format: 'yaml', schema: toolsSchema(shape) }),
    ...(shape.worldMap ? { worldMap: singleton({ label: t.worldMap, path: 'content/data/world-map', format: 'yaml', schema: worldMapSchema(shape.worldMap) }) } : {}),
  };
}
