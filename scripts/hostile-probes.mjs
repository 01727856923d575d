// The requests a scanner or an attacker would send, at least 500, each with the kind it belongs to:
// the same ones for the test that checks the answers (tests/e2e/hostile.spec.ts) and the benchmark
// that times them (npm run bench:hostile).
import { request } from 'node:http';
import { connect } from 'node:net';

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
const routerHeaders = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'x-middleware-subrequest',
  'x-invoke-path',
  'x-prerender-revalidate',
  'x-nextjs-data',
];
const routerHeaderValue = (name) => (name === 'x-middleware-subrequest' ? 'middleware:middleware:middleware:middleware:middleware' : name === 'next-router-state-tree' ? '%7B%22bad' : '1');

/** @type {import('./hostile-probes.d.mts').Probe[]} */
export const PROBES = [
  ...prefixes.flatMap((prefix) => traversal.flatMap((t) => targets.map((target) => ({ kind: 'path traversal', path: `${prefix}${t.repeat(4)}${target}` })))),
  ...prefixes.flatMap((prefix) => malformed.map((m) => ({ kind: 'malformed percent-encoding', path: `${prefix}${m}` }))),
  ...prefixes.flatMap((prefix) => controls.map((c) => ({ kind: 'control characters', path: `${prefix}a${c}b` }))),
  ...locales.flatMap((locale) => [`/${locale}`, `/${locale}/strategie`, `/${locale}/search?q=x`].map((path) => ({ kind: 'unknown languages', path }))),
  ...scripts.flatMap((s) =>
    [`/fr/recherche?q=${encodeURIComponent(s)}`, `/en/search?q=${encodeURIComponent(s)}`, `/fr/${encodeURIComponent(s)}`].map((path) => ({ kind: 'script in the address', path })),
  ),
  ...[
    `/fr/${'a'.repeat(8192)}`,
    `/${'%2e%2e/'.repeat(1000)}`,
    `/en/search?q=${'x'.repeat(8000)}`,
    `/en/search?${Array.from({ length: 400 }, (_, i) => `q${i}=${i}`).join('&')}`,
    `/fr/recherche?q=${'é'.repeat(1500)}`,
    '/fr/recherche?q=a&q=b&q[]=c',
    '/fr/recherche?q[$ne]=1',
  ].map((path) => ({ kind: 'oversized or odd queries', path })),
  ...['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS', 'HEAD', 'PROPFIND'].flatMap((method) => pages.map((path) => ({ kind: 'methods', method, path }))),
  ...acceptLanguages.flatMap((value) => ['/', '/fr/nope'].map((path) => ({ kind: 'Accept-Language', path, headers: { 'accept-language': value } }))),
  ...hosts.flatMap((host) => ['/', '/fr', '/sitemap.xml'].map((path) => ({ kind: 'Host', path, headers: { host } }))),
  ...['NEXT_LOCALE=de', 'NEXT_LOCALE=%00', `NEXT_LOCALE=${'x'.repeat(3000)}`, 'NEXT_LOCALE=en; NEXT_LOCALE=fr'].map((cookie) => ({ kind: 'cookies', path: '/', headers: { cookie } })),
  ...routerHeaders.map((name) => ({ kind: 'framework headers', path: '/fr/strategie', headers: { [name]: routerHeaderValue(name) } })),
  // Next.js's own endpoints, which the site does not use, and a server action.
  ...[
    '/_next/image?url=/etc/passwd&w=64&q=75',
    '/_next/image?url=https://evil.example/x.png&w=64&q=75',
    '/_next/image?url=/icon.svg&w=64&q=75',
    '/_next/data/build/fr.json',
    '/fr/strategie.rsc',
    '/_next/webpack-hmr',
    '/__nextjs_original-stack-frame?file=/etc/passwd',
  ].map((path) => ({
    kind: 'framework endpoints',
    path,
  })),
  { kind: 'framework endpoints', method: 'POST', path: '/fr/strategie', headers: { 'next-action': 'a'.repeat(40), 'content-type': 'text/plain;charset=UTF-8' } },
];

/**
 * Requests Node's HTTP parser refuses before the site sees them, written on a socket as they are, and
 * what each must get: an answer with this status, or (`'closed'`) the connection closed without one,
 * which HTTP allows only where there was no request to answer.
 * @type {import('./hostile-probes.d.mts').RawRequest[]}
 */
export const RAW_REQUESTS = [
  { name: 'a NUL byte in the request line', bytes: 'GET /fr\u0000x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', expected: 400 },
  { name: 'control bytes in the request line', bytes: 'GET /fr\u0001\u001b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', expected: 400 },
  { name: 'a 70 000-byte request line', bytes: `GET /${'a'.repeat(70_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, expected: 431 },
  { name: 'a line that is no request', bytes: 'GARBAGE\r\nHost: 127.0.0.1\r\n\r\n', expected: 400 },
  { name: 'an unknown HTTP version', bytes: 'GET /fr HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n', expected: 400 },
  { name: 'a TLS handshake on the plain port', bytes: '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003', expected: 400 },
  { name: 'a connection that sends nothing', bytes: '', expected: 'closed' },
];

/** Sends a probe; resolves with what came back, rejects when nothing did (reset, refused, 5 s without an answer). */
export function sendProbe(port, probe) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: probe.method ?? 'GET', path: probe.path, headers: probe.headers, timeout: 5000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        if (body.length < 400_000) body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body, ms: performance.now() - started }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', reject);
    if (probe.method && !['GET', 'HEAD', 'TRACE', 'OPTIONS', 'DELETE'].includes(probe.method)) req.end('a=1&b=<script>');
    else req.end();
  });
}

/**
 * Writes a raw request on a socket and reads until the server closes it: the status it answered, or
 * `'closed'` if it closed without an answer, or `'no answer'` if it kept the connection open 3 s.
 */
export function sendRaw(port, bytes) {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(Buffer.from(bytes, 'latin1')));
    let answer = '';
    let isTimedOut = false;
    socket.setTimeout(3000, () => {
      isTimedOut = true;
      socket.destroy();
    });
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    // A reset after the answer (the server closing on the rest of a request it refused) changes nothing.
    socket.on('error', () => {});
    socket.on('close', () => {
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(answer)?.[1];
      const outcome = status ? Number(status) : isTimedOut ? 'no answer' : 'closed';
      resolve({ outcome, answer, ms: performance.now() - started });
    });
  });
}
