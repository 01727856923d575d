import { expect, test } from '@playwright/test';
import { scriptsIn } from '../../lib/serve/html.mjs';
import { PROBES, RAW_REQUESTS, sendProbe, sendRaw } from '../../scripts/hostile-probes.mjs';

// At least 500 requests a scanner or an attacker would send (scripts/hostile-probes.mjs), against the
// built site. Each must get an answer, and none may fail the server (5xx), leak a stack trace or a
// file path, echo script unescaped, or hand out the framework's payload. How fast they are answered
// is measured by `npm run bench:hostile`, not asserted here: a busy machine is no failure of the site.

/** Requests carrying Next.js's client-router headers get the plain page, as any browser on this site would. */
const PLAIN_PAGE_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url'];

const LEAKS = [/\bat [\w.<>]+ \(/, /node_modules/, /\/work\//, /\.next\/server/, /ENOENT|EACCES|TypeError|ReferenceError/, /root:x:0:0/];

const portOf = (baseURL: string | undefined) => Number(new URL(baseURL ?? '').port);

test(`${PROBES.length} hostile requests: each answered, no 5xx, no leak, nothing unescaped, no framework payload`, async ({ baseURL }) => {
  test.setTimeout(180_000);
  expect(PROBES.length).toBeGreaterThanOrEqual(500);
  const port = portOf(baseURL);
  const problems: string[] = [];
  const queue = [...PROBES];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let probe = queue.shift(); probe; probe = queue.shift()) {
        const label = `${probe.method ?? 'GET'} ${probe.path.slice(0, 80)}${probe.headers ? ` ${JSON.stringify(probe.headers).slice(0, 60)}` : ''}`;
        try {
          const { status, type, body } = await sendProbe(port, probe);
          if (status >= 500) problems.push(`${label}: ${status}`);
          if (probe.method && !['GET', 'HEAD', 'OPTIONS'].includes(probe.method) && status !== 405) problems.push(`${label}: ${status}, not 405`);
          const asksForRouterPayload = Object.keys(probe.headers ?? {}).some((name) => PLAIN_PAGE_HEADERS.includes(name));
          if (asksForRouterPayload && (status !== 200 || !type.startsWith('text/html') || scriptsIn(body).length > 0)) problems.push(`${label}: not the plain page (${status} ${type})`);
          const leak = LEAKS.find((pattern) => pattern.test(body));
          if (leak) problems.push(`${label}: body matches ${leak}`);
          if (/<script>alert\(1\)|<svg onload|<img src=x onerror/.test(body)) problems.push(`${label}: echoes script unescaped`);
        } catch (error) {
          problems.push(`${label}: no answer (${(error as Error).message})`);
        }
      }
    }),
  );
  expect(problems).toEqual([]);
});

test('requests the HTTP parser refuses get the answer each deserves; a connection is closed unanswered only when it asked nothing', async ({ baseURL }) => {
  const port = portOf(baseURL);
  const outcomes: string[] = [];
  for (const { name, bytes } of RAW_REQUESTS) {
    const { outcome, answer } = await sendRaw(port, bytes);
    outcomes.push(`${name}: ${outcome}`);
    expect(answer, name).not.toMatch(/node_modules|\/work\//);
  }
  expect(outcomes).toEqual(RAW_REQUESTS.map(({ name, expected }) => `${name}: ${expected}`));
});
