import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openContent } from '@/lib/content';
import { allAnswers, type Answers, answerFor } from '@/lib/site/tool-finder';

// Today's rules of the tool finder (content/data/tool-finder.yaml): what a visitor gets for each
// answer, as the source says of each tool. An editor who changes the rules changes these cases too;
// the finder's reasoning itself is tested on a fixture (tests/unit/tool-finder.test.ts).
const { data } = openContent({ root: path.resolve('.'), mode: 'publish' });
const finder = data.toolFinder!;
const fitting = (answers: Answers) => answerFor(finder, data.tools, answers).fitting.map(({ tool }) => tool.id);

describe('today’s tool finder, case by case', () => {
  it('asks three questions: three applicants, four stages, two places', () => {
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
    expect(new Set(allAnswers(finder).map((a) => `${a.applicant} ${a.stage}`))).toEqual(new Set(cases.map(([applicant, stage]) => `${applicant} ${stage}`)));
  });

  it('gives an IRP’s amount for the partner’s place: 60 000 € in Europe, 75 000 € beyond', () => {
    const notes = (partner: string) => answerFor(finder, data.tools, { applicant: 'establishedTeam', stage: 'emerging', partner }).fitting[0]?.notes;
    expect(notes('europe')?.[0]?.en).toContain('{irpAmountEurope}');
    expect(notes('beyond')?.[0]?.en).toContain('{irpAmountOutsideEurope}');
    expect(data.figures.irpAmountEurope).toMatchObject({ value: 60000 });
    expect(data.figures.irpAmountOutsideEurope).toMatchObject({ value: 75000 });
  });

  it('turns an established team at a first contact away from every tool, each for its reason', () => {
    const { others } = answerFor(finder, data.tools, { applicant: 'establishedTeam', stage: 'firstContact', partner: 'europe' });
    const whyNot = (tool: string) => finder.tools[tool]?.whyNot;
    expect(others.map(({ tool, reason }) => [tool.id, reason])).toEqual([
      ['explore', whyNot('explore')?.applicant],
      ['consolidate', whyNot('consolidate')?.stage],
      ['structure', whyNot('structure')?.stage],
      ['integrate', whyNot('integrate')?.stage],
    ]);
  });
});
