import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../lib/security/policy.mjs';
import { PRERENDERED_MANIFEST, type PrerenderedManifest } from '../../lib/serve/prerendered.mjs';
import { freePorts, waitFor } from '../../scripts/serve-utils.mjs';

// The server answers the prerendered responses from memory (lib/serve/prerendered.mjs). Each must
// be the build's own file, with the status and headers it had when Next.js answered it: the
// reference is a copy of the standalone output without the record of the prerendered responses,
// which answers every request through Next.js, as the server did before.

const { responses } = JSON.parse(readFileSync(path.join('.next', PRERENDERED_MANIFEST), 'utf8')) as PrerenderedManifest;
const addresses = Object.keys(responses);
/** Each encoding a client may ask for (null: no Accept-Encoding). */
const ACCEPTED = ['br', 'gzip', null] as const;
/** Headers about the connection or its framing, not the response: they may differ from one answer to the next. */
const FRAMING = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
const CACHED = 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400';

type Answer = { status: number; headers: Record<string, string>; body: Buffer };

/** One request exactly as given (node:http adds no header and decodes nothing). */
function ask(port: number, address: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: address, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: Object.fromEntries(Object.entries(res.headers).map(([name, value]) => [name, String(value)])), body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject).end();
  });
}

const withEncoding = (accepted: string | null): Record<string, string> => (accepted ? { 'accept-encoding': accepted } : {});
const decoded = ({ headers, body }: Answer) => (headers['content-encoding'] === 'br' ? brotliDecompressSync(body) : headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body);
const withoutFraming = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).filter(([name]) => !FRAMING.has(name)));
const portOf = (baseURL: string | undefined) => Number(new URL(baseURL ?? '').port);

test.describe.configure({ mode: 'serial' });

const servers: ChildProcess[] = [];
let copy = '';
let reference = 0;
let standalone = 0;
let standaloneLog = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  [reference = 0, standalone = 0] = await freePorts(2);
  copy = mkdtempSync(path.join(tmpdir(), 'through-next-'));
  cpSync('.next/standalone', copy, { recursive: true });
  rmSync(path.join(copy, '.next', PRERENDERED_MANIFEST), { force: true });
  const start = (dir: string, port: number) =>
    spawn(process.execPath, ['server.mjs'], { cwd: dir, env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const throughNext = start(copy, reference);
  const fromMemory = start('.next/standalone', standalone);
  fromMemory.stdout?.on('data', (chunk: Buffer) => (standaloneLog += chunk.toString()));
  throughNext.stdout?.resume();
  for (const server of [throughNext, fromMemory]) server.stderr?.resume();
  servers.push(throughNext, fromMemory);
  await Promise.all([waitFor(`http://127.0.0.1:${reference}/fr`), waitFor(`http://127.0.0.1:${standalone}/fr`)]);
});

test.afterAll(() => {
  for (const server of servers) server.kill();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('the build records every page of both languages, the tool finder’s answers and the other prerendered files', () => {
  expect(addresses.filter((address) => /^\/(fr|en)(\/|$)/.test(address)).length).toBeGreaterThanOrEqual(70);
  for (const address of [
    '/fr',
    '/en',
    '/fr/strategie',
    '/fr/outils-de-cooperation/explorer',
    '/en/which-tool/established-team/first-contact/europe',
    '/sitemap.xml',
    '/robots.txt',
    '/maps/world.svg',
  ]) {
    expect(addresses, address).toContain(address);
  }
  for (const address of ['/fr/page-not-found', '/en/page-not-found', '/_not-found', '/fr/tool-finder/crcn-recent/premier-contact/europe']) expect(addresses, address).not.toContain(address);
});

test('the standalone output answers them from memory too, every one as the build recorded it', () => {
  expect(standaloneLog).toContain(`In memory: ${addresses.length} prerendered responses`);
  expect(standaloneLog).not.toContain('changed since the build');
});

test('every prerendered response from memory is the build’s file, with the status and headers Next.js gave it, in Brotli, gzip and as it is', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const port = portOf(baseURL);
  const differences: string[] = [];
  for (const address of addresses) {
    const file = readFileSync(path.join('.next', responses[address]?.files.identity ?? ''));
    for (const accepted of ACCEPTED) {
      const label = `${address} (${accepted ?? 'identity'})`;
      const [memory, next] = [await ask(port, address, withEncoding(accepted)), await ask(reference, address, withEncoding(accepted))];
      if (memory.status !== next.status) differences.push(`${label}: status ${memory.status}, ${next.status} through Next.js`);
      expect(withoutFraming(memory.headers), label).toEqual(withoutFraming(next.headers));
      if (!decoded(memory).equals(file)) differences.push(`${label}: not the build’s file once decoded`);
      if (!decoded(next).equals(decoded(memory))) differences.push(`${label}: not what Next.js sends once decoded`);
      if (Number(memory.headers['content-length']) !== memory.body.length) differences.push(`${label}: Content-Length ${memory.headers['content-length']}, body ${memory.body.length}`);
    }
  }
  expect(differences).toEqual([]);
});

test('every page from memory carries the site’s policy, its caching and Vary, in each encoding', async ({ baseURL }) => {
  const port = portOf(baseURL);
  for (const address of addresses.filter((a) => responses[a]?.headers['Content-Type']?.startsWith('text/html'))) {
    for (const accepted of ACCEPTED) {
      const { status, headers } = await ask(port, address, withEncoding(accepted));
      const label = `${address} (${accepted ?? 'identity'})`;
      expect(status, label).toBe(200);
      expect(headers['content-security-policy'], label).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['cache-control'], label).toBe(CACHED);
      expect(headers.vary, label).toBe('Accept-Encoding');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${label}: ${name}`).toBe(value);
      expect(headers['content-encoding'], label).toBe(accepted ?? undefined);
      expect(headers.etag, label).toMatch(accepted ? /^W\/"/ : /^"/);
    }
  }
});

test('a HEAD gets the headers of the GET, and no body', async ({ baseURL }) => {
  const port = portOf(baseURL);
  for (const address of ['/fr/strategie', '/en/which-tool/established-team/first-contact/europe', '/sitemap.xml', '/og/fr']) {
    for (const accepted of ACCEPTED) {
      const [head, full] = [await ask(port, address, withEncoding(accepted), 'HEAD'), await ask(port, address, withEncoding(accepted))];
      expect(head.body.length, address).toBe(0);
      expect({ ...head.headers, date: '' }, address).toEqual({ ...full.headers, date: '' });
    }
  }
});

test('a revalidation gets the 304 it got from Next.js, with the same headers', async ({ baseURL }) => {
  const port = portOf(baseURL);
  for (const address of addresses.filter((a) => responses[a]?.headers.ETag)) {
    const etag = responses[address]?.headers.ETag ?? '';
    const revalidations: Record<string, string>[] = [{ 'if-none-match': etag }, { 'if-none-match': `W/${etag}`, 'accept-encoding': 'br' }, { 'if-none-match': '"other"', 'accept-encoding': 'gzip' }];
    for (const headers of revalidations) {
      const [memory, next] = [await ask(port, address, headers), await ask(reference, address, headers)];
      expect(memory.status, `${address} ${headers['if-none-match']}`).toBe(next.status);
      expect(withoutFraming(memory.headers), `${address} ${headers['if-none-match']}`).toEqual(withoutFraming(next.headers));
    }
    expect((await ask(port, address, { 'if-none-match': etag })).status, address).toBe(304);
  }
});

test('other spellings of an address get the answers they always had: a redirect, a 404, or the page', async ({ baseURL }) => {
  const port = portOf(baseURL);
  for (const address of [
    '/fr/strategie/',
    '/FR/strategie',
    '/fr/Strategie',
    '/fr/strat%C3%A9gie',
    '/fr/%73trategie',
    '/fr/./strategie',
    '//fr/strategie',
    '/fr/strategie?utm_source=x',
    '/en/',
    '/fr/tool-finder/crcn-recent/premier-contact/europe',
    '/fr/page-not-found',
    '/fr/strategie.html',
    '/robots.txt/',
  ]) {
    const [memory, next] = [await ask(port, address, { 'accept-encoding': 'br' }), await ask(reference, address, { 'accept-encoding': 'br' })];
    expect(memory.status, address).toBe(next.status);
    expect(memory.headers.location, address).toBe(next.headers.location);
    expect(decoded(memory).toString(), address).toBe(decoded(next).toString());
  }
});
