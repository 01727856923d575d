import { type BasicFormField, collection, config, fields } from '@keystatic/core';
import { block, inline, repeating, wrapper } from '@keystatic/core/content-components';
import { createElement } from 'react';
import type { Locale } from '@/i18n/routing';
import { frontmatterSchema, PAGE_KEY_PATTERN, SLUG_PATTERN } from '@/lib/content/schemas';
import { dataSingletons, type StudioDataShape } from './data-forms';
import { studioText } from '@/lib/editorial/words';
import { STUDIO_OPEN_PATH } from './paths';
import { FigureChooser } from './FigureChooser';
import { TranslationInput } from './TranslationInput';

/** What the studio's menus offer: the names that exist in content/data, with a label for editors. */
export interface StudioChoices {
  /** Each figure: its name in the pages, its label and value for the menu, and its value as each language's pages write it. */
  figures: { value: string; label: string; shown: Record<Locale, string> }[];
  tools: { value: string; label: string }[];
  /** The entries of the data files, for their forms (studio/data-forms.ts). */
  data: StudioDataShape;
}

/** The field whose value names the page's file (Keystatic's slugField): the title, with the file below it. */
export const SLUG_FIELD = 'title';

const shape = frontmatterSchema.shape;
const t = studioText;
/**
 * The length rule of a text field of the frontmatter, as its zod definition says (counted once the
 * spaces around are trimmed, as zod does), written as a pattern: Keystatic words its own length
 * messages in English, a pattern's message is ours, in French.
 */
function lengthRule(field: 'title' | 'navTitle' | 'description') {
  const optional = field === 'navTitle';
  const text = optional ? shape.navTitle.unwrap() : shape[field];
  const min = text.minLength ?? 0;
  const max = text.maxLength ?? 0;
  // Trimmed: one non-space character, or a non-space at each end with min-2 to max-2 characters between.
  const inner = min <= 1 ? `\\S|\\S[\\s\\S]{0,${max - 2}}\\S` : `\\S[\\s\\S]{${min - 2},${max - 2}}\\S`;
  const regex = new RegExp(`^${optional ? '(?:' : ''}\\s*(?:${inner})\\s*${optional ? ')?' : ''}$`);
  return { regex, message: t.length(min, max, optional) };
}
/** An optional slug: empty, or SLUG_PATTERN. */
const OPTIONAL_SLUG = new RegExp(`^(?:${SLUG_PATTERN.source.slice(1, -1)})?$`);

/** The components an editor inserts from the menu, each with its choices (never a name to type). */
export function studioComponents(choices: StudioChoices) {
  const figure = (label: string) => fields.select({ label, options: choices.figures, defaultValue: choices.figures[0]?.value ?? '' });
  const text = (label: string, description?: string) => fields.text({ label, description, validation: { isRequired: true } });
  return {
    Figure: inline({
      label: t.figure.label,
      description: t.figure.description,
      schema: { id: figure(t.figure.label) },
      // In the text, the figure shows its value, as the page will (« 7 000 »), in the page's language.
      ContentView: ({ value }) => {
        const figure = choices.figures.find((candidate) => candidate.value === value.id);
        const locale: Locale = typeof window !== 'undefined' && window.location.pathname.includes('/collection/en/') ? 'en' : 'fr';
        return figure?.shown[locale] ?? value.id;
      },
      // Selected in the text, it is chosen again from the list of the figures by label and value.
      ToolbarView: ({ value, onChange, onRemove }) => createElement(FigureChooser, { figures: choices.figures, value: value.id, onChange: (id: string) => onChange({ id }), onRemove }),
    }),
    KeyFigures: repeating({ label: t.keyFigures.label, description: t.keyFigures.description, children: ['KeyFigure'], schema: {} }),
    KeyFigure: wrapper({ label: t.keyFigure.label, forSpecificLocations: true, schema: { figure: figure(t.figure.label) } }),
    ToolFacts: block({
      label: t.toolFacts.label,
      description: t.toolFacts.description,
      schema: { tool: fields.select({ label: t.toolFacts.tool, options: choices.tools, defaultValue: choices.tools[0]?.value ?? '' }) },
    }),
    ToolsComparison: block({ label: t.toolsComparison.label, description: t.toolsComparison.description, schema: {} }),
    ToolFinder: block({ label: t.toolFinder.label, description: t.toolFinder.description, schema: {} }),
    Callout: wrapper({ label: t.callout.label, description: t.callout.description, schema: { title: fields.text({ label: t.callout.title }) } }),
    WorldMap: block({ label: t.worldMap.label, description: t.worldMap.description, schema: {} }),
    Cards: repeating({ label: t.cards.label, description: t.cards.description, children: ['Card'], schema: {} }),
    Card: wrapper({ label: t.card.label, forSpecificLocations: true, schema: { href: text(t.card.href, t.card.hrefHelp), title: text(t.card.title) } }),
    Facts: repeating({ label: t.facts.label, description: t.facts.description, children: ['Fact'], schema: {} }),
    Fact: wrapper({ label: t.fact.label, forSpecificLocations: true, schema: { term: text(t.fact.term) } }),
    SectionPages: block({ label: t.sectionPages.label, description: t.sectionPages.description, schema: {} }),
    SiteMap: block({ label: t.siteMap.label, description: t.siteMap.description, schema: {} }),
  };
}

/**
 * `translatedFrom`: the fingerprint of the original a translation matches, shown as where the
 * translation stands (studio/TranslationInput.tsx), never typed. Saved as it was read.
 */
function translationField(): BasicFormField<string | null> {
  const read = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    kind: 'form',
    label: t.translation.label,
    Input: (props) => createElement(TranslationInput, props),
    defaultValue: () => null,
    parse: read,
    serialize: (value) => ({ value: value ?? undefined }),
    validate: (value) => value,
    reader: { parse: read },
  };
}

/**
 * The fields of a page, in the order of its frontmatter, with the rules of lib/content/schema.ts.
 * Fields the studio does not show (`menu`, `sort`, `toc`) are kept as they are; `translatedFrom`
 * shows where the translation stands.
 */
export function pageSchema(choices: StudioChoices) {
  const title = lengthRule('title');
  return {
    title: fields.slug({
      name: { label: t.title, description: title.message, validation: { pattern: title } },
      slug: {
        label: t.file.label,
        description: t.file.description,
        validation: { pattern: { regex: PAGE_KEY_PATTERN, message: t.file.pattern } },
      },
    }),
    navTitle: fields.text({ label: t.navTitle, validation: { pattern: lengthRule('navTitle') } }),
    description: fields.text({ label: t.description, multiline: true, validation: { pattern: lengthRule('description') } }),
    slug: fields.text({ label: t.slug.label, description: t.slug.description, validation: { pattern: { regex: OPTIONAL_SLUG, message: t.slug.pattern } } }),
    order: fields.integer({ label: t.order.label, description: t.order.description, validation: { min: 0 } }),
    updated: fields.date({ label: t.updated, validation: { isRequired: true } }),
    menu: fields.ignored(),
    sort: fields.ignored(),
    toc: fields.ignored(),
    draft: fields.checkbox({ label: t.draft.label, description: t.draft.description, defaultValue: false }),
    translatedFrom: translationField(),
    // Written by the editorial server when an administrator retires the page; kept as it is.
    retired: fields.ignored(),
    body: fields.mdx({ label: t.body, options: { image: false, codeBlock: false }, components: studioComponents(choices) }),
  };
}

const pages = (locale: Locale, choices: StudioChoices) =>
  collection({
    label: t.collection[locale],
    path: `content/${locale}/**`,
    slugField: SLUG_FIELD,
    format: { contentField: 'body' },
    entryLayout: 'content',
    columns: ['title', 'updated'],
    // The page in the preview, found from its file (app/api/studio/open).
    previewUrl: `${STUDIO_OPEN_PATH}?file=${locale}/{slug}`,
    schema: pageSchema(choices),
  });

/** The studio: every page of both languages and the data files, in local mode (it writes the files of content/). */
export function studioConfig(choices: StudioChoices) {
  const singletons = dataSingletons(choices.data);
  return config({
    storage: { kind: 'local' },
    locale: 'fr-FR',
    ui: {
      brand: { name: t.brand },
      navigation: { [t.navigation]: ['fr', 'en'], [t.dataNavigation]: Object.keys(singletons) as (keyof typeof singletons)[] },
    },
    collections: { fr: pages('fr', choices), en: pages('en', choices) },
    singletons,
  });
}
