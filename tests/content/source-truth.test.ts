import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createFormatter, createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, type Locale, routing } from '@/i18n/routing';
import { FIGURE_PLACEHOLDER, openContent } from '@/lib/content';
import { formatHeadline, formatValue } from '@/lib/figures/format';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

// What today's content says, read against the text it is written from: tests/content/source.txt, a
// copy of the English text of the "Europe and International" section of Inserm's site (written
// before 2024). The site may say nothing the source contradicts, nothing dated as future that is
// past, nothing copied from it, and nothing false about itself. An editor who changes what a page
// says may have to change these tests too: they test the content, not the code.

const { pages, data } = openContent({ root: path.resolve('.'), mode: 'publish' });
const source = readFileSync(path.resolve('tests/content/source.txt'), 'utf8');
const messages = { fr, en };

function figuresIn(locale: Locale) {
  const format = createFormatter({ locale, timeZone: 'Europe/Paris' });
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Figures' });
  const figure = (id: string) => {
    const found = data.figures[id];
    if (!found) throw new Error(`no figure ${id} in content/data/figures.yaml`);
    return found;
  };
  return {
    value: (id: string) => formatValue(figure(id), format, (key, values) => t(key, values)),
    headline: (id: string) => formatHeadline(figure(id), format, (key, values) => t(key, values)),
  };
}
const figures = { fr: figuresIn('fr'), en: figuresIn('en') };

/** A text of the site as a reader gets it, figures written out, and where it comes from. */
interface SiteText {
  where: string;
  locale: Locale;
  text: string;
}

/** A page's title, description and body as plain text: figures formatted, tags and Markdown marks taken out. */
function pageText(body: string, locale: Locale): string {
  return body
    .replace(/<KeyFigure figure="(\w+)">/g, (_, id: string) => `${figures[locale].headline(id)} `)
    .replace(/<Figure id="(\w+)" \/>/g, (_, id: string) => figures[locale].value(id))
    .replace(/<[A-Z]\w*[^>]*\btitle="([^"]*)"[^>]*>/g, '\n$1.\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\|/g, '\n')
    .replace(/[*#`]/g, ' ');
}

/** Every `{ fr, en }` text of a data file, with its `{figure}` written out. */
function dataTexts(value: unknown, where: string): SiteText[] {
  if (!value || typeof value !== 'object') return [];
  const entry = value as Record<string, unknown>;
  if (typeof entry.fr === 'string' && typeof entry.en === 'string') {
    return routing.locales.map((locale) => ({
      where,
      locale,
      text: (entry[locale] as string).replace(FIGURE_PLACEHOLDER, (_, id: string) => figures[locale].value(id)),
    }));
  }
  return Object.entries(entry).flatMap(([key, inner]) => dataTexts(inner, `${where}.${key}`));
}

/** Interface messages, their ICU arguments and tags taken out. */
function messageTexts(value: unknown, locale: Locale, where: string): SiteText[] {
  if (typeof value === 'string') {
    let text = value.replace(/<\/?\w+>/g, '');
    while (/\{[^{}]*\}/.test(text)) text = text.replace(/\{[^{}]*\}/g, ' ');
    return [{ where, locale, text }];
  }
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => messageTexts(inner, locale, `${where}.${key}`));
}

const pageTexts: SiteText[] = pages.map((page) => ({
  where: page.file,
  locale: page.contentLocale,
  text: [page.frontmatter.title, page.frontmatter.description, pageText(page.body, page.contentLocale)].join('\n'),
}));
const siteTexts: SiteText[] = [
  ...pageTexts,
  ...dataTexts(Object.fromEntries(data.tools.map((tool) => [tool.id, tool])), 'content/data/cooperation-tools.yaml'),
  ...dataTexts(data.toolFinder, 'content/data/tool-finder.yaml'),
  ...dataTexts(data.worldMap, 'content/data/world-map.yaml'),
  ...dataTexts(data.figures, 'content/data/figures.yaml'),
  ...routing.locales.flatMap((locale) => messageTexts(messages[locale], locale, `messages/${locale}.json`)),
];

const sentencesOf = (text: string) =>
  text
    .split(/\n+|(?<=[.!?;:])\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
const sentences = siteTexts.flatMap(({ where, locale, text }) => sentencesOf(text).map((sentence) => ({ where, locale, sentence })));

/** Sentences that match: « file: sentence », to read in a failure. */
const matching = (pattern: (locale: Locale) => RegExp | undefined, only: (sentence: string) => boolean = () => true) =>
  sentences.filter(({ locale, sentence }) => only(sentence) && pattern(locale)?.test(sentence)).map(({ where, sentence }) => `${where}: ${sentence}`);

describe('the site says what the source says, as of the day its pages were updated', () => {
  it('reads every page, data file and message', () => {
    expect(pageTexts.length).toBeGreaterThanOrEqual(20);
    expect(siteTexts.filter(({ where }) => where.startsWith('content/data/')).length).toBeGreaterThan(100);
  });

  // The source: the Directorate General identifies KIPs and the themes of TCPs; its tools are deployed
  // through specific calls for proposals and partnership agreements. It never says nobody may apply.
  it('never says a tool cannot be applied for, or has no open call', () => {
    const NO_APPLICATION: Record<Locale, RegExp> = {
      fr: /ne (?:peu[tx]|peuvent|pouvez) pas (?:déposer|candidater|postuler|faire l.objet)|pas d.appel ouvert|aucun appel (?:ouvert|à candidatures)|ne (?:fait|font) pas l.objet d.un appel|(?:fermée?s?|pas ouverte?s?|non ouverte?s?) aux? candidatures?/i,
      en: /(?:cannot|can't|can not|may not) (?:be )?appl(?:y|ied)|no open call|not open (?:to|for) applications|closed to applications|no call for (?:proposals|applications)/i,
    };
    expect(matching((locale) => NO_APPLICATION[locale])).toEqual([]);
  });

  // The source announces plans for 2024; the pages are dated after it.
  it('never presents 2024 as still to come', () => {
    const FUTURE: Record<Locale, RegExp> = {
      fr: /\b(?:sera|seront|aura|auront|va|vont)\b|\b(?:est|sont) (?:prévue?s?|programmée?s?|attendue?s?)|(?<!(?:était|étaient|avait été|avaient été) )\bprévue?s? (?:en|pour)\b|\bprochaine?s?\b/i,
      en: /\bwill\b|\b(?:is|are) (?:planned|scheduled|due|expected|set|to be)\b|(?<!(?:was|were|had been) )\b(?:planned|scheduled|due|set) (?:for|in|to)\b|(?<!(?:was|were) )\bto be (?:launched|held|published|opened)\b|\bupcoming\b|\bnext year\b/i,
    };
    expect(matching((locale) => FUTURE[locale], (sentence) => /\b2024\b/.test(sentence))).toEqual([]);
  });

  // « More than half of our collaborations [with foreign partners] in Europe »: France is not one of them.
  it('does not count France in the European share of collaborations with foreign partners', () => {
    expect(data.worldMap?.europe.countries).not.toContain('FR');
    expect(data.worldMap?.emphasised.country).not.toBe('FR');
  });

  it('names what the source names, and no name it does not give', () => {
    // The unit's French name is not in the source: the pages describe it instead. HIROs are the Heads of
    // International Research Organizations (the source adds « biomedical » inside the name).
    const INVENTED = /d[ée]partement des affaires nationales et (?:[ée]trang[èe]res|internationales)|Heads of International Biomedical Research Organi[sz]ations/i;
    expect(matching(() => INVENTED)).toEqual([]);
  });

  // The source is written in English; a page may say the same, not in its words.
  it('repeats no run of twelve words of the source', () => {
    const RUN = 12;
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/['’]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .split(' ')
        .filter(Boolean);
    const runsOf = (list: string[]) => list.slice(0, Math.max(0, list.length - RUN + 1)).map((_, i) => list.slice(i, i + RUN).join(' '));
    const sourceRuns = new Set(runsOf(words(source)));
    expect(sourceRuns.size).toBeGreaterThan(1000);
    const copied = sentences.flatMap(({ where, sentence }) => {
      const run = runsOf(words(sentence)).find((r) => sourceRuns.has(r));
      return run ? [`${where}: « ${run} » in « ${sentence} »`] : [];
    });
    expect(copied).toEqual([]);
  });
});

describe('what the legal notice says of the site’s cookie is true of the code', () => {
  const YEAR = 365 * 24 * 60 * 60;
  const UNITS: Record<string, number> = {
    an: YEAR, ans: YEAR, année: YEAR, années: YEAR, mois: YEAR / 12, semaine: 7 * 86400, semaines: 7 * 86400, jour: 86400, jours: 86400, heure: 3600, heures: 3600,
    year: YEAR, years: YEAR, month: YEAR / 12, months: YEAR / 12, week: 7 * 86400, weeks: 7 * 86400, day: 86400, days: 86400, hour: 3600, hours: 3600,
  };
  const NUMBERS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, six: 6, douze: 12, treize: 13, one: 1, a: 1, an: 1, two: 2, three: 3, twelve: 12, thirteen: 13 };
  const DURATION = new RegExp(`(?<![\\p{L}\\d])(\\d+|${Object.keys(NUMBERS).join('|')})[\\s\\u00a0\\u202f]+(${Object.keys(UNITS).join('|')})(?![\\p{L}])`, 'giu');
  /** Every duration written in a text, in seconds. */
  const durationsIn = (text: string) => [...text.matchAll(DURATION)].map(([, count = '', unit = '']) => (Number(count) || NUMBERS[count.toLowerCase()] || 0) * (UNITS[unit.toLowerCase()] ?? 0));

  const notices = pages.filter((page) => page.key === 'legal-notice');

  it('is read in every language', () => {
    expect(notices.map((page) => page.locale).sort()).toEqual([...routing.locales].sort());
  });

  it.each(notices.map((page) => [page.file, page] as const))('%s: names the cookie and what it holds, and keeps it as long as the code does', (_, page) => {
    const aboutCookies = page.body.split(/\n\s*\n/).filter((paragraph) => /cookie/i.test(paragraph)).join('\n\n');
    expect(aboutCookies).toContain(LANGUAGE_COOKIE);
    // What it holds: the language chosen, one of the site's.
    for (const locale of routing.locales) expect(aboutCookies).toContain(`\`${locale}\``);
    // How long: every duration it states is the lifetime the language route sets (Max-Age).
    const durations = durationsIn(aboutCookies);
    expect(durations.length).toBeGreaterThan(0);
    for (const seconds of durations) expect(Math.round(seconds)).toBe(LANGUAGE_COOKIE_MAX_AGE);
    // Not a session cookie: it outlives the browser's window.
    expect(aboutCookies).not.toMatch(/fermeture (?:de votre|du) navigateur|close your browser|end of (?:your|the) session/i);
  });
});
