import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { chosenEncoding } from '../../lib/serve/encoding.mjs';
import { renderNginxConfig } from '../../scripts/nginx-config.mjs';
import { ACCEPT_ENCODINGS } from '../accept-encodings';
import { deepPage, mainMenu, pages } from './pages';

// Two pages of today's content: a section in English, a page under a section in French.
const [section, deeper] = [mainMenu('en')[0]!.page.path, deepPage('fr').path];

// Caches in front of the test server: a stock nginx proxy_cache that knows nothing of the site (as
// any CDN obeying Cache-Control), and deploy/nginx.conf.template as deployed — plus one header that
// shows which encoding its cache key names, for the test to compare with what the application sent.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const STOCK_PORT = E2E_PORT + 90;
const DEPLOYED_PORT = E2E_PORT + 91;
const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => spawnSync(candidate, ['-v']).status === 0);
const running: ChildProcess[] = [];

// The two caches are started once for the file, in one worker; each test asks them what it needs,
// and a failure of one does not keep the others from running.
test.describe.configure({ mode: 'default' });

async function startNginx(config: string, prefix: string, port: number) {
  const file = path.join(prefix, 'nginx.conf');
  writeFileSync(file, config);
  running.push(spawn(nginxBinary ?? 'nginx', ['-c', file, '-p', prefix, '-g', 'daemon off;'], { stdio: 'inherit' }));
  for (let i = 0; i < 50; i += 1) {
    if (
      await fetch(`http://127.0.0.1:${port}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not start on ${port}`);
}

/** The least an nginx cache can be: proxy_cache on, nothing else. */
const stockConfig = (prefix: string, upstream: string, user?: string) => `${user ? `user ${user};\n` : ''}pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events {}
http {
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  proxy_cache_path ${prefix}/cache keys_zone=stock:10m;
  server {
    listen ${STOCK_PORT};
    location / {
      proxy_pass http://${upstream};
      proxy_cache stock;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;

const CACHE_STATUS = 'add_header X-Cache-Status $upstream_cache_status always;';
function withKeyShown(config: string) {
  expect(config).toContain(CACHE_STATUS);
  return config.replace(CACHE_STATUS, `${CACHE_STATUS}\n      add_header X-Cache-Key-Encoding $encoding always;`);
}

test.beforeAll(async ({ baseURL }) => {
  expect(nginxBinary, 'nginx is needed for this test: apt-get install nginx (npm test installs it as root)').toBeDefined();
  // Run as root (CI), the workers must be allowed into the temporary folders.
  const user = process.getuid?.() === 0 ? 'root' : undefined;
  const upstream = new URL(baseURL ?? '').host;
  for (const [port, render] of [
    [STOCK_PORT, (prefix: string) => stockConfig(prefix, upstream, user)],
    [DEPLOYED_PORT, (prefix: string) => withKeyShown(renderNginxConfig({ listen: DEPLOYED_PORT, upstream, prefix, user }))],
  ] as const) {
    const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
    mkdirSync(path.join(prefix, 'cache'));
    await startNginx(render(prefix), prefix, port);
  }
});

test.afterAll(() => {
  for (const process of running) process.kill();
});

const via = (port: number, address: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${address}`, { headers, redirect: 'manual' });

test('a stock proxy_cache keeps every page: the second request is a HIT, in both languages', async () => {
  for (const page of pages) {
    const first = await via(STOCK_PORT, page.path);
    expect(first.status, page.path).toBe(200);
    expect(first.headers.get('set-cookie'), page.path).toBeNull();
    const second = await via(STOCK_PORT, page.path);
    expect(second.headers.get('x-cache-status'), page.path).toBe('HIT');
    expect(await second.text(), page.path).toContain(`<html lang="${page.locale}"`);
  }
});

test('the deployed cache keeps pages with their headers, and keeps neither / nor search results', async () => {
  await via(DEPLOYED_PORT, section, { 'accept-encoding': 'br' });
  const hit = await via(DEPLOYED_PORT, section, { 'accept-encoding': 'br' });
  expect(hit.headers.get('x-cache-status')).toBe('HIT');
  expect(hit.headers.get('content-security-policy')).toContain("script-src 'none'");
  expect(hit.headers.get('content-encoding')).toBe('br');
  for (const address of ['/', '/fr/recherche?q=inserm', '/language?to=%2Fen']) {
    await via(DEPLOYED_PORT, address);
    expect((await via(DEPLOYED_PORT, address)).headers.get('x-cache-status'), address).not.toBe('HIT');
  }
});

test('through the cache, / still goes where the visitor’s choice, then languages, say', async () => {
  for (const [headers, expected] of [
    [{ 'accept-language': 'en-GB,en;q=0.9' }, '/en'],
    [{ 'accept-language': 'fr-FR' }, '/fr'],
    [{ 'accept-language': 'en-GB', cookie: 'NEXT_LOCALE=fr' }, '/fr'],
    [{ 'accept-language': 'fr-FR', cookie: 'NEXT_LOCALE=en' }, '/en'],
  ] as const) {
    const response = await via(DEPLOYED_PORT, '/', headers);
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location') ?? '', 'http://x').pathname).toBe(expected);
  }
});

test('the deployed cache never hands a compressed copy to a client that did not ask for it', async () => {
  await via(DEPLOYED_PORT, deeper, { 'accept-encoding': 'gzip' });
  await via(DEPLOYED_PORT, deeper, { 'accept-encoding': 'br' });
  const plain = await via(DEPLOYED_PORT, deeper, { 'accept-encoding': 'identity' });
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.text()).toContain('<html lang="fr"');
  expect((await via(DEPLOYED_PORT, deeper, { 'accept-encoding': 'gzip' })).headers.get('content-encoding')).toBe('gzip');
});

/** A page through a cache with exactly this Accept-Encoding (none for null), as node:http sends it: no header added, nothing decoded. */
function withAcceptEncoding(port: number, address: string, acceptEncoding: string | null) {
  return new Promise<{ encoding: string; key: string; cache: string }>((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: address, headers: acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ encoding: String(res.headers['content-encoding'] ?? 'identity'), key: String(res.headers['x-cache-key-encoding']), cache: String(res.headers['x-cache-status']) }));
    }).on('error', reject);
  });
}

test('the deployed cache keeps each copy under the encoding the application sends it in, whatever the Accept-Encoding', async () => {
  const found: string[] = [];
  const expected: string[] = [];
  for (const [acceptEncoding] of ACCEPT_ENCODINGS) {
    const sent = chosenEncoding(acceptEncoding ?? undefined) ?? 'identity';
    const first = await withAcceptEncoding(DEPLOYED_PORT, section, acceptEncoding);
    const second = await withAcceptEncoding(DEPLOYED_PORT, section, acceptEncoding);
    found.push(`${JSON.stringify(acceptEncoding)}: ${first.encoding} under key ${first.key}, then ${second.cache} ${second.encoding}`);
    expected.push(`${JSON.stringify(acceptEncoding)}: ${sent} under key ${sent}, then HIT ${sent}`);
  }
  expect(found).toEqual(expected);
});
