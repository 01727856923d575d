import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '@/lib/content/data/load';
import { formatProblem } from '@/lib/content/problems';
import { allAnswers, type Answers, answerFor, answerPath, answersOf, formPath, readForm } from '@/lib/site/tool-finder';
import { checkFixture, minimalData, minimalSite } from './helpers';

const NB = '\u202f';

// The site's own data: these cases are what a visitor gets, and what the source says of each tool.
const { data, problems } = loadSiteData(path.resolve('content'));
const finder = data.toolFinder!;
const fitting = (answers: Answers) => answerFor(finder, data.tools, answers).fitting.map(({ tool }) => tool.id);

describe('the tool finder’s rules (content/data/tool-finder.yaml), case by case', () => {
  it('reads without a problem', () => {
    expect(problems.filter((p) => p.file.endsWith('tool-finder.yaml'))).toEqual([]);
    expect(allAnswers(finder)).toHaveLength(3 * 4 * 2);
  });

  // [applicant, stage] → the tools that fit, whatever the partner's place.
  const cases: [string, string, string[]][] = [
    ['recentCrcn', 'firstContact', ['explore']],
    ['youngGrantee', 'firstContact', ['explore']],
    ['establishedTeam', 'firstContact', []],
    ['recentCrcn', 'emerging', ['consolidate']],
    ['youngGrantee', 'emerging', ['consolidate']],
    ['establishedTeam', 'emerging', ['consolidate']],
    ['recentCrcn', 'established', ['structure']],
    ['youngGrantee', 'established', ['structure']],
    ['establishedTeam', 'established', ['structure']],
    ['recentCrcn', 'network', ['integrate']],
    ['youngGrantee', 'network', ['integrate']],
    ['establishedTeam', 'network', ['integrate']],
  ];
  for (const [applicant, stage, tools] of cases) {
    for (const partner of ['europe', 'beyond']) {
      it(`${applicant}, ${stage}, ${partner} → ${tools.join(', ') || 'no tool yet'}`, () => {
        expect(fitting({ applicant, stage, partner })).toEqual(tools);
      });
    }
  }

  it('every combination is a case above: none left untested', () => {
    expect(allAnswers(finder).map((a) => `${a.applicant} ${a.stage}`)).toEqual(expect.arrayContaining(cases.flatMap(([applicant, stage]) => [`${applicant} ${stage}`, `${applicant} ${stage}`])));
    expect(new Set(allAnswers(finder).map((a) => `${a.applicant} ${a.stage}`)).size).toBe(cases.length);
  });

  it('gives an IRP’s amount for the partner’s place, in both languages', () => {
    const notes = (partner: string) => answerFor(finder, data.tools, { applicant: 'establishedTeam', stage: 'emerging', partner }).fitting[0]?.notes;
    const written = finder.tools.consolidate?.notes?.partner;
    expect(notes('europe')).toEqual([written?.europe]);
    expect(notes('beyond')).toEqual([written?.beyond]);
    expect(notes('europe')?.[0]?.en).toContain('{irpAmountEurope}');
    expect(notes('beyond')?.[0]?.en).toContain('{irpAmountOutsideEurope}');
    expect(data.figures.irpAmountEurope).toMatchObject({ value: 60000 });
    expect(data.figures.irpAmountOutsideEurope).toMatchObject({ value: 75000 });
  });

  it('says why each other tool does not fit, by the first answer it does not accept, in both languages', () => {
    const { others } = answerFor(finder, data.tools, { applicant: 'establishedTeam', stage: 'firstContact', partner: 'europe' });
    const whyNot = (tool: string) => finder.tools[tool]?.whyNot;
    expect(others.map(({ tool, reason }) => [tool.id, reason])).toEqual([
      ['explore', whyNot('explore')?.applicant],
      ['consolidate', whyNot('consolidate')?.stage],
      ['structure', whyNot('structure')?.stage],
      ['integrate', whyNot('integrate')?.stage],
    ]);
    const young = answerFor(finder, data.tools, { applicant: 'recentCrcn', stage: 'network', partner: 'beyond' }).others;
    expect(young.find(({ tool }) => tool.id === 'explore')?.reason).toEqual(whyNot('explore')?.stage);
  });
});

describe('the tool finder’s addresses', () => {
  const youngFirstContact: Answers = { applicant: 'recentCrcn', stage: 'firstContact', partner: 'europe' };

  it('gives each answer an address in each language, and reads it back', () => {
    expect(answerPath(finder, 'fr', youngFirstContact)).toBe('/fr/quel-outil/crcn-recent/premier-contact/europe');
    expect(answerPath(finder, 'en', youngFirstContact)).toBe('/en/which-tool/recent-crcn/first-contact/europe');
    for (const answers of allAnswers(finder)) {
      for (const locale of ['fr', 'en'] as const) {
        const [applicant = '', stage = '', partner = ''] = answerPath(finder, locale, answers).split('/').slice(-3);
        expect(answersOf(finder, locale, { applicant, stage, partner })).toEqual(answers);
      }
    }
    expect(answersOf(finder, 'en', { applicant: 'crcn-recent', stage: 'first-contact', partner: 'europe' })).toBeUndefined();
  });

  it('reads the form as sent, in its language, and names the questions left out', () => {
    expect(readForm(finder, 'fr', { envoi: '1', demandeur: 'crcn-recent', collaboration: 'premier-contact', partenaire: 'europe' })).toEqual({ answers: youngFirstContact, sent: true, missing: [] });
    expect(readForm(finder, 'en', { sent: '1', stage: 'thematic-network' })).toEqual({ answers: { stage: 'network' }, sent: true, missing: ['applicant', 'partner'] });
    // An answer that does not exist counts as none; a form opened to change answers is not sent.
    expect(readForm(finder, 'en', { applicant: 'crcn-recent', partner: ['outside-europe', 'europe'] })).toEqual({ answers: { partner: 'beyond' }, sent: false, missing: ['applicant', 'stage'] });
  });

  it('opens the form with the answers given ticked, in either language', () => {
    expect(formPath(finder, 'en', youngFirstContact)).toBe('/en/which-tool?applicant=recent-crcn&stage=first-contact&partner=europe');
    expect(formPath(finder, 'fr', { stage: 'network' })).toBe('/fr/quel-outil?collaboration=reseau-thematique');
    expect(formPath(finder, 'fr')).toBe('/fr/quel-outil');
  });
});

describe('the content check of tool-finder.yaml', () => {
  const finderYaml = minimalData['data/tool-finder.yaml'] ?? '';
  const errorsWith = async (yaml: string, files: Record<string, string> = {}) => {
    const { errors } = await checkFixture({ ...minimalSite, ...files, 'data/tool-finder.yaml': yaml });
    return errors.map(formatProblem);
  };
  const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((line) => line.includes(text)) + 1;

  it('names an answer a rule cites that its question does not have, the closest first', async () => {
    const yaml = finderYaml.replace('applicant: [young]', 'applicant: [yung]');
    expect(await errorsWith(yaml)).toEqual([
      `content/data/tool-finder.yaml:${lineOf(yaml, '[yung]')}: \`tools\` › \`explore\` › \`fitsWhen\` › \`applicant\` › \`0\` cite la réponse \`yung\`, que cette question n’a pas${NB}: les réponses possibles sont, de la plus proche à la plus lointaine, \`young\`, \`senior\``,
    ]);
  });

  it('asks for the reason of each condition', async () => {
    const yaml = finderYaml.replace('      stage: { fr: Pour commencer, en: For a start }\n', '');
    expect(await errorsWith(yaml)).toEqual([
      `content/data/tool-finder.yaml:${lineOf(yaml, 'whyNot:')}: la règle \`explore\` pose une condition sur \`stage\` sans dire pourquoi l’outil ne convient pas sinon${NB}: ajoutez \`stage\` sous \`whyNot\`, en français et en anglais`,
    ]);
  });

  it('asks for a rule for every tool, and refuses a rule without a tool', async () => {
    const yaml = finderYaml.replace('  explore:\n', '  explorer:\n');
    expect(await errorsWith(yaml)).toEqual([
      `content/data/tool-finder.yaml:${lineOf(yaml, 'tools:')}: l’outil \`explore\` de content/data/cooperation-tools.yaml n’a pas de règle${NB}: ajoutez-lui une entrée sous \`tools\`, avec \`fitsWhen\` et \`whyNot\``,
      `content/data/tool-finder.yaml:${lineOf(yaml, 'explorer:')}: la règle \`explorer\` ne correspond à aucun outil de content/data/cooperation-tools.yaml${NB}: les noms possibles sont, du plus proche au plus lointain, \`explore\``,
    ]);
  });

  it('refuses two answers of a question with the same word in an address, and a word that is not one', async () => {
    const twice = finderYaml.replace('slug: { fr: suite, en: later }', 'slug: { fr: debut, en: later }');
    expect(await errorsWith(twice)).toEqual([
      `content/data/tool-finder.yaml:${lineOf(twice, 'fr: debut, en: later')}: deux réponses de \`stage\` ont le même mot d’adresse \`debut\`${NB}: chaque réponse a le sien`,
    ]);
    const accent = finderYaml.replace('slug: { fr: suite, en: later }', 'slug: { fr: suite, en: Later on }');
    expect(await errorsWith(accent)).toEqual([
      `content/data/tool-finder.yaml:${lineOf(accent, 'Later on')}: \`questions\` › \`stage\` › \`choices\` › \`later\` › \`slug\` › \`en\` n’est pas valide${NB}: il faut un mot d’adresse, en minuscules sans accent, chiffres et tirets, par exemple \`premier-contact\``,
    ]);
  });
});
