import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { scriptsIn } from '../../lib/serve/html.mjs';

// At least 500 requests a scanner or an attacker would send, against the built site.
// None may fail the server (5xx), leak a stack trace or a file path, echo script unescaped, or take over a second.

interface Probe {
  method?: string;
  path: string;
  headers?: Record<string, string>;
}

const traversal = ['..%2f', '..%252f', '%2e%2e%2f', '%2e%2e/', '..%5c', '..\\', '%c0%ae%c0%ae/', '....//', '..%00/', '%252e%252e%252f'];
const targets = ['etc/passwd', 'windows/win.ini', '.env', 'package.json', '.next/BUILD_ID', 'proc/self/environ'];
const prefixes = ['/', '/fr/', '/en/', '/fr/outils-de-cooperation/', '/_next/static/', '/og/fr/', '/maps/'];
const malformed = ['%', '%%', '%E0%A4%A', '%C3%28', '%FF%FE', '%u0041', '%zz', '%0', '%ED%A0%80', '%F4%90%80%80'];
const controls = ['%00', '%01', '%07', '%08', '%0a', '%0d', '%0d%0aSet-Cookie:%20x=1', '%1b[31m', '%7f', '%e2%80%ae'];
const locales = ['de', 'es', 'FR', 'En', 'fr-FR', 'zz', 'xx-YY', '..', '%2e', 'null', 'undefined', 'constructor', '__proto__'];
const scripts = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', "'><img src=x onerror=alert(1)>", 'javascript:alert(1)', '{{7*7}}', '${7*7}', '<!--', ']]>'];
const acceptLanguages = ['', '*', 'xx', ';;;', 'fr;q=abc', 'en;q=-1', 'a'.repeat(4000), '\u00ff\u00fe', 'fr,'.repeat(500), '*;q=0.5,zz-ZZ'];
const hosts = ['evil.example', 'localhost:99999', '[::1]', 'a'.repeat(300), '127.0.0.1:3100\r\nX: y'.replace(/[\r\n]/g, ''), '%00', '..', 'xn--80ak6aa92e.com'];
const pages = ['/fr', '/en', '/fr/strategie', '/en/cooperation-tools/explore', '/fr/recherche', '/en/search'];

const probes: Probe[] = [
  ...prefixes.flatMap((prefix) => traversal.flatMap((t) => targets.map((target) => ({ path: `${prefix}${t.repeat(4)}${target}` })))),
  ...prefixes.flatMap((prefix) => malformed.map((m) => ({ path: `${prefix}${m}` }))),
  ...prefixes.flatMap((prefix) => controls.map((c) => ({ path: `${prefix}a${c}b` }))),
  ...locales.flatMap((locale) => [{ path: `/${locale}` }, { path: `/${locale}/strategie` }, { path: `/${locale}/search?q=x` }]),
  ...scripts.flatMap((s) => [
    { path: `/fr/recherche?q=${encodeURIComponent(s)}` },
    { path: `/en/search?q=${encodeURIComponent(s)}` },
    { path: `/fr/${encodeURIComponent(s)}` },
  ]),
  { path: `/fr/${'a'.repeat(8192)}` },
  { path: `/${'%2e%2e/'.repeat(1000)}` },
  { path: `/en/search?q=${'x'.repeat(8000)}` },
  { path: `/en/search?${Array.from({ length: 400 }, (_, i) => `q${i}=${i}`).join('&')}` },
  { path: `/fr/recherche?q=${'é'.repeat(1500)}` },
  { path: '/fr/recherche?q=a&q=b&q[]=c' },
  { path: '/fr/recherche?q[$ne]=1' },
  ...['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS', 'HEAD', 'PROPFIND'].flatMap((method) => pages.map((path) => ({ method, path }))),
  ...acceptLanguages.flatMap((value) => ['/', '/fr/nope'].map((path) => ({ path, headers: { 'accept-language': value } }))),
  ...hosts.flatMap((host) => ['/', '/fr', '/sitemap.xml'].map((path) => ({ path, headers: { host } }))),
  ...['NEXT_LOCALE=de', 'NEXT_LOCALE=%00', `NEXT_LOCALE=${'x'.repeat(3000)}`, 'NEXT_LOCALE=en; NEXT_LOCALE=fr'].map((cookie) => ({ path: '/', headers: { cookie } })),
  ...['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url', 'next-action', 'x-middleware-subrequest', 'x-invoke-path', 'x-prerender-revalidate', 'x-nextjs-data'].map((name) => ({
    path: '/fr/strategie',
    headers: { [name]: name === 'x-middleware-subrequest' ? 'middleware:middleware:middleware:middleware:middleware' : name === 'next-router-state-tree' ? '%7B%22bad' : '1' },
  })),
  // Next.js's own endpoints, which the site does not use.
  ...['/_next/image?url=/etc/passwd&w=64&q=75', '/_next/image?url=https://evil.example/x.png&w=64&q=75', '/_next/image?url=/icon.svg&w=64&q=75', '/_next/data/build/fr.json', '/fr/strategie.rsc', '/_next/webpack-hmr', '/__nextjs_original-stack-frame?file=/etc/passwd'].map((path) => ({ path })),
  { method: 'POST', path: '/fr/strategie', headers: { 'next-action': 'a'.repeat(40), 'content-type': 'text/plain;charset=UTF-8' } },
];

/** Requests carrying Next.js's client-router headers get the plain page, as any browser on this site would. */
const PLAIN_PAGE_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url'];

const LEAKS = [/\bat [\w.<>]+ \(/, /node_modules/, /\/work\//, /\.next\/server/, /ENOENT|EACCES|TypeError|ReferenceError/, /root:x:0:0/];

function send(port: number, probe: Probe): Promise<{ status: number; type: string; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: probe.method ?? 'GET', path: probe.path, headers: probe.headers, timeout: 5000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (body.length < 400_000) body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body, ms: performance.now() - started }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    if (probe.method && !['GET', 'HEAD', 'TRACE', 'OPTIONS', 'DELETE'].includes(probe.method)) req.end('a=1&b=<script>');
    else req.end();
  });
}

test(`${probes.length} hostile requests: no 5xx, no leak, nothing unescaped, no framework payload, each within a second`, async ({ baseURL }) => {
  test.setTimeout(180_000);
  expect(probes.length).toBeGreaterThanOrEqual(500);
  const port = Number(new URL(baseURL ?? '').port);
  const problems: string[] = [];
  const queue = [...probes];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let probe = queue.shift(); probe; probe = queue.shift()) {
        const label = `${probe.method ?? 'GET'} ${probe.path.slice(0, 80)}${probe.headers ? ` ${JSON.stringify(probe.headers).slice(0, 60)}` : ''}`;
        try {
          const { status, type, body, ms } = await send(port, probe);
          if (status >= 500) problems.push(`${label}: ${status}`);
          if (probe.method && !['GET', 'HEAD', 'OPTIONS'].includes(probe.method) && status !== 405) problems.push(`${label}: ${status}, not 405`);
          const asksForRouterPayload = Object.keys(probe.headers ?? {}).some((name) => PLAIN_PAGE_HEADERS.includes(name));
          if (asksForRouterPayload && (status !== 200 || !type.startsWith('text/html') || scriptsIn(body).length > 0)) problems.push(`${label}: not the plain page (${status} ${type})`);
          if (ms > 1000) problems.push(`${label}: ${Math.round(ms)} ms`);
          const leak = LEAKS.find((pattern) => pattern.test(body));
          if (leak) problems.push(`${label}: body matches ${leak}`);
          if (/<script>alert\(1\)|<svg onload|<img src=x onerror/.test(body)) problems.push(`${label}: echoes script unescaped`);
        } catch (error) {
          problems.push(`${label}: ${(error as Error).message}`);
        }
      }
    }),
  );
  expect(problems).toEqual([]);
});

test('raw control bytes and an oversized request line are refused cleanly', async ({ baseURL }) => {
  const port = Number(new URL(baseURL ?? '').port);
  for (const line of [`GET /fr\u0000x HTTP/1.1`, `GET /fr\u0001\u001b HTTP/1.1`, `GET /${'a'.repeat(70_000)} HTTP/1.1`, 'GARBAGE', `GET /fr HTTP/9.9`]) {
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(`${line}\r\nHost: 127.0.0.1\r\n\r\n`));
      let data = '';
      socket.setTimeout(3000, () => socket.destroy());
      socket.on('data', (chunk) => (data += chunk.toString('latin1')));
      socket.on('close', () => resolve(data));
      socket.on('error', () => resolve(data));
    });
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0);
    expect(status === 0 || status < 500, `${line.slice(0, 40)} → ${answer.slice(0, 40)}`).toBe(true);
    expect(answer).not.toMatch(/node_modules|\/work\//);
  }
});
