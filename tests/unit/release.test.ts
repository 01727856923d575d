import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { Agent, createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchReleaseNotes, onlineReleases, onlineStatuses } from '@/lib/editorial/releases';
import { Repository } from '@/lib/editorial/repository';
import { isAlive } from '@/release/layout';

// The release system, run as an administrator and the release service run it (`npm run release`,
// `npm run rollback`, `--watch`), on a small project of its own: a build that writes what the
// site's build writes (its commit, its prerendered addresses, hashed assets) and a server that says
// which commit it serves. The site's real build and nginx are measured by `npm run bench:release`.

const ROOT = path.resolve(import.meta.dirname, '../..');
const top = mkdtempSync(path.join(tmpdir(), 'release-'));
const bare = path.join(top, 'published.git');
const work = path.join(top, 'work');
const releaseRoot = path.join(top, 'srv');

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@x', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@x' } }).trim();

/** The project's files: its build fails when `broken` says so, its page says `text`. */
const project = (text: string, broken = false) => ({
  'package.json': JSON.stringify({ name: 'tiny-site', private: true, scripts: { build: 'node build.mjs' } }),
  'package-lock.json': JSON.stringify({ name: 'tiny-site', lockfileVersion: 3, requires: true, packages: { '': { name: 'tiny-site' } } }),
  'content/page.txt': text,
  'build.mjs': `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
${broken ? "console.error('content/fr/index.mdx:3: unknown component <Carte>'); process.exit(1);" : ''}
mkdirSync('.next/static/css', { recursive: true });
writeFileSync('.next/BUILD_ID', 'b');
writeFileSync('.next/release.json', JSON.stringify({ commit: process.env.RELEASE_COMMIT, builtAt: new Date().toISOString() }));
writeFileSync('.next/static/css/' + process.env.RELEASE_COMMIT.slice(0, 8) + '.css', 'main{}');
const html = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } };
// (/fr says the text, /en never changes.)
writeFileSync('.next/prerendered-manifest.json', JSON.stringify({ responses: { '/fr': { ...html, digest: ${JSON.stringify(text)} }, '/en': { ...html, digest: 'en' } } }));
`,
  // Its standby is the site's own, where the site has it (a build without it knows no standby).
  'lib/serve/standby.mjs': `export * from '${pathToFileURL(path.join(ROOT, 'lib/serve/standby.mjs')).href}';\n`,
  'server.mjs': `import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { standbyControl } from './lib/serve/standby.mjs';
const { commit } = JSON.parse(readFileSync('.next/release.json', 'utf8'));
const text = readFileSync('content/page.txt', 'utf8');
const server = createServer((req, res) => {
  standby.onRequest(res);
  if (req.url === '/_release') return res.end(JSON.stringify({ commit, release: process.env.RELEASE_ID, ...standby.describe() }));
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><html><body><main><h1>' + text + '</h1></main></body></html>');
});
const standby = standbyControl(server);
// Connections kept as long as nginx keeps them, idle or not: only the standby lets go of them.
server.keepAliveTimeout = 120000;
if (process.env.SOCKET) server.listen({ path: process.env.SOCKET, writableAll: true });
else server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
`,
});

function commitProject(text: string, broken = false): string {
  for (const [file, content] of Object.entries(project(text, broken))) {
    mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    writeFileSync(path.join(work, file), content);
  }
  git(work, 'add', '-A');
  git(work, 'commit', '-qm', text);
  git(work, 'push', '-q', 'origin', 'HEAD:main');
  return git(work, 'rev-parse', 'HEAD');
}

const env = (settings: Record<string, string> = {}) => ({
  ...process.env,
  RELEASE_ROOT: releaseRoot,
  RELEASE_REPO: bare,
  RELEASE_SERVERS: '2',
  NODE_OPTIONS: '',
  ...settings,
});

/** Runs the release command as the service runs it, with these settings, without blocking this test (which may play a part: nginx's refresh door). */
function releaseRunning(settings: Record<string, string>, ...args: string[]): { process: ChildProcess; done: Promise<{ ok: boolean; output: string }> } {
  const running = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'release/main.ts'), ...args], { env: env(settings), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  running.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  running.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { process: running, done: new Promise((resolve) => running.once('exit', (code) => resolve({ ok: code === 0, output }))) };
}

/** Runs the release command as an administrator would; answers its output. */
function release(...args: string[]): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'release/main.ts'), ...args], { env: env(), encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

type Servers = { commit: string; pids: number[]; sockets: string[] };
const state = () => JSON.parse(readFileSync(path.join(releaseRoot, 'state.json'), 'utf8')) as { live: Servers; standby?: Servers; failures: { commit: string; reason: string }[] };
/** The sockets nginx sends visitors to. */
const sockets = [0, 1].map((index) => path.join(releaseRoot, 'sockets', `site-${index}.sock`));
/** A page as a visitor gets it through one of the live sockets: on a connection of its own, or on one kept open by `agent`, as nginx keeps them. */
const page = (socket: string, address = '/fr', agent: Agent | false = false) =>
  new Promise<string>((resolve, reject) => {
    get({ socketPath: socket, path: address, agent }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve(body));
    }).on('error', reject);
  });
/** What each of a release's servers says of itself. */
const described = async (servers: Servers) => (await Promise.all(servers.sockets.map((socket) => page(socket, '/_release')))).map((body) => JSON.parse(body) as { commit: string; mode: string });
const notes = () => execFileSync('git', ['--git-dir', bare, 'notes', '--ref', 'releases', 'list'], { encoding: 'utf8' });

/** The servers of this test's releases running now. */
const serversRunning = () =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`).startsWith(path.join(releaseRoot, 'releases'));
      } catch {
        return false;
      }
    });

beforeAll(() => {
  git(top, 'init', '-q', '--bare', '-b', 'main', bare);
  mkdirSync(work);
  git(work, 'init', '-q', '-b', 'main');
  git(work, 'remote', 'add', 'origin', bare);
});

afterAll(() => {
  // Every server any release of this test started, whatever state it ended in.
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`).startsWith(top)) process.kill(Number(pid), 'SIGTERM');
    } catch {
      // Gone, or not ours to read.
    }
  }
});

describe('releases', { timeout: 120_000 }, () => {
  let first = '';
  let second = '';

  it('builds a commit in its own directory, verifies it, puts it online and says so on the commit', async () => {
    first = commitProject('Première version');
    const { ok, output } = release();
    expect(ok, output).toBe(true);
    const live = state().live;
    expect(live.commit).toBe(first);
    expect(await Promise.all(sockets.map((socket) => page(socket)))).toEqual(sockets.map(() => expect.stringContaining('Première version')));
    expect(readlinkSync(path.join(releaseRoot, 'current'))).toMatch(new RegExp(`^releases/\\d{8}T\\d{6}Z-${first.slice(0, 10)}$`));
    expect(existsSync(path.join(releaseRoot, 'assets/css', `${first.slice(0, 8)}.css`))).toBe(true);
    expect(notes()).toContain(first);
    // The same commit again: nothing to do.
    expect(release().output).toContain('online already');
  });

  it('leaves the site as it was when a build fails, and says what failed on the commit', async () => {
    const before = state().live;
    const broken = commitProject('Version cassée', true);
    const { ok, output } = release();
    expect(ok).toBe(false);
    expect(output).toContain('the site is as it was');
    expect(state().live).toEqual(before);
    expect(await page(sockets[0] as string)).toContain('Première version');
    expect(state().failures[0]).toMatchObject({ commit: broken });
    expect(state().failures[0]?.reason).toContain('unknown component <Carte>');
  });

  it('switches to the next release beside the live one, and keeps the old servers in standby, holding no connection nginx kept open', async () => {
    const before = state().live;
    // A connection kept open to the live server, as nginx keeps them.
    const nginx = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await page(sockets[0] as string, '/fr', nginx)).toContain('Première version');
    second = commitProject('Deuxième version');
    const { ok, output } = release();
    expect(ok, output).toBe(true);
    const live = state().live;
    expect(live.commit).toBe(second);
    expect(live.pids.some((pid) => before.pids.includes(pid))).toBe(false);
    expect(sockets.map((socket) => readlinkSync(socket))).toEqual(live.sockets.map((socket) => path.basename(socket)));
    expect(await Promise.all(sockets.map((socket) => page(socket)))).toEqual(sockets.map(() => expect.stringContaining('Deuxième version')));
    // The old servers wait in standby, and let go of the connection: the next request on it reaches the new release.
    expect(state().standby).toMatchObject({ commit: first, pids: before.pids });
    expect(before.pids.every(isAlive)).toBe(true);
    expect(await described(before)).toEqual(before.pids.map(() => expect.objectContaining({ commit: first, mode: 'standby' })));
    await new Promise((resolve) => setImmediate(resolve));
    expect(await page(sockets[0] as string, '/fr', nginx)).toContain('Deuxième version');
    nginx.destroy();
    expect(existsSync(path.join(releaseRoot, 'assets/css', `${first.slice(0, 8)}.css`))).toBe(true);
  });

  it('rolls back to the release before in seconds, with no build and nothing started: its servers were in standby', async () => {
    const { live: before, standby } = state();
    const { ok, output } = release('--rollback');
    expect(ok, output).toBe(true);
    expect(output).not.toContain('Building');
    expect(output).toContain('ready in standby');
    const live = state().live;
    expect(live.commit).toBe(first);
    expect(live.pids).toEqual(standby?.pids);
    expect(await described(live)).toEqual(live.pids.map(() => expect.objectContaining({ commit: first, mode: 'live' })));
    expect(await page(sockets[1] as string)).toContain('Première version');
    // And the other way round, should the rollback itself be undone.
    expect(state().standby).toMatchObject({ commit: second, pids: before.pids });
  });

  it('tells the studio where each publication stands: online since when, failed and why, rolled back', async () => {
    const clone = path.join(top, 'studio');
    git(top, 'clone', '-q', bare, clone);
    const repository = new Repository(clone, 'origin', 'main');
    await repository.fetch();
    await fetchReleaseNotes(repository);
    const publications = (await repository.publications([], 10)).map(({ commit, at }) => ({ commit, at }));
    expect(publications).toHaveLength(3);
    const statuses = await onlineStatuses(repository, publications, { commit: first });
    expect(statuses.get(first)).toMatchObject({ state: 'online' });
    expect(statuses.get(second)).toMatchObject({ state: 'rolled-back' });
    expect((await onlineReleases(repository)).map((release) => release.commit)).toEqual([second, first]);
  });

  it('as a service: releases each publication, answers a rollback request, and leaves the site online when it stops', async () => {
    // Without a standby (RELEASE_STANDBY=0), as on a machine short of memory: the old servers stop, a rollback starts its own.
    const watcher: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'release/main.ts'), '--watch'], {
      env: env({ RELEASE_STANDBY: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    watcher.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    watcher.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      // After a rollback the published branch is held back: not released again until it moves.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(state().live.commit, log).toBe(first);
      const third = commitProject('Troisième version');
      await expect.poll(() => state().live.commit, { timeout: 60_000, message: log }).toBe(third);
      expect(state().standby, log).toBeUndefined();
      git(work, 'push', '-q', 'origin', `${second}:refs/rollback/${Date.now()}`);
      await expect.poll(() => state().live.commit, { timeout: 30_000, message: log }).toBe(second);
      await expect.poll(() => log, { timeout: 5_000 }).toContain('its servers started');
    } finally {
      watcher.kill('SIGTERM');
      await new Promise((resolve) => watcher.once('exit', resolve));
    }
    expect(await page(sockets[0] as string)).toContain('Deuxième version');
    expect(serversRunning()).toHaveLength(2);
  });

  it('after a switch cut short, the servers nobody recorded are stopped and the live ones keep answering', async () => {
    const live = state().live;
    // A server of a kept release left on a waiting socket, as a release system stopped mid-switch leaves it.
    const kept = readlinkSync(path.join(releaseRoot, 'current'));
    const stray = spawn(process.execPath, ['server.mjs'], {
      cwd: path.join(releaseRoot, kept),
      env: { ...process.env, SOCKET: path.join(releaseRoot, 'sockets', 'next-0.sock'), RELEASE_ID: 'cut-short' },
      stdio: 'ignore',
      detached: true,
    });
    await expect.poll(() => existsSync(path.join(releaseRoot, 'sockets', 'next-0.sock'))).toBe(true);
    const { ok, output } = release('--resume');
    expect(ok, output).toBe(true);
    // (Stopped: its exit reaches this test, its parent, once the command has returned.)
    await expect.poll(() => stray.signalCode ?? stray.exitCode, { timeout: 5_000 }).not.toBeNull();
    expect(state().live.commit).toBe(live.commit);
    expect(await Promise.all(sockets.map((socket) => page(socket)))).toEqual(sockets.map(() => expect.stringContaining('Deuxième version')));
    // The release before is made ready again for a rollback (the watcher above kept no standby).
    const standby = state().standby;
    expect(standby?.commit).not.toBe(live.commit);
    expect(await described(standby as Servers)).toEqual([0, 1].map(() => expect.objectContaining({ mode: 'standby' })));
    expect(serversRunning().sort()).toEqual([...state().live.pids, ...(standby?.pids ?? [])].sort());
  });

  it('a switch cut short before the old servers went in standby: they go at the next start, and let go of nginx', async () => {
    const standby = state().standby as Servers;
    // As they are between the links' move and their standby: live, keeping the connections nginx opened.
    for (const pid of standby.pids) process.kill(pid, 'SIGHUP');
    await expect.poll(() => described(standby)).toEqual([0, 1].map(() => expect.objectContaining({ mode: 'live' })));
    const { ok, output } = release('--resume');
    expect(ok, output).toBe(true);
    expect(state().standby).toEqual(standby);
    expect(await described(standby)).toEqual([0, 1].map(() => expect.objectContaining({ mode: 'standby', connections: 0 })));
  });

  it('a switch cut short between the links’ move and the state: the servers nginx reaches are never stopped, and the next start puts things in order', async () => {
    const live = state().live;
    // Servers of the live release that no state records, nginx's links moved to them: as a --resume killed at that moment leaves them.
    const kept = readlinkSync(path.join(releaseRoot, 'current'));
    const strays = [0, 1].map((index) =>
      spawn(process.execPath, ['server.mjs'], {
        cwd: path.join(releaseRoot, kept),
        env: { ...process.env, SOCKET: path.join(releaseRoot, 'sockets', `s-0000000${index}-${index}.sock`), RELEASE_ID: kept, RELEASE_MODE: 'live' },
        stdio: 'ignore',
        detached: true,
      }),
    );
    for (const [index, socket] of sockets.entries()) {
      await expect.poll(() => existsSync(path.join(releaseRoot, 'sockets', `s-0000000${index}-${index}.sock`))).toBe(true);
      symlinkSync(`s-0000000${index}-${index}.sock`, `${socket}.tmp`);
      renameSync(`${socket}.tmp`, socket);
    }
    const watcher: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'release/main.ts'), '--watch'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    watcher.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    watcher.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      // The recorded release is put back online through nginx's links (new servers of its own), and the others go.
      const linksLeadToLive = () => JSON.stringify(sockets.map((socket) => readlinkSync(socket))) === JSON.stringify(state().live.sockets.map((socket) => path.basename(socket)));
      await expect.poll(() => linksLeadToLive() && state().live.sockets.every((socket) => !/s-0000000/.test(socket)), { timeout: 30_000, message: log }).toBe(true);
      await expect.poll(() => strays.every((stray) => (stray.signalCode ?? stray.exitCode) !== null), { timeout: 30_000, message: log }).toBe(true);
    } finally {
      watcher.kill('SIGTERM');
      await new Promise((resolve) => watcher.once('exit', resolve));
    }
    expect(state().live.commit).toBe(live.commit);
    expect(await Promise.all(sockets.map((socket) => page(socket)))).toEqual(sockets.map(() => expect.stringContaining('Deuxième version')));
  });

  it('after the machine restarts, --resume puts the live release online again and its standby ready, and removes the dead sockets', async () => {
    const { live, standby } = state();
    for (const pid of serversRunning()) process.kill(pid, 'SIGKILL');
    await expect.poll(() => serversRunning()).toEqual([]);
    const { ok, output } = release('--resume');
    expect(ok, output).toBe(true);
    const now = state();
    expect(now.live.commit).toBe(live.commit);
    expect(await Promise.all(sockets.map((socket) => page(socket)))).toEqual(sockets.map(() => expect.stringContaining('Deuxième version')));
    expect(now.standby?.commit).toBe(standby?.commit);
    expect(await described(now.standby as Servers)).toEqual([0, 1].map(() => expect.objectContaining({ mode: 'standby' })));
    expect(readdirSync(path.join(releaseRoot, 'sockets')).sort()).toEqual(
      ['site-0.sock', 'site-1.sock', ...now.live.sockets.map((socket) => path.basename(socket)), ...(now.standby?.sockets ?? []).map((socket) => path.basename(socket))].sort(),
    );
  });

  it('a switch cut short before nginx’s cache was refreshed: the next start refreshes the pages that changed, and only those', async () => {
    // nginx's refresh door, played here: it holds the first requests, as a busy nginx might, while the release system is stopped.
    const asked: string[] = [];
    let holding = true;
    let reachedDoor = () => {};
    const doorReached = new Promise<void>((resolve) => (reachedDoor = resolve));
    const door = createServer((req, res) => {
      asked.push(`${req.headers.host ?? ''} ${req.url ?? ''} ${String(req.headers['accept-encoding'])}`);
      if (holding) return reachedDoor();
      res.end();
    });
    door.listen(0, '127.0.0.1');
    await once(door, 'listening');
    // nginx itself is not what is tested: a stand-in that takes any configuration.
    const bin = path.join(top, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(path.join(bin, 'nginx'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const settings = {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      RELEASE_NGINX_CONF: path.join(top, 'nginx', 'nginx.conf'),
      RELEASE_NGINX_PREFIX: path.join(top, 'nginx'),
      RELEASE_NGINX_REFRESH: `127.0.0.1:${(door.address() as AddressInfo).port}`,
      RELEASE_PUBLIC_HOSTS: 'international.inserm.fr',
    };
    try {
      const live = state().live;
      commitProject('Deuxième version, corrigée');
      const cutShort = releaseRunning(settings);
      await doorReached;
      cutShort.process.kill('SIGKILL');
      await cutShort.done;
      // Online, its pages still to be refreshed: state.json says so.
      expect(state().live.commit).not.toBe(live.commit);
      expect(await page(sockets[0] as string)).toContain('Deuxième version, corrigée');
      expect(state()).toMatchObject({ refresh: [{ to: expect.any(String) }] });
      holding = false;
      asked.length = 0;
      const { ok, output } = await releaseRunning(settings, '--resume').done;
      expect(ok, output).toBe(true);
      expect(asked.sort()).toEqual(['br', 'gzip', 'identity'].map((encoding) => `international.inserm.fr /fr ${encoding}`));
      expect(state()).toMatchObject({ refresh: [] });
    } finally {
      door.close();
    }
  });

  it('a state file it cannot read stops the release system, which then prunes nothing and switches nothing', () => {
    const file = path.join(releaseRoot, 'state.json');
    const good = readFileSync(file, 'utf8');
    const releasesBefore = readdirSync(path.join(releaseRoot, 'releases')).sort();
    try {
      writeFileSync(file, good.slice(0, good.length / 2));
      commitProject('Quatrième version');
      const { ok, output } = release();
      expect(ok).toBe(false);
      expect(output).toContain('cannot be read');
      expect(readdirSync(path.join(releaseRoot, 'releases')).sort()).toEqual(releasesBefore);
    } finally {
      writeFileSync(file, good);
    }
  });
});
