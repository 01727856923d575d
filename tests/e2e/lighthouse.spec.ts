import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

// `npm run lighthouse:gate` (scripts/lighthouse.mjs --gate), run by `npm test` as a project of its own:
// after the browser tests, beside the preview's and the studio's, whose `next dev` leaves a core
// free. Accessibility, best practices and SEO must be 100 on each of its six pages; performance, a
// timing, is printed and never failed on (`npm run lighthouse` holds it at 100 on a quiet machine).
test('Lighthouse scores accessibility, best practices and SEO at 100, and reports performance', async () => {
  test.setTimeout(600_000);
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/lighthouse.mjs', '--gate'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (exit) => resolve({ code: exit, output }));
  });
  console.log(output);
  expect(code, output).toBe(0);
});
