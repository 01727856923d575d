import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

// The MDN HTTP Observatory's own scanner (installed by scripts/ensure-tools.mjs), against the test
// server. Its two tests that need TLS (a redirection from http to https, HSTS over https) cannot pass
// on a plain-http test server: they are set aside, and the grade is that of the other ten.
const observatory = path.resolve('node_modules/.cache/mdn-http-observatory/node_modules/@mdn/mdn-http-observatory/src');
const TLS_TESTS = new Set(['redirection', 'strict-transport-security']);

interface ObservatoryTest {
  pass: boolean;
  result: string;
  scoreModifier: number;
}

test('the MDN HTTP Observatory grades the site A+, TLS tests aside', async ({ baseURL }) => {
  test.setTimeout(60_000);
  const { scan } = (await import(pathToFileURL(path.join(observatory, 'index.js')).href)) as { scan: (host: string) => Promise<{ tests: Record<string, ObservatoryTest> }> };
  const { getGradeForScore } = (await import(pathToFileURL(path.join(observatory, 'grader/grader.js')).href)) as { getGradeForScore: (score: number) => { grade: string } };
  const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = (await import(pathToFileURL(path.join(observatory, 'grader/charts.js')).href)) as { MINIMUM_SCORE_FOR_EXTRA_CREDIT: number };
  const { tests } = await scan(new URL(baseURL ?? '').host);
  const counted = Object.entries(tests).filter(([name]) => !TLS_TESTS.has(name));
  // The Observatory's own scoring (src/scanner/index.js), over the tests counted.
  const penalties = counted.reduce((sum, [, t]) => sum + Math.min(0, t.scoreModifier), 0);
  const bonuses = counted.reduce((sum, [, t]) => sum + Math.max(0, t.scoreModifier), 0);
  const score = 100 + penalties >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? 100 + penalties + bonuses : 100 + penalties;
  const failed = counted.filter(([, t]) => !t.pass).map(([name, t]) => `${name}: ${t.result}`);
  expect(failed).toEqual([]);
  expect({ grade: getGradeForScore(score).grade, score }).toMatchObject({ grade: 'A+' });
});
