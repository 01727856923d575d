import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { renderNginxConfig } from '../../scripts/nginx-config.mjs';

// deploy/nginx.conf.template, rendered and run in front of the test server: pages cached, `/` not.
const NGINX_PORT = 3190;
const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => spawnSync(candidate, ['-v']).status === 0);
let nginx: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
  expect(nginxBinary, 'nginx is needed for this test: apt-get install nginx (npm test installs it as root)').toBeDefined();
  const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  mkdirSync(path.join(prefix, 'cache'));
  const config = path.join(prefix, 'nginx.conf');
  // Run as root (CI), the workers must be allowed into the temporary folder.
  const user = process.getuid?.() === 0 ? 'root' : undefined;
  writeFileSync(config, renderNginxConfig({ listen: NGINX_PORT, upstream: new URL(baseURL ?? '').host, prefix, user }));
  nginx = spawn(nginxBinary ?? 'nginx', ['-c', config, '-p', prefix, '-g', 'daemon off;'], { stdio: 'inherit' });
  for (let i = 0; i < 50; i += 1) {
    if (await fetch(`http://127.0.0.1:${NGINX_PORT}/robots.txt`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('nginx did not start');
});

test.afterAll(() => {
  nginx?.kill();
});

const viaNginx = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${NGINX_PORT}${path}`, { headers, redirect: 'manual' });

test('a page is served from the cache the second time, with its security headers', async () => {
  await viaNginx('/en/priorities');
  const second = await viaNginx('/en/priorities');
  expect(second.status).toBe(200);
  expect(second.headers.get('x-cache-status')).toBe('HIT');
  expect(second.headers.get('content-security-policy')).toContain("script-src 'self' 'sha256-");
  expect(await second.text()).toContain('<html lang="en"');
});

test('the cached page still records the language, for the session, SameSite=Lax', async () => {
  const response = await viaNginx('/en/strategy');
  expect(response.headers.get('set-cookie')).toBe('NEXT_LOCALE=en; Path=/; SameSite=Lax');
});

test('/ still negotiates: Accept-Language and the cookie decide, nothing is cached', async () => {
  for (const [headers, expected] of [
    [{ 'accept-language': 'en-GB,en;q=0.9' }, '/en'],
    [{ 'accept-language': 'fr-FR' }, '/fr'],
    [{ 'accept-language': 'en-GB', cookie: 'NEXT_LOCALE=fr' }, '/fr'],
    [{ 'accept-language': 'fr-FR', cookie: 'NEXT_LOCALE=en' }, '/en'],
  ] as const) {
    const response = await viaNginx('/', headers);
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location') ?? '', 'http://x').pathname).toBe(expected);
    expect(response.headers.get('x-cache-status')).toBeNull();
  }
});

test('search results and gzip and plain copies are never mixed up or shared', async () => {
  await viaNginx('/en/search?q=inserm');
  expect((await viaNginx('/en/search?q=inserm')).headers.get('x-cache-status')).not.toBe('HIT');
  await viaNginx('/fr/pilotage', { 'accept-encoding': 'gzip' });
  const plain = await viaNginx('/fr/pilotage', { 'accept-encoding': 'identity' });
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.text()).toContain('<html lang="fr"');
});
