import path from 'node:path';
import { createFormatter, createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { loadSiteData } from '@/lib/content/data/load';
import { loadContentTree } from '@/lib/content/load';
import { formatHeadline, formatValue } from '@/lib/figures/format';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const messages = { fr, en };
const { data } = loadSiteData(path.resolve('content'));
const { figures } = data;
const formatterFor = (locale: 'fr' | 'en') => {
  const format = createFormatter({ locale, timeZone: 'Europe/Paris' });
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Figures' });
  return {
    value: (id: string) => formatValue(figureOf(id), format, (key, values) => t(key, values)),
    headline: (id: string) => formatHeadline(figureOf(id), format, (key, values) => t(key, values)),
  };
};
function figureOf(id: string) {
  const figure = figures[id];
  if (!figure) throw new Error(`no figure ${id} in content/data/figures.yaml`);
  return figure;
}
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
    ['tcpPartners', '4 ou 5', '4–5'],
  ] as const)('%s reads %s in French and %s in English', (id, inFrench, inEnglish) => {
    const normalize = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(normalize(frFigures.value(id))).toBe(normalize(inFrench));
    expect(enFigures.value(id)).toBe(inEnglish);
  });

  it('joins a French number and its unit with a no-break space, so that they never break across lines', () => {
    expect(frFigures.value('collaborationsPerYear')).toBe('7\u202f000');
    expect(frFigures.value('firstStepsAmount')).toBe('10\u202f000\u00a0€');
    expect(frFigures.value('irpDuration')).toBe('5\u00a0ans');
    expect(frFigures.value('firstStepsDuration')).toBe('1\u00a0an');
    expect(frFigures.value('usaCopublicationShare')).toBe('18,5\u00a0%');
  });

  it('gives headlines their qualifier', () => {
    expect(frFigures.headline('collaborationsPerYear')).toBe('+\u00a0de\u00a07\u202f000');
    expect(enFigures.headline('collaborationsPerYear')).toBe('7,000+');
    expect(enFigures.headline('irpAmountEurope')).toBe('up to €60,000');
    expect(enFigures.headline('usaShare')).toBe('25%');
  });
});

describe('the content takes every figure from the data', () => {
  const { pages } = loadContentTree(path.resolve('content'), { includeDrafts: false });
  // Figures distinctive enough to be spotted in running text (not "1", "4" or "5").
  const distinctive = Object.keys(figures).filter((id) => {
    const figure = figureOf(id);
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

  it('uses every figure of the data somewhere, on a page or in a text of the data', () => {
    const used = new Set(pages.flatMap((p) => p.elements.map((e) => e.attributes.id ?? e.attributes.figure)));
    const inData = JSON.stringify([data.tools, data.worldMap]);
    expect(Object.keys(figures).filter((id) => !used.has(id) && !inData.includes(`{${id}}`))).toEqual([]);
  });
});
