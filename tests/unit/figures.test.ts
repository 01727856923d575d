import { describe, expect, it } from 'vitest';
import { figureFormatter } from '../support/figures';
import { minimalSite, openFixture } from './helpers';

// One figure of each kind, with each qualifier, on a small site: how the code writes a figure in
// each language, whatever today's figures.yaml holds.
const figuresYaml = `${minimalSite['data/figures.yaml']}${[
  ['irpAmountEurope', 'kind: amount', 'value: 60000', 'upTo: true'],
  ['irpAmountOutsideEurope', 'kind: amount', 'value: 75000'],
  ['usaShare', 'kind: percent', 'value: 25'],
  ['usaCopublicationShare', 'kind: percent', 'value: 18.5'],
  ['irpDuration', 'kind: years', 'value: 5'],
  ['firstStepsDuration', 'kind: years', 'value: 1'],
  ['copublicationYear', 'kind: year', 'value: 2022'],
  ['strategicPlan', 'kind: yearSpan', 'from: 2021', 'to: 2025'],
  ['tcpPartners', 'kind: range', 'min: 4', 'max: 5'],
]
  .map(([name, ...fields]) => [`${name}:`, `  label: { fr: Chiffre ${name}, en: Figure ${name} }`, ...fields.map((field) => `  ${field}`)].join('\n'))
  .join('\n')}\n`;
const site = openFixture({ ...minimalSite, 'data/figures.yaml': figuresYaml });
const { figures } = site.data;

const formatterFor = (locale: 'fr' | 'en') => figureFormatter(figures, locale, 'the fixture’s figures.yaml');
const frFigures = formatterFor('fr');
const enFigures = formatterFor('en');

describe('figures, formatted for each language', () => {
  it('reads every figure of the fixture', () => {
    expect(site.problems().filter((problem) => problem.file.endsWith('figures.yaml'))).toEqual([]);
    expect(Object.keys(figures)).toHaveLength(11);
  });

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
