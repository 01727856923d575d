import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ContentMode, openContent } from '@/lib/content';
import { checkContent } from '@/lib/content/check';
import { loadContentTree } from '@/lib/content/load';

/** Frontmatter lines that pass the schema, to be overridden field by field. */
export function frontmatter(fields: Record<string, string | number | boolean | undefined>): string {
  const base: Record<string, string | number | boolean | undefined> = {
    title: 'A page',
    description: 'A description long enough to satisfy the fifty character minimum.',
    order: 1,
    updated: '2026-11-24',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export const page = (fields: Record<string, string | number | boolean | undefined>, body = '\nSome text.\n') => frontmatter(fields) + body;

/** Writes a content tree to a fresh temporary folder; returns the folder. */
export function writeFixture(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** The whole content check of a fixture content folder, its verdict never reused. */
export const checkFixture = (files: Record<string, string>) => checkFolder(writeFixture(files));

/** The whole content check of a content folder written by `writeFixture`. */
export const checkFolder = (dir: string) => checkContent({ root: dir, contentDir: dir, reuse: false });

/** Opens a fixture content folder through the content layer's door, as scripts and servers open a checkout. */
export function openFixture(files: Record<string, string>, mode: ContentMode = 'check') {
  const dir = writeFixture(files);
  return openContent({ root: dir, contentDir: dir, mode });
}

/** Loads a fixture content tree, labelled `content`, drafts included unless told otherwise. */
export const loadFixture = (files: Record<string, string>, { includeDrafts = true } = {}) => loadContentTree(writeFixture(files), { label: 'content', includeDrafts });

/** Data files that pass their schemas: two figures, one tool (on the fixture's tools/explore page), a world map with one partner, a tool finder of two answers a question. */
export const minimalData: Record<string, string> = {
  'data/figures.yaml': [
    'collaborationsPerYear:',
    '  label: { fr: Collaborations déclarées par an, en: Collaborations declared a year }',
    '  kind: count',
    '  value: 7000',
    '  moreThan: true',
    'firstStepsAmount:',
    '  label: { fr: Montant de First Steps, en: First Steps amount }',
    '  kind: amount',
    '  value: 10000',
    '',
  ].join('\n'),
  'data/cooperation-tools.yaml': [
    'explore:',
    '  page: tools/explore',
    ...['name', 'purpose', 'whoMayApply', 'duration', 'scope', 'howToApply'].flatMap((field) => [`  ${field}:`, `    fr: Texte ${field}`, `    en: Text ${field}`]),
    '  amount:',
    '    fr: "{firstStepsAmount} au total"',
    '    en: "{firstStepsAmount} in total"',
    '',
  ].join('\n'),
  'data/world-map.yaml': [
    ...['title', 'description'].flatMap((field) => [`${field}:`, `  fr: Carte ${field}`, `  en: Map ${field}`]),
    'emphasised:',
    '  country: US',
    '  legend: { fr: États-Unis, en: United States }',
    'europe:',
    '  countries: [FR, DE]',
    '  legend: { fr: Europe, en: Europe }',
    'partners:',
    '  legend: { fr: Partenaire, en: Partner }',
    '  markerLegend: { fr: Repère, en: Marker }',
    '  countries:',
    '    RW:',
    '      what: { fr: "Accord de {collaborationsPerYear}", en: "Agreement of {collaborationsPerYear}" }',
    '',
  ].join('\n'),
  'data/tool-finder.yaml': [
    'questions:',
    ...[
      ['applicant', 'young', 'jeune', 'young', 'senior', 'confirme', 'senior'],
      ['stage', 'start', 'debut', 'start', 'later', 'suite', 'later'],
      ['partner', 'europe', 'europe', 'europe', 'beyond', 'ailleurs', 'elsewhere'],
    ].flatMap(([question, first, firstFr, firstEn, second, secondFr, secondEn]) => [
      `  ${question}:`,
      `    legend: { fr: Question ${question}, en: Question ${question} }`,
      `    error: { fr: Répondez à ${question}, en: Answer ${question} }`,
      '    choices:',
      `      ${first}:`,
      `        slug: { fr: ${firstFr}, en: ${firstEn} }`,
      `        label: { fr: Réponse ${first}, en: Answer ${first} }`,
      `      ${second}:`,
      `        slug: { fr: ${secondFr}, en: ${secondEn} }`,
      `        label: { fr: Réponse ${second}, en: Answer ${second} }`,
    ]),
    'tools:',
    '  explore:',
    '    fitsWhen:',
    '      applicant: [young]',
    '      stage: [start]',
    '    whyNot:',
    '      applicant: { fr: Pour les jeunes, en: For the young }',
    '      stage: { fr: Pour commencer, en: For a start }',
    '',
  ].join('\n'),
};

/** A minimal valid site: a home page and one section with one child, in both languages, and its data. */
export const minimalSite: Record<string, string> = {
  ...minimalData,
  'fr/index.mdx': page({ title: 'Accueil', order: 0 }),
  'en/index.mdx': page({ title: 'Home', order: 0 }),
  'fr/tools/index.mdx': page({ title: 'Outils', slug: 'outils', order: 2 }),
  'en/tools/index.mdx': page({ title: 'Tools', slug: 'tools', order: 2 }),
  'fr/tools/explore.mdx': page({ title: 'Explorer', slug: 'explorer' }),
  'en/tools/explore.mdx': page({ title: 'Explore', slug: 'explore' }),
  'fr/strategy.mdx': page({ title: 'Stratégie', slug: 'strategie', order: 1 }),
  'en/strategy.mdx': page({ title: 'Strategy', slug: 'strategy', order: 1 }),
  'fr/legal.mdx': page({ title: 'Mentions légales', slug: 'mentions-legales', menu: 'footer' }),
  'en/legal.mdx': page({ title: 'Legal notice', slug: 'legal-notice', menu: 'footer' }),
};
