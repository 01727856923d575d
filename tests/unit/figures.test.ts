import path from 'node:path';
import { createFormatter, createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { cooperationTools } from '@/lib/cooperation-tools';
import { loadContentTree } from '@/lib/content/load';
import { type FigureId, figures } from '@/lib/figures/data';
import { formatHeadline, formatValue } from '@/lib/figures/format';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const messages = { fr, en };
const formatterFor = (locale: 'fr' | 'en') => {
  const format = createFormatter({ locale, timeZone: 'Europe/Paris' });
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Figures' });
  return {
    value: (id: FigureId) => formatValue(figures[id], format, (key, values) => t(key, values)),
    headline: (id: FigureId) => formatHeadline(figures[id], format, (key, values) => t(key, values)),
  };
};
const frFigures = formatterFor('fr');
const enFigures = formatterFor('en');

describe('figures, formatted for each language', () => {
  it.each([
    ['collaborationsPerYear', '7\u202f000', '7,000'],
    ['firstStepsAmount', '10\u202f000\u00a0€', '€10,000'],
    ['irpAmountOutsideEurope', '75\u202f000\u00a0€', '€75,000'],
    ['usaCopublicationShare', '18,5\u00a0%', '18.5%'],
    ['irpDuration', '5\u00a0ans', '5 years'],
    ['firstStepsDuration', '1\u00a0an', '1 year'],
    ['copublicationYear', '2022', '2022'],
    ['strategicPlan', '2021–2025', '2021–2025'],
    ['tcpPartners', '4 à 5', '4–5'],
  ] as const)('%s reads %s in French and %s in English', (id, inFrench, inEnglish) => {
    const normalize = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(normalize(frFigures.value(id))).toBe(normalize(inFrench));
    expect(enFigures.value(id)).toBe(inEnglish);
  });

  it('puts narrow no-break spaces in French numbers so that they never break across lines', () => {
    expect(frFigures.value('collaborationsPerYear')).toBe('7\u202f000');
    expect(frFigures.value('firstStepsAmount')).toMatch(/^10\u202f000\s€$/);
  });

  it('gives headlines their qualifier', () => {
    expect(frFigures.headline('collaborationsPerYear')).toBe('+\u00a0de 7\u202f000');
    expect(enFigures.headline('collaborationsPerYear')).toBe('7,000+');
    expect(enFigures.headline('irpAmountEurope')).toBe('up to €60,000');
    expect(enFigures.headline('usaShare')).toBe('25%');
  });
});

describe('the content takes every figure from the data', () => {
  const { pages } = loadContentTree(path.resolve('content'), { includeDrafts: false });
  // Figures distinctive enough to be spotted in running text (not "1", "4" or "5").
  const distinctive = (Object.keys(figures) as FigureId[]).filter((id) => {
    const figure = figures[id];
    return !('value' in figure) || figure.value >= 13 || figure.kind === 'percent';
  });

  it.each(routing.locales)('no %s page writes a figure by hand', (locale) => {
    const format = formatterFor(locale);
    const flat = (s: string) => s.replace(/[\u00a0\u202f ]/g, '');
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A figure counts as written when it stands alone, not inside a longer number (13 in 75013).
    const written = distinctive.flatMap((id) => [format.value(id), format.headline(id)]).map((figure) => new RegExp(`(?<![\\d.,])${escape(flat(figure))}(?!\\d)`));
    const handWritten = pages
      .filter((p) => p.locale === locale && !p.isFallback)
      .flatMap((page) => page.texts.filter((text) => written.some((figure) => figure.test(flat(text.value)))).map((text) => `${page.file}:${text.line}: ${text.value}`));
    expect(handWritten).toEqual([]);
  });

  it('uses every figure of the data somewhere', () => {
    const used = new Set(pages.flatMap((p) => p.elements.map((e) => e.attributes.id ?? e.attributes.figure)));
    const inTools = JSON.stringify(cooperationTools);
    expect((Object.keys(figures) as FigureId[]).filter((id) => !used.has(id) && !inTools.includes(`{${id}}`))).toEqual([]);
  });
});
