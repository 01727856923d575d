// npm run bench:release [-- --pages N] [--keep] — the release system, measured end to end on this
// machine as the team uses it: a published repository (a bare clone of this checkout's HEAD), the
// release service (`npm run release -- --watch`) with nginx in front of two Node servers, an
// editorial checkout where people save, review and publish through the editorial server's own code.
// With 100 connections through nginx for the whole of each step (autocannon):
//   1. a publication: from "Publish" to the new text served through nginx;
//   2. an administrator's rollback (the studio's button): until the old text is back;
//   3. a scheduled publication: prepared ahead of its minute, online after it.
// Fails unless: 0 errors and only 200s on existing pages during each step; p99 latency within 2 × the
// steady state's; publication ≤ 3 min (≤ 6 min with --pages 1000 or more); rollback ≤ 10 s;
// scheduled publication online ≤ 60 s after its minute. Not run by `npm test` (it takes minutes).
// --pages N grows the published site by a section of N pages per language first (as bench:scale).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Queue } from '../editorial/queue';
import { Publishing } from '../editorial/publishing';
import { startScheduler } from '../editorial/publishing-routes';
import { openContent } from '../lib/content';
import { fetchReleaseNotes } from '../lib/editorial/releases';
import { Repository } from '../lib/editorial/repository';
import type { Person } from '../lib/editorial/roles';
import { writeCallsSection } from './scale-content';
import { freePorts, nginxBinary } from './serve-utils.mjs';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '0' }, keep: { type: 'boolean', default: false } } });
const PAGES = Number(values.pages);
const LIMIT_PUBLISH = PAGES >= 1000 ? 360 : 180;
if (!nginxBinary()) {
  console.error('nginx is needed: apt-get install nginx');
  process.exit(2);
}

const camille: Person = { name: 'Camille Martin', email: 'camille.martin@inserm.invalid', role: 'redacteur' };
const dominique: Person = { name: 'Dominique Bernard', email: 'dominique.bernard@inserm.invalid', role: 'relecteur' };
const alex: Person = { name: 'Alex Moreau', email: 'alex.moreau@inserm.invalid', role: 'administrateur' };

const top = mkdtempSync(path.join(tmpdir(), 'bench-release-'));
const published = path.join(top, 'published.git');
const checkout = path.join(top, 'checkout');
const srv = path.join(top, 'srv');
const prefix = path.join(top, 'nginx');
const sh = (cwd: string, command: string, ...args: string[]) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@x', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@x' },
  }).trim();
const say = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The published repository: this checkout's HEAD (grown by --pages), as the editorial server publishes to it.
sh(process.cwd(), 'git', 'clone', '-q', '--bare', '--no-hardlinks', '.', published);
sh(top, 'git', 'clone', '-q', published, checkout);
if (PAGES > 0) {
  writeCallsSection(path.join(checkout, 'content'), PAGES);
  sh(checkout, 'git', 'add', '-A');
  sh(checkout, 'git', 'commit', '-qm', `A section of ${PAGES} pages per language`);
  sh(checkout, 'git', 'push', '-q', 'origin', 'HEAD:main');
}

const [nginxPort = 0, refreshPort = 0] = await freePorts(2);
const releaseEnv = {
  ...process.env,
  RELEASE_ROOT: srv,
  RELEASE_REPO: published,
  RELEASE_SERVERS: '2',
  RELEASE_NGINX_REFRESH: `127.0.0.1:${refreshPort}`,
  // The name the load generator reaches the site by (the Host nginx's cache is keyed by).
  RELEASE_PUBLIC_HOSTS: `127.0.0.1:${nginxPort}`,
  RELEASE_NGINX_CONF: path.join(prefix, 'nginx.conf'),
  RELEASE_NGINX_PREFIX: prefix,
  RELEASE_NGINX_LISTEN: `127.0.0.1:${nginxPort}`,
  ...(process.getuid?.() === 0 ? { RELEASE_NGINX_USER: 'root' } : {}),
  RELEASE_PACKAGES_FROM: process.cwd(),
};
const site = `http://127.0.0.1:${nginxPort}`;
const state = () => {
  try {
    return JSON.parse(readFileSync(path.join(srv, 'state.json'), 'utf8')) as { live?: { commit: string } };
  } catch {
    return {};
  }
};

const watcher: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'release/main.ts', '--watch'], { env: releaseEnv, stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
const keepLog = (chunk: Buffer) => {
  log += chunk.toString();
  writeFileSync(path.join(top, 'release.log'), log);
};
watcher.stdout?.on('data', keepLog);
watcher.stderr?.on('data', keepLog);

const repository = new Repository(checkout, 'origin', 'main');
await repository.fetch();
const publishing = new Publishing(repository, path.join(top, 'editorial-state'), { selfApproval: false, clock: () => new Date() });
const queue = new Queue();

/** A page's address and file, from the published content. */
const content = openContent({ root: checkout, mode: 'publish' });
const target = content.pageByKey('fr', 'priorities') ?? content.pages.find((page) => page.locale === 'fr' && page.key !== '');
if (!target) throw new Error('no French page to publish');
const file = path.join(checkout, target.file);
const address = target.path;
const addresses = [...new Set(['/fr', '/en', address, ...content.pages.slice(0, 30).map((page) => page.path)])];

const text = (url: string) =>
  fetch(url, { headers: { 'accept-encoding': 'identity' } }).then(
    (response) => response.text(),
    () => '',
  );
async function until(what: string, test: () => Promise<boolean>, seconds: number): Promise<number> {
  const started = Date.now();
  while (!(await test())) {
    if (Date.now() - started > seconds * 1000) throw new Error(`${what}: not within ${seconds} s\n${log.slice(-3000)}`);
    await sleep(250);
  }
  return (Date.now() - started) / 1000;
}

const loadOptions = (duration: number) => ({
  url: site,
  connections: 100,
  duration,
  timeout: 10,
  requests: addresses.map((p) => ({ method: 'GET' as const, path: p, headers: { 'accept-encoding': 'br' } })),
});

/** The errors a load saw, with when (seconds after it started) and what. */
const errorsSeen: string[] = [];

/** Load through nginx for as long as `during` runs: 100 connections over existing pages. */
async function underLoad<T>(during: () => Promise<T>): Promise<{ value: T; result: autocannon.Result }> {
  let instance: autocannon.Instance | undefined;
  const started = Date.now();
  errorsSeen.length = 0;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(loadOptions(3600), (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('reqError', (error: NodeJS.ErrnoException) => errorsSeen.push(`${((Date.now() - started) / 1000).toFixed(1)} s: ${error.code ?? error.message}`));
  });
  await sleep(2000);
  try {
    const value = await during();
    await sleep(3000);
    instance?.stop();
    return { value, result: await finished };
  } catch (error) {
    instance?.stop();
    await finished;
    throw error;
  }
}

/** A change to the page, saved by Camille, submitted, approved by Dominique: ready to publish. */
async function approvedChange(sentence: string) {
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${sentence}\n`);
  sh(checkout, 'git', 'add', '-A');
  sh(checkout, 'git', 'commit', '-qm', 'Studio save', `--author=${camille.name} <${camille.email}>`);
  const subject = `page:${target?.key}`;
  await publishing.submit(camille, subject, { note: sentence, significant: false });
  await publishing.approve(dominique, subject);
  return subject;
}

const verdicts: string[] = [];
const check = (ok: boolean, line: string) => {
  verdicts.push(`${ok ? 'PASS' : 'FAIL'}  ${line}`);
  say(`${ok ? 'PASS' : 'FAIL'}  ${line}`);
};
const describe = (name: string, result: autocannon.Result, steadyP99: number) => {
  const other = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => code !== '200')
    .map(([code, { count }]) => `${code}×${count}`);
  say(
    `${name}: ${result.requests.total} requests (${result.requests.average.toFixed(0)}/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; errors ${result.errors}, timeouts ${result.timeouts}, other statuses ${other.join(' ') || 'none'}`,
  );
  if (errorsSeen.length > 0) say(`errors: ${errorsSeen.slice(0, 10).join('; ')}${errorsSeen.length > 10 ? '…' : ''}`);
  check(result.errors === 0 && result.timeouts === 0 && other.length === 0, `${name}: no error, only 200s`);
  check(result.latency.p99 <= 2 * steadyP99, `${name}: p99 ${result.latency.p99} ms ≤ 2 × steady ${steadyP99} ms`);
};

let stopScheduler = () => {};
try {
  say(`First release of ${sh(published, 'git', 'rev-parse', '--short', 'main')} (${PAGES ? `+${PAGES} pages per language, ` : ''}cold: packages linked from this checkout, no cache)…`);
  const head = sh(published, 'git', 'rev-parse', 'main');
  const cold = await until('first release', async () => state().live?.commit === head, 1800);
  say(`Online after ${cold.toFixed(0)} s.`);
  // The steady state, measured just before each step: the machine is shared, its load changes.
  const steadyState = async () => {
    const steady = await new Promise<autocannon.Result>((resolve, reject) => autocannon(loadOptions(15), (error, result) => (error ? reject(error) : resolve(result))));
    say(`steady: ${steady.requests.average.toFixed(0)} requests/s, p50 ${steady.latency.p50} ms, p99 ${steady.latency.p99} ms, errors ${steady.errors}; load average ${loadavg()[0]?.toFixed(2)}`);
    return Math.max(steady.latency.p99, 1);
  };
  let steadyP99 = await steadyState();

  // 1. A publication, from "Publish" to the text through nginx.
  const first = `Mesure de mise en ligne ${Date.now()}.`;
  const subject = await approvedChange(first);
  const before = head;
  const publication = await underLoad(async () => {
    const started = Date.now();
    await queue.run(() => publishing.publish(dominique, subject));
    await until('publication', async () => (await text(`${site}${address}`)).includes(first), LIMIT_PUBLISH * 2);
    return (Date.now() - started) / 1000;
  });
  describe('during the publication', publication.result, steadyP99);
  check(publication.value <= LIMIT_PUBLISH, `publication online through nginx in ${publication.value.toFixed(0)} s ≤ ${LIMIT_PUBLISH} s`);

  // 2. The administrator's rollback, from the studio's button to the old text through nginx.
  await fetchReleaseNotes(repository);
  steadyP99 = await steadyState();
  const rollback = await underLoad(async () => {
    const started = Date.now();
    await queue.run(() => publishing.rollback(alex, before));
    await until('rollback', async () => !(await text(`${site}${address}`)).includes(first), 60);
    return (Date.now() - started) / 1000;
  });
  describe('during the rollback', rollback.result, steadyP99);
  check(rollback.value <= 10, `rollback: the old page back through nginx in ${rollback.value.toFixed(1)} s ≤ 10 s`);

  // 3. A scheduled publication: at a minute far enough ahead for it to be prepared meanwhile.
  const second = `Publication programmée ${Date.now()}.`;
  const scheduled = await approvedChange(second);
  const lead = Math.max(120, Math.ceil(publication.value * 1.5));
  const minute = new Date(Math.ceil((Date.now() + lead * 1000) / 60_000) * 60_000);
  await publishing.schedule(dominique, scheduled, minute);
  stopScheduler = startScheduler(publishing, repository, queue);
  say(`Scheduled for ${minute.toISOString()}; prepared meanwhile…`);
  await until('preparation', async () => /Ready to go online/.test(log.split('Online:').pop() ?? ''), lead + 600);
  say(`Prepared ${((minute.getTime() - Date.now()) / 1000).toFixed(0)} s before its minute.`);
  await until('a little before the minute', async () => Date.now() >= minute.getTime() - 30_000, lead + 600);
  steadyP99 = await steadyState();
  const atMinute = await underLoad(async () => {
    await until('the minute', async () => Date.now() >= minute.getTime(), lead + 600);
    await until('scheduled publication', async () => (await text(`${site}${address}`)).includes(second), 600);
    return (Date.now() - minute.getTime()) / 1000;
  });
  describe('at the scheduled minute', atMinute.result, steadyP99);
  check(atMinute.value <= 60, `scheduled publication online ${atMinute.value.toFixed(0)} s after its minute ≤ 60 s`);
} catch (error) {
  check(false, (error as Error).message);
} finally {
  stopScheduler();
  watcher.kill('SIGTERM');
  await new Promise((resolve) => watcher.once('exit', resolve));
  // Every server a release of this run started, whatever state it ended in.
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`).startsWith(srv)) process.kill(Number(pid), 'SIGTERM');
    } catch {
      // Gone, or not ours to read.
    }
  }
  try {
    execFileSync('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-s', 'quit'], { stdio: 'ignore' });
  } catch {
    // Not started.
  }
  console.log(`\n${verdicts.join('\n')}`);
  if (values.keep) console.log(`Kept: ${top} (release.log, srv/state.json)`);
  else rmSync(top, { recursive: true, force: true });
  process.exitCode = verdicts.length > 0 && verdicts.every((line) => line.startsWith('PASS')) ? 0 : 1;
}
