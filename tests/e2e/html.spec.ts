import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { finderPages, pages } from './pages';

// The W3C's own Nu HTML Checker (vnu-jar, on the machine's Java) over every page as served: content
// pages in both languages, search results, the not-found pages, the tool finder. Errors only: warnings are advice.
const vnu = createRequire(import.meta.url)('vnu-jar') as string;
const addresses = [...pages.map((p) => p.path), '/fr/recherche?q=inserm', '/en/search?q=partners', '/en/search?q=zzzz', '/fr/introuvable', '/en/missing', '/missing.html', ...finderPages];

test('the W3C checker finds no error on any page', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  const files = await Promise.all(
    addresses.map(async (address, i) => {
      const file = path.join(dir, `${i}.html`);
      writeFileSync(file, await (await request.get(address)).text());
      return { address, file };
    }),
  );
  // The checker writes its JSON report to standard error.
  const run = spawnSync('java', ['-jar', String(vnu), '--errors-only', '--format', 'json', '--exit-zero-always', ...files.map((f) => f.file)], { encoding: 'utf8' });
  expect(run.error, 'java is needed for the W3C checker (npm test installs it as root)').toBeUndefined();
  const { messages } = JSON.parse(run.stderr) as { messages: { url: string; lastLine?: number; message: string }[] };
  const addressOf = (url: string) => files.find((f) => url.endsWith(`/${path.basename(f.file)}`))?.address ?? url;
  expect(messages.map((m) => `${addressOf(m.url)}:${m.lastLine ?? '?'}: ${m.message}`)).toEqual([]);
});
