import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { prerenderedPages } from '../../scripts/prerendered';

// French typography as an outside checker reads it: Grammalecte (Debian's grammalecte-cli), over the
// text of every French page as built. Its typographic rules only (spaces, no-break spaces before
// units and punctuation, apostrophes, signs): its grammar rules trip on proper names and titles.
const TYPOGRAPHY = /^(?:nbsp|unit|typo|esp|apos)_/;

/** The visible text of a page's main content, a paragraph per block. */
function textOf(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<\/(p|li|h[1-6]|dd|dt|td|th|caption|figcaption|div|section|legend|label)>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, '’')
    .replace(/\n{3,}/g, '\n\n');
}

test('Grammalecte finds no typographic slip on any French page', () => {
  const pages = prerenderedPages().filter(({ route }) => route === '/fr' || route.startsWith('/fr/'));
  expect(pages.length).toBeGreaterThan(10);
  // One run for every page: each page's lines follow a marker line naming it.
  const text = pages.map(({ route, html }) => `PAGE ${route}\n\n${textOf(html)}`).join('\n\n');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'grammalecte-')), 'pages.txt');
  writeFileSync(file, text);
  const report = JSON.parse(execFileSync('grammalecte-cli', ['-f', file, '-j', '-ctx'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as {
    data: { iParagraph: number; lGrammarErrors: { sRuleId: string; sUnderlined?: string; sBefore?: string; sAfter?: string; sMessage: string }[] }[];
  };
  // Grammalecte numbers each line of the file from 1.
  const lines = text.split('\n');
  const routeOf = (line: number) =>
    lines
      .slice(0, line)
      .findLast((l) => l.startsWith('PAGE '))
      ?.slice(5) ?? '?';
  const slips = report.data.flatMap(({ iParagraph, lGrammarErrors }) =>
    lGrammarErrors.filter((e) => TYPOGRAPHY.test(e.sRuleId)).map((e) => `${routeOf(iParagraph)}: « ${e.sBefore ?? ''}[${e.sUnderlined}]${e.sAfter ?? ''} » — ${e.sMessage}`),
  );
  expect(slips).toEqual([]);
});
