import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { generateETag } from 'next/dist/server/lib/etag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localizedAddress } from '@/i18n/routing';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '@/lib/security/policy.mjs';
import { answerFor, answerFromMemory, isFresh, PRERENDERED_MANIFEST, type Prerendered, type PrerenderedManifest, readPrerendered } from '@/lib/serve/prerendered.mjs';
import { recordPrerendered } from '../../scripts/prerendered-manifest';
import { ACCEPT_ENCODINGS } from '../accept-encodings';

// A build's output in small: what `next build` records of its prerendered responses (as Next.js 16
// writes it), the pages already stripped of their scripts.
const CACHED = 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400';
const page = (title: string) => `<!DOCTYPE html><html lang="fr"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${'Deux axes. '.repeat(200)}</p></main></body></html>`;
const PAGES = {
  '/fr/strategie': page('Stratégie'),
  '/fr/tool-finder/crcn-recent/premier-contact/europe': page('Un outil'),
  '/fr/page-not-found': page('Introuvable'),
  '/_not-found': page('Not found'),
};
const ROUTES: Record<string, { type: string; body: string; cacheControl?: string }> = {
  '/robots.txt': { type: 'text/plain', body: 'User-Agent: *\nAllow: /\n', cacheControl: 'public, max-age=0, must-revalidate' },
  '/sitemap.xml': { type: 'application/xml; charset=utf-8', body: `<?xml version="1.0"?><urlset>${'<url><loc>https://x/fr</loc></url>'.repeat(60)}</urlset>` },
  '/og/fr': { type: 'image/png', body: 'PNG'.repeat(1000) },
};

function writeBuild(dir: string) {
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const routes: Record<string, object> = {};
  for (const [route, html] of Object.entries(PAGES)) {
    routes[route] = { dataRoute: `${route}.rsc`, ...(route === '/_not-found' ? { initialStatus: 404 } : {}) };
    write(`server/app${route}.html`, html);
    write(`server/app${route}.meta`, JSON.stringify({ headers: { 'x-nextjs-stale-time': '300', 'x-nextjs-prerender': '1', 'x-next-cache-tags': `_N_T_${route}` } }));
  }
  for (const [route, { type, body, cacheControl }] of Object.entries(ROUTES)) {
    routes[route] = { dataRoute: null };
    write(`server/app${route}.body`, body);
    write(
      `server/app${route}.meta`,
      JSON.stringify({ status: 200, headers: { 'content-type': type, ...(cacheControl ? { 'cache-control': cacheControl } : {}), 'x-next-cache-tags': `_N_T_${route}` } }),
    );
  }
  write('prerender-manifest.json', JSON.stringify({ version: 4, routes, dynamicRoutes: {} }));
  const security = Object.entries({ ...SECURITY_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY }).map(([key, value]) => ({ key, value }));
  write(
    'routes-manifest.json',
    JSON.stringify({
      headers: [
        { source: '/:path*', headers: security, regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$' },
        { source: '/:path((?!language|fr\\/recherche).*)', headers: [{ key: 'Cache-Control', value: CACHED }], regex: '^(?:/((?!language|fr/recherche).*))(?:/)?$' },
      ],
    }),
  );
}

let dir = '';
let recorded: ReturnType<typeof recordPrerendered>;
let manifest: PrerenderedManifest;
let answers: Prerendered['answers'];
const record = () => recordPrerendered(dir, { publicAddress: localizedAddress, isLeftToNext: (route) => route.startsWith('/_') || route === '/fr/page-not-found' });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'prerendered-'));
  writeBuild(dir);
  recorded = record();
  manifest = JSON.parse(readFileSync(path.join(dir, PRERENDERED_MANIFEST), 'utf8')) as PrerenderedManifest;
  answers = readPrerendered(dir)?.answers ?? new Map();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STRATEGY = '/fr/strategie';
const ETAG = generateETag(PAGES[STRATEGY]);
const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => answerFor(answers, { method, url, headers });
/** An answer's headers by lowercase name. */
const headersOf = (answer: { headers: string[] } | undefined) => {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < (answer?.headers.length ?? 0); i += 2) pairs.push([String(answer?.headers[i]).toLowerCase(), String(answer?.headers[i + 1])]);
  return Object.fromEntries(pairs);
};
const decoded = (body: Buffer | undefined, encoding: string | undefined) => {
  const raw = body ?? Buffer.alloc(0);
  return (encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
};

describe('the build records each prerendered response at its public address', () => {
  it('records pages, the tool finder’s answers at their localized address, and the other responses; leaves the framework’s pages and the not-found pages to Next.js', () => {
    expect(recorded.addresses.sort()).toEqual(['/fr/quel-outil/crcn-recent/premier-contact/europe', STRATEGY, '/og/fr', '/robots.txt', '/sitemap.xml']);
    expect(recorded.leftToNext.sort()).toEqual(['/_not-found', '/fr/page-not-found']);
  });

  it('gives a page the headers the server sends with it: the site’s policy, its caching, Next.js’s ETag, Vary, and nothing internal', () => {
    const { headers, notModified } = manifest.responses[STRATEGY] ?? {};
    expect(headers).toEqual({
      ...SECURITY_HEADERS,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': CACHED,
      ETag: ETAG,
      'Content-Type': 'text/html; charset=utf-8',
      Vary: 'Accept-Encoding',
    });
    // A 304 says what Next.js says with one: no Content-Type, no Vary.
    expect(notModified).toEqual({ ...SECURITY_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': CACHED, ETag: ETAG });
  });

  it('gives a route handler’s response the site’s caching over its own, its type, and no ETag', () => {
    const robots = manifest.responses['/robots.txt']?.headers ?? {};
    expect(robots['Cache-Control']).toBe(CACHED);
    expect(robots['content-type']).toBe('text/plain');
    expect(robots.Vary).toBe('Accept-Encoding');
    expect(Object.keys(robots).filter((name) => /etag|cache-tags|^x-next/i.test(name))).toEqual([]);
    expect(manifest.responses['/og/fr']?.headers.Vary).toBeUndefined();
  });

  it('compresses text long enough to be worth it, in Brotli and gzip, and nothing else', () => {
    expect(Object.keys(manifest.responses[STRATEGY]?.files ?? {})).toEqual(['identity', 'br', 'gzip']);
    expect(Object.keys(manifest.responses['/sitemap.xml']?.files ?? {})).toEqual(['identity', 'br', 'gzip']);
    expect(Object.keys(manifest.responses['/robots.txt']?.files ?? {})).toEqual(['identity']);
    expect(Object.keys(manifest.responses['/og/fr']?.files ?? {})).toEqual(['identity']);
  });
});

describe('the server answers a prerendered response from memory', () => {
  it.each(ACCEPT_ENCODINGS)('Accept-Encoding %j: the page in %s, the same page once decoded', (accept, expected) => {
    const answer = get(STRATEGY, accept === null ? {} : { 'accept-encoding': accept });
    const headers = headersOf(answer);
    expect(answer?.status).toBe(200);
    expect(headers['content-encoding']).toBe(expected);
    expect(headers.etag).toBe(expected ? `W/${ETAG}` : ETAG);
    expect(headers['content-length']).toBe(String(answer?.body?.length));
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers.vary).toBe('Accept-Encoding');
    expect(decoded(answer?.body, expected)).toBe(PAGES[STRATEGY]);
  });

  it('sends a short text as it is, whatever the client accepts', () => {
    const answer = get('/robots.txt', { 'accept-encoding': 'br' });
    expect(headersOf(answer)['content-encoding']).toBeUndefined();
    expect(answer?.body?.toString()).toBe(ROUTES['/robots.txt']?.body);
  });

  it('answers a 304 to a matching If-None-Match, as Next.js does, and the page otherwise', () => {
    for (const ifNoneMatch of [ETAG, `W/${ETAG}`, `"other", ${ETAG}`, `"other",W/${ETAG}`, '*']) {
      const answer = get(STRATEGY, { 'if-none-match': ifNoneMatch, 'accept-encoding': 'br' });
      expect(answer?.status, ifNoneMatch).toBe(304);
      expect(answer?.body, ifNoneMatch).toBeUndefined();
      expect(headersOf(answer), ifNoneMatch).toEqual({ ...lowercased(SECURITY_HEADERS), 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': CACHED, etag: ETAG });
    }
    expect(get(STRATEGY, { 'if-none-match': '"other"' })?.status).toBe(200);
    expect(get(STRATEGY, { 'if-none-match': ETAG, 'cache-control': 'no-cache' })?.status).toBe(200);
    // No page says when it last changed: If-Modified-Since never earns a 304, even with a matching ETag.
    expect(get(STRATEGY, { 'if-none-match': ETAG, 'if-modified-since': 'Mon, 30 Nov 2099 00:00:00 GMT' })?.status).toBe(200);
    // A route handler's response has no ETag: Next.js never answers it with a 304.
    expect(get('/sitemap.xml', { 'if-none-match': '*' })?.status).toBe(200);
  });

  it('answers a HEAD with the headers of the GET, and no body', async () => {
    const server = createServer((req, res) => {
      if (!answerFromMemory(answers, req, res)) res.end('Next.js');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const ask = (method: string) =>
      new Promise<{ headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, method, path: STRATEGY, headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
        });
        req.on('error', reject).end();
      });
    try {
      const [head, full] = [await ask('HEAD'), await ask('GET')];
      expect(head.body).toBe('');
      expect({ ...head.headers, date: '' }).toEqual({ ...full.headers, date: '' });
      expect(Number(head.headers['content-length'])).toBe(full.body.length);
    } finally {
      server.close();
    }
  });

  it('reads no query: the prerendered pages take none', () => {
    expect(get(`${STRATEGY}?utm_source=newsletter&_rsc=1`)?.body?.toString()).toBe(PAGES[STRATEGY]);
  });

  it('leaves to Next.js any other address, spelling or method: it redirects them or answers them as it always has', () => {
    for (const url of [
      '/fr/strategie/',
      '/FR/strategie',
      '/fr/%73trategie',
      '/fr/./strategie',
      '//fr/strategie',
      '/fr/tool-finder/crcn-recent/premier-contact/europe',
      '/fr/page-not-found',
      '/_not-found',
      '/fr/recherche?q=x',
      'http://x/fr/strategie',
    ]) {
      expect(get(url), url).toBeUndefined();
    }
    for (const method of ['POST', 'OPTIONS', 'PUT']) expect(get(STRATEGY, {}, method), method).toBeUndefined();
  });

  it('leaves to Next.js a response whose body changed since the build recorded it, and names it', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'prerendered-changed-'));
    try {
      writeBuild(copy);
      recordPrerendered(copy, { publicAddress: localizedAddress, isLeftToNext: () => false });
      writeFileSync(path.join(copy, 'server/app/fr/strategie.html'), page('Autre stratégie'));
      rmSync(path.join(copy, 'prerendered/sitemap.xml.body.br'));
      const read = readPrerendered(copy);
      expect(read?.stale.sort()).toEqual(['/fr/strategie', '/sitemap.xml']);
      expect(read?.answers.has(STRATEGY)).toBe(false);
      expect(read?.answers.has('/robots.txt')).toBe(true);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    expect(readPrerendered(path.join(dir, 'nowhere'))).toBeUndefined();
  });
});

describe('a request is fresh as Next.js judges it (the `fresh` package)', () => {
  it.each([
    [{}, false],
    [{ 'if-none-match': ETAG }, true],
    [{ 'if-none-match': `  W/${ETAG}  ` }, true],
    [{ 'if-none-match': `"a" ,  ${ETAG}` }, true],
    [{ 'if-none-match': ETAG.toUpperCase() }, false],
    [{ 'if-none-match': '*' }, true],
    [{ 'if-none-match': ETAG, 'cache-control': 'max-age=0, no-cache' }, false],
    [{ 'if-none-match': ETAG, 'cache-control': 'max-age=0' }, true],
    [{ 'if-modified-since': 'Mon, 30 Nov 2099 00:00:00 GMT' }, false],
  ])('%j: %s', (headers, expected) => {
    expect(isFresh(headers, ETAG)).toBe(expected);
  });
});

describe('the public address of a prerendered route', () => {
  it('is the localized one for routes with an address per language, the route’s own otherwise', () => {
    expect(localizedAddress('/fr/tool-finder/crcn-recent/premier-contact/europe')).toBe('/fr/quel-outil/crcn-recent/premier-contact/europe');
    expect(localizedAddress('/en/tool-finder')).toBe('/en/which-tool');
    expect(localizedAddress('/fr/search')).toBe('/fr/recherche');
    expect(localizedAddress('/fr/tool-finders')).toBe('/fr/tool-finders');
    expect(localizedAddress('/og/fr/strategie')).toBe('/og/fr/strategie');
  });
});

function lowercased(headers: Record<string, string>) {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
