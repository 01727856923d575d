import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderNginxConfig } from '../scripts/nginx-config.mjs';
import { isAlive, type Layout, type Live, type ReleaseState, SERVER_SOCKET, type Servers } from './layout';
import { describeServer, healthy, serversUnder, setMode, socketOf, startServer, stopServers } from './servers';

/**
 * The switch, without touching nginx: the new release's servers start beside the live ones, each on
 * a socket of its own, and answer their health check; the sockets nginx uses (links) are then
 * pointed at them (a rename: nginx's next connection reaches the new server); the old servers let go
 * of nginx's connections and wait in standby for a rollback, which then starts nothing; the pages
 * that changed are refreshed in nginx's cache. No request is refused at any moment: nginx is never
 * reloaded for a switch (a reload closes the connections visitors keep open, and one sent at that
 * instant is lost), only when its own configuration changes.
 */

type Manifest = Record<string, { status: number; headers: Record<string, string>; digest?: string }>;

/** The prerendered responses a release recorded: what it serves from memory, by address. */
function manifestOf(dir: string): Manifest {
  try {
    return (JSON.parse(readFileSync(path.join(dir, '.next', 'prerendered-manifest.json'), 'utf8')) as { responses: Manifest }).responses;
  } catch {
    return {};
  }
}

/**
 * Writes nginx's configuration and has nginx read it, when it differs from the one in use or nginx
 * is not running (the first release, a restart); nothing otherwise, and nothing when nginx is not
 * managed here. A configuration nginx refuses replaces nothing.
 */
function ensureNginx(layout: Layout) {
  const settings = layout.settings;
  if (!settings.RELEASE_NGINX_CONF) return;
  const config = renderNginxConfig({
    listen: settings.RELEASE_NGINX_LISTEN,
    upstream: layout.liveSockets.map((socket) => `unix:${socket}`).join(','),
    prefix: settings.RELEASE_NGINX_PREFIX,
    user: settings.RELEASE_NGINX_USER,
    assets: layout.assets,
    refreshListen: settings.RELEASE_NGINX_REFRESH,
  });
  let running = false;
  try {
    // (`nginx -t` leaves an empty pid file behind: only a number is a running nginx.)
    const pid = Number(readFileSync(path.join(settings.RELEASE_NGINX_PREFIX, 'nginx.pid'), 'utf8').trim());
    running = pid > 0 && isAlive(pid);
  } catch {
    running = false;
  }
  const current = existsSync(settings.RELEASE_NGINX_CONF) ? readFileSync(settings.RELEASE_NGINX_CONF, 'utf8') : undefined;
  if (running && current === config) return;
  mkdirSync(settings.RELEASE_NGINX_PREFIX, { recursive: true });
  const temporary = `${settings.RELEASE_NGINX_CONF}.${process.pid}.tmp`;
  writeFileSync(temporary, config);
  try {
    execFileSync('nginx', ['-t', '-q', '-p', settings.RELEASE_NGINX_PREFIX, '-c', temporary], { stdio: 'inherit' });
  } finally {
    rmSync(temporary, { force: true });
  }
  writeFileSync(settings.RELEASE_NGINX_CONF, config);
  try {
    if (settings.RELEASE_NGINX_RELOAD) execFileSync('sh', ['-c', settings.RELEASE_NGINX_RELOAD], { stdio: 'inherit' });
    else execFileSync('nginx', ['-p', settings.RELEASE_NGINX_PREFIX, '-c', settings.RELEASE_NGINX_CONF, ...(running ? ['-s', 'reload'] : [])], { stdio: 'inherit' });
  } catch (error) {
    // nginx did not take it: the file goes back to what nginx runs (or away), so that the next switch tries again.
    if (current === undefined) rmSync(settings.RELEASE_NGINX_CONF, { force: true });
    else writeFileSync(settings.RELEASE_NGINX_CONF, current);
    throw error;
  }
}

/** The addresses whose response differs between two releases (or that only one has). */
function changedAddresses(before: Manifest, after: Manifest): string[] {
  const same = (a: Manifest[string] | undefined, b: Manifest[string] | undefined) =>
    a !== undefined && b !== undefined && a.status === b.status && a.digest === b.digest && JSON.stringify(a.headers) === JSON.stringify(b.headers);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((address) => !same(before[address], after[address]));
}

/**
 * Has nginx ask the live servers again for each of these addresses, in each encoding it keeps a copy
 * of, under each name the site is reached by: the cache then holds the new release's pages.
 * Answers how many could not be refreshed (they expire on their own: an hour at most).
 */
async function refreshCache(layout: Layout, addresses: readonly string[]): Promise<number> {
  if (!layout.settings.RELEASE_NGINX_CONF || addresses.length === 0) return 0;
  const [host = '127.0.0.1', port = '8089'] = layout.settings.RELEASE_NGINX_REFRESH.split(/:(?=\d+$)/);
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  // (fetch would not send another Host than the door's: node:http does.)
  const ask = (address: string, name: string, encoding: string) =>
    new Promise<void>((resolve, reject) => {
      const asked = request({ host, port: Number(port), path: address, agent, timeout: 15_000, headers: { host: name, 'accept-encoding': encoding } }, (response) => {
        response.resume();
        response.on('end', () => (response.statusCode && response.statusCode < 500 ? resolve() : reject(new Error(String(response.statusCode)))));
      });
      asked.on('timeout', () => asked.destroy(new Error('no answer within 15 s')));
      asked.on('error', reject).end();
    });
  const requests = addresses.flatMap((address) => layout.publicHosts.flatMap((host) => ['br', 'gzip', 'identity'].map((encoding) => ({ address, host, encoding }))));
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const { address, host: name, encoding } = requests[next++] as (typeof requests)[number];
      await ask(address, name, encoding).catch(() => (failed += 1));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  agent.destroy();
  return failed;
}

/**
 * Asks nginx again for the pages the recorded switches changed (state.refresh), then forgets them:
 * those it could not refresh expire on their own. Answers how many addresses were asked.
 */
async function refreshOwed(layout: Layout): Promise<number> {
  const owed = layout.state().refresh;
  if (owed.length === 0) return 0;
  const changed = new Set(owed.flatMap(({ from, to }) => changedAddresses(from ? manifestOf(layout.dirOf(from)) : {}, manifestOf(layout.dirOf(to)))));
  const failed = await refreshCache(layout, [...changed]);
  if (failed > 0) console.warn(`${failed} of the cached copies of the pages that changed could not be refreshed: they expire on their own within the hour.`);
  layout.saveState({ ...layout.state(), refresh: [] });
  return changed.size;
}

export interface SwitchResult {
  live: Live;
  seconds: number;
  refreshed: number;
  /** Whether the release's servers were running already, in standby: nothing was started. */
  warm: boolean;
}

/** The sockets nginx's links lead to now (a link not made yet, or not a link, leads nowhere known). */
export function reached(layout: Layout): (string | undefined)[] {
  return layout.liveSockets.map((link) => {
    try {
      return path.resolve(layout.sockets, readlinkSync(link));
    } catch {
      return undefined;
    }
  });
}

/**
 * The servers of ours running on this machine other than `except`: old live ones not kept in
 * standby, a standby no longer wanted, any a switch cut short left behind. Never one nginx's links
 * lead to, recorded or not (a switch cut short between the links' move and the state's): the next
 * switch, or --resume, points them elsewhere first.
 */
async function stopOtherServers(layout: Layout, except: readonly number[]) {
  const live = new Set(reached(layout));
  await stopServers(
    serversUnder(layout.releases).filter((pid) => !except.includes(pid) && !live.has(socketOf(pid))),
    layout.releases,
  );
}

/** The servers the state records: the live ones and the standby. */
const recorded = (state: ReleaseState) => [...(state.live?.pids ?? []), ...(state.standby?.pids ?? [])];

/**
 * Whether the recorded servers are all running, answering for their commit, and able to go in
 * standby and back (a restarted machine has none running; a build older than the standby cannot).
 */
async function answering(servers: Servers | undefined, count: number): Promise<boolean> {
  if (!servers || servers.sockets.length !== count || servers.pids.length !== count || !servers.pids.every(isAlive)) return false;
  const answers = await Promise.all(servers.sockets.map((socket) => describeServer({ socket })));
  return answers.every((answer) => answer?.commit === servers.commit && answer.mode !== undefined);
}

/** Starts a release's servers, each on a socket of its own, and waits for each to answer; none is left running if one does not. */
async function startServers(layout: Layout, id: string, commit: string, mode: 'live' | 'standby'): Promise<Servers> {
  const sockets = layout.serverSockets();
  const pids = sockets.map((socket, index) => startServer(layout.dirOf(id), { socket }, id, `server-${index}`, mode).pid ?? 0);
  try {
    await Promise.all(sockets.map((socket) => healthy({ socket }, commit)));
  } catch (error) {
    await stopServers(pids, layout.releases);
    throw error;
  }
  return { id, commit, pids, sockets };
}

/** Points the socket nginx uses for server `index` at `socket`: a link renamed over the old one, so that it always leads somewhere. */
function pointAt(layout: Layout, index: number, socket: string) {
  const link = `${layout.socket(index)}.${process.pid}.tmp`;
  rmSync(link, { force: true });
  symlinkSync(path.basename(socket), link);
  renameSync(link, layout.socket(index));
}

/** Removes the sockets no recorded server listens on (a server removes its own when it stops; one killed, or a restarted machine, leaves it). */
function removeStaleSockets(layout: Layout, state: ReleaseState) {
  const kept = new Set([...(state.live?.sockets ?? []), ...(state.standby?.sockets ?? [])].map((socket) => path.basename(socket)));
  for (const entry of readdirSync(layout.sockets)) if (SERVER_SOCKET.test(entry) && !kept.has(entry)) rmSync(path.join(layout.sockets, entry), { force: true });
}

/**
 * Keeps the standby ready (RELEASE_STANDBY): the servers of the release a rollback goes back to by
 * default (the one online before the live one), running and in standby. Started afresh only when
 * they are not running (a restarted machine, a server that failed); whatever else runs of ours, and
 * no state records, is stopped.
 */
export async function keepReady(layout: Layout): Promise<void> {
  let state = layout.state();
  const record = state.live && layout.releaseBefore(state);
  const count = layout.liveSockets.length;
  // (Put in standby again, in case a switch was cut short before it did: live, they would keep nginx's connections.)
  const standbyReady = async (standby: Servers) => (await answering(standby, count)) && (await setMode(standby.pids, standby.sockets, 'standby', layout.releases));
  if (state.standby && (!layout.settings.RELEASE_STANDBY || state.standby.id !== record?.id || !(await standbyReady(state.standby)))) {
    state = { ...state, standby: undefined };
    layout.saveState(state);
  }
  // What is not recorded goes first: never more than the live servers and one standby at a time (memory).
  await stopOtherServers(layout, recorded(state));
  // (A build older than the standby has no lib/serve/standby.mjs: its servers are not started for it.)
  if (layout.settings.RELEASE_STANDBY && record && !state.standby && existsSync(path.join(layout.dirOf(record.id), 'lib', 'serve', 'standby.mjs'))) {
    try {
      const standby = await startServers(layout, record.id, record.commit, 'standby');
      if (await answering(standby, count)) {
        state = { ...layout.state(), standby };
        layout.saveState(state);
      } else await stopServers(standby.pids, layout.releases);
    } catch (error) {
      console.warn(`The release before (${record.id}) could not be kept ready: a rollback to it starts its servers. ${(error as Error).message}`);
    }
  }
  removeStaleSockets(layout, state);
  // The pages a switch cut short left unrefreshed in nginx's cache (the old servers let go of nginx above).
  await refreshOwed(layout);
}

/**
 * Puts a built release online, in place of the live one (or, resuming, starts the live one again).
 * The release's servers are those in standby when it is the standby's (a rollback: nothing starts),
 * or new ones; the live ones become the standby, or stop.
 */
export async function switchTo(layout: Layout, id: string, how: 'release' | 'rollback' | 'resume'): Promise<SwitchResult> {
  const started = Date.now();
  const state = layout.state();
  const record = state.releases.find((release) => release.id === id);
  if (!record || !layout.isBuilt(id)) throw new Error(`release ${id} is not built here`);
  const previous = state.live;
  const count = layout.liveSockets.length;
  // Servers a switch cut short left behind (the live ones and the standby are left alone).
  await stopOtherServers(layout, recorded(state));
  const standby = how !== 'resume' && state.standby?.id === id && (await answering(state.standby, count)) ? state.standby : undefined;
  const warm = standby !== undefined && (await setMode(standby.pids, standby.sockets, 'live', layout.releases));
  // A standby that is not this release's is not needed any more (the live servers take its place):
  // stopped before others start, so that never more than two sets of servers share the memory.
  if (!warm && how !== 'resume' && state.standby) {
    layout.saveState({ ...layout.state(), standby: undefined });
    await stopOtherServers(layout, previous?.pids ?? []);
  }
  let servers: Servers;
  try {
    servers = standby && warm ? standby : await startServers(layout, id, record.commit, 'live');
  } catch (error) {
    await keepReady(layout);
    throw error;
  }
  try {
    ensureNginx(layout);
  } catch (error) {
    if (warm) await setMode(servers.pids, servers.sockets, 'standby', layout.releases);
    else await stopServers(servers.pids, layout.releases);
    throw error;
  }
  // The live servers become the standby, if they can (a build that knows no standby cannot).
  const demoted = layout.settings.RELEASE_STANDBY && how !== 'resume' && previous && previous.id !== id && (await answering(previous, count)) ? previous : undefined;
  // The pages it changes, recorded before anything moves: a switch cut short from here on leaves them to the next start.
  const before = layout.state();
  const refresh = how === 'resume' ? before.refresh : [...before.refresh, { from: previous?.id, to: id }];
  if (how !== 'resume') layout.saveState({ ...before, refresh });
  // The switch itself: each socket nginx uses now leads to a server of the release, then recorded at
  // once, so that a process stopped from here on finds the new release live when it starts again (--resume).
  servers.sockets.forEach((socket, index) => pointAt(layout, index, socket));
  const live: Live = { ...servers, since: how === 'resume' && previous ? previous.since : new Date().toISOString() };
  const nextStandby = demoted ? { id: demoted.id, commit: demoted.commit, pids: demoted.pids, sockets: demoted.sockets } : how === 'resume' ? state.standby : undefined;
  layout.saveState({
    ...state,
    live,
    standby: nextStandby,
    refresh,
    history: how === 'resume' ? state.history : [{ id, commit: record.commit, from: live.since, how }, ...state.history].slice(0, 200),
  });
  // The old live servers let go of nginx before its cache is refreshed (it must not store a page of
  // theirs): in standby, they close the connections nginx keeps to them (its next request opens one to
  // the new); else they finish what they hold and stop. Whatever else runs of ours stops.
  if (demoted && !(await setMode(demoted.pids, demoted.sockets, 'standby', layout.releases))) layout.saveState({ ...layout.state(), standby: undefined });
  await stopOtherServers(layout, recorded(layout.state()));
  const refreshed = await refreshOwed(layout);
  // <root>/current: the release online, whose release system the service runs.
  const link = path.join(layout.root, `current.${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(path.join('releases', id), link);
  renameSync(link, path.join(layout.root, 'current'));
  const seconds = (Date.now() - started) / 1000;
  // What else must know (a CDN in front of nginx to purge, a monitor): the administrator's command, given the release.
  if (layout.settings.RELEASE_AFTER_SWITCH) {
    try {
      execFileSync('sh', ['-c', layout.settings.RELEASE_AFTER_SWITCH], { stdio: 'inherit', timeout: 120_000, env: { ...process.env, RELEASE_ID: id, RELEASE_COMMIT: record.commit } });
    } catch (error) {
      console.warn(`RELEASE_AFTER_SWITCH failed (the release is online all the same): ${(error as Error).message}`);
    }
  }
  // The release online before, ready for a rollback (started now only if its servers were not running).
  await keepReady(layout);
  return { live, seconds, refreshed, warm };
}

/**
 * Keeps ready the releases last online (RELEASE_KEEP of them, the live one among them) and those
 * built for `alsoKeep` commits (scheduled publications); removes the others, and the assets only
 * they used.
 */
export function prune(layout: Layout, alsoKeep: ReadonlySet<string> = new Set()) {
  const state = layout.state();
  const lastOnline = [...new Set(state.history.map((entry) => entry.id))].filter((id) => layout.isBuilt(id)).slice(0, layout.settings.RELEASE_KEEP);
  const keep = new Set([
    ...lastOnline,
    ...(state.live ? [state.live.id] : []),
    ...(state.standby ? [state.standby.id] : []),
    ...state.releases.filter((release) => alsoKeep.has(release.commit)).map((release) => release.id),
  ]);
  // A release built but never online yet, and not waiting for its minute, is the newest publication's: kept too.
  const newest = state.releases[0];
  if (newest && !state.history.some((entry) => entry.id === newest.id)) keep.add(newest.id);
  // The release whose release system is running now (the service runs <root>/current's): its files stay while it runs.
  const running = path.relative(realpathSync(layout.releases), realpathSync(fileURLToPath(import.meta.url))).split(path.sep)[0];
  if (running && running !== '..' && !path.isAbsolute(running)) keep.add(running);
  for (const entry of readdirSync(layout.releases)) if (!keep.has(entry)) rmSync(layout.dirOf(entry), { recursive: true, force: true });
  layout.saveState({ ...state, releases: state.releases.filter((release) => keep.has(release.id)) });
  // The assets the kept releases use; the others go.
  const walk = (dir: string, base = ''): string[] =>
    readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(dir, path.join(base, entry.name)) : [path.join(base, entry.name)]));
  const used = new Set<string>();
  for (const id of keep) {
    try {
      for (const file of walk(path.join(layout.dirOf(id), '.next', 'static'))) used.add(file);
    } catch {
      // A release without assets of its own.
    }
  }
  for (const file of walk(layout.assets)) if (!used.has(file)) rmSync(path.join(layout.assets, file), { force: true });
}
