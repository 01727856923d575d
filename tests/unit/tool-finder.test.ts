import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { allAnswers, type Answers, answerFor, answerPath, answersOf, formPath, readForm } from '@/lib/site/tool-finder';
import { checkFixture, minimalData, minimalSite, openFixture, page } from './helpers';

const NB = '\u202f';

// The finder's reasoning on a small site of two tools, whatever today's tool-finder.yaml says (its
// rules are checked against the source in tests/content/tool-finder.test.ts): explore fits a young
// applicant at the start, whatever the partner; consolidate fits any applicant later on, with a note
// on its amount that depends on the partner's place.
const twoTools: Record<string, string> = {
  ...minimalSite,
  'fr/tools/consolidate.mdx': page({ title: 'Consolider', slug: 'consolider', order: 3 }),
  'en/tools/consolidate.mdx': page({ title: 'Consolidate', slug: 'consolidate', order: 3 }),
  'data/cooperation-tools.yaml': [
    minimalData['data/cooperation-tools.yaml'] ?? '',
    'consolidate:',
    '  page: tools/consolidate',
    ...['name', 'purpose', 'whoMayApply', 'duration', 'scope', 'howToApply', 'amount'].flatMap((field) => [`  ${field}:`, `    fr: Consolider ${field}`, `    en: Consolidate ${field}`]),
    '',
  ].join('\n'),
  'data/tool-finder.yaml': [
    minimalData['data/tool-finder.yaml'] ?? '',
    '  consolidate:',
    '    fitsWhen:',
    '      stage: [later]',
    '    whyNot:',
    '      stage: { fr: Pour la suite, en: For later }',
    '    notes:',
    '      partner:',
    '        europe: { fr: "En Europe, {firstStepsAmount}", en: "In Europe, {firstStepsAmount}" }',
    '        beyond: { fr: Ailleurs, en: Elsewhere }',
    '',
  ].join('\n'),
};
const site = openFixture(twoTools);
const { data } = site;
const finder = data.toolFinder!;
const fitting = (answers: Answers) => answerFor(finder, data.tools, answers).fitting.map(({ tool }) => tool.id);
const others = (answers: Answers) => answerFor(finder, data.tools, answers).others.map(({ tool, reason }) => [tool.id, reason.en]);

describe('the tool finder’s reasoning, on a site of two tools', () => {
  it('reads the rules without a problem, and asks every combination of answers, in the order of the file', () => {
    expect(site.problems().filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(allAnswers(finder).map((a) => `${a.applicant} ${a.stage} ${a.partner}`)).toEqual([
      'young start europe',
      'young start beyond',
      'young later europe',
      'young later beyond',
      'senior start europe',
      'senior start beyond',
      'senior later europe',
      'senior later beyond',
    ]);
  });

  // A rule names the answers it accepts, question by question; a question it does not name accepts any.
  it.each([
    ['young', 'start', 'europe', ['explore']],
    ['young', 'start', 'beyond', ['explore']],
    ['senior', 'start', 'europe', []],
    ['senior', 'start', 'beyond', []],
    ['young', 'later', 'europe', ['consolidate']],
    ['senior', 'later', 'beyond', ['consolidate']],
  ])('%s, %s, %s → %j', (applicant, stage, partner, tools) => {
    expect(fitting({ applicant, stage, partner })).toEqual(tools);
  });

  it('adds the note a tool has for an answer, in both languages, and none for an answer without one', () => {
    const notes = (partner: string) => answerFor(finder, data.tools, { applicant: 'senior', stage: 'later', partner }).fitting[0]?.notes;
    expect(notes('europe')).toEqual([{ fr: 'En Europe, {firstStepsAmount}', en: 'In Europe, {firstStepsAmount}' }]);
    expect(notes('beyond')).toEqual([{ fr: 'Ailleurs', en: 'Elsewhere' }]);
    expect(answerFor(finder, data.tools, { applicant: 'young', stage: 'start', partner: 'europe' }).fitting[0]?.notes).toEqual([]);
  });

  it('says why each other tool does not fit, by the first question whose answer it does not accept', () => {
    expect(others({ applicant: 'senior', stage: 'start', partner: 'europe' })).toEqual([
      ['explore', 'For the young'],
      ['consolidate', 'For later'],
    ]);
    expect(others({ applicant: 'young', stage: 'later', partner: 'beyond' })).toEqual([['explore', 'For a start']]);
    // Explore refuses both answers here: the first question's reason is given.
    expect(others({ applicant: 'senior', stage: 'later', partner: 'europe' })).toEqual([['explore', 'For the young']]);
    expect(answerFor(finder, data.tools, { applicant: 'senior', stage: 'start', partner: 'europe' }).others[0]?.reason).toEqual({ fr: 'Pour les jeunes', en: 'For the young' });
  });
});

describe('the tool finder’s addresses', () => {
  const youngAtStart: Answers = { applicant: 'young', stage: 'start', partner: 'europe' };

  it('gives each answer an address in each language, from the answers’ words, and reads it back', () => {
    expect(answerPath(finder, 'fr', youngAtStart)).toBe('/fr/quel-outil/jeune/debut/europe');
    expect(answerPath(finder, 'en', youngAtStart)).toBe('/en/which-tool/young/start/europe');
    for (const answers of allAnswers(finder)) {
      for (const locale of ['fr', 'en'] as const) {
        const [applicant = '', stage = '', partner = ''] = answerPath(finder, locale, answers).split('/').slice(-3);
        expect(answersOf(finder, locale, { applicant, stage, partner })).toEqual(answers);
      }
    }
    // A word of the other language, or one that is no answer, is no address.
    expect(answersOf(finder, 'en', { applicant: 'jeune', stage: 'start', partner: 'europe' })).toBeUndefined();
    expect(answersOf(finder, 'fr', { applicant: 'jeune', stage: 'debut', partner: 'mars' })).toBeUndefined();
  });

  it('reads the form as sent, in its language, and names the questions left out', () => {
    expect(readForm(finder, 'fr', { envoi: '1', demandeur: 'jeune', collaboration: 'debut', partenaire: 'europe' })).toEqual({ answers: youngAtStart, sent: true, missing: [] });
    expect(readForm(finder, 'en', { sent: '1', stage: 'later' })).toEqual({ answers: { stage: 'later' }, sent: true, missing: ['applicant', 'partner'] });
    // An answer that does not exist counts as none, the first of a repeated field counts; a form opened to change answers is not sent.
    expect(readForm(finder, 'en', { applicant: 'jeune', partner: ['elsewhere', 'europe'] })).toEqual({ answers: { partner: 'beyond' }, sent: false, missing: ['applicant', 'stage'] });
  });

  it('opens the form with the answers given ticked, in either language', () => {
    expect(formPath(finder, 'en', youngAtStart)).toBe('/en/which-tool?applicant=young&stage=start&partner=europe');
    expect(formPath(finder, 'fr', { stage: 'later' })).toBe('/fr/quel-outil?collaboration=suite');
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
