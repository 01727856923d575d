import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderNginxConfig } from '../scripts/nginx-config.mjs';
import { isAlive, type Layout, type Live, type ReleaseState } from './layout';
import { healthy, portIsFree, startServer, stopServers } from './servers';

/**
 * The switch: the new release's servers start beside the live ones and answer their health check,
 * nginx is pointed at them and reloaded gracefully (its old workers finish their requests), then the
 * old servers finish theirs and stop. No request is refused at any moment.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The ports of the set the live release does not use: two sets alternate. */
function portsFor(layout: Layout, live: Live | undefined): number[] {
  const { RELEASE_SERVERS: count, RELEASE_PORT_BASE: base } = layout.settings;
  const sets = [0, 1].map((set) => Array.from({ length: count }, (_, i) => base + set * count + i));
  return sets.find((ports) => !live?.ports.some((port) => ports.includes(port))) ?? (sets[0] as number[]);
}

/** Writes nginx's configuration for a release's servers and has nginx read it again; nothing when nginx is not managed here. */
function pointNginx(layout: Layout, id: string, ports: number[]) {
  const settings = layout.settings;
  if (!settings.RELEASE_NGINX_CONF) return;
  const config = renderNginxConfig({
    listen: settings.RELEASE_NGINX_LISTEN,
    upstream: ports.map((port) => `127.0.0.1:${port}`).join(','),
    prefix: settings.RELEASE_NGINX_PREFIX,
    user: settings.RELEASE_NGINX_USER,
    release: id,
    assets: layout.assets,
  });
  mkdirSync(settings.RELEASE_NGINX_PREFIX, { recursive: true });
  const temporary = `${settings.RELEASE_NGINX_CONF}.${process.pid}.tmp`;
  writeFileSync(temporary, config);
  // nginx must accept the configuration before it replaces the one in use.
  const test = ['nginx', '-t', '-q', '-p', settings.RELEASE_NGINX_PREFIX, '-c', temporary];
  execFileSync(test[0] as string, test.slice(1), { stdio: 'inherit' });
  writeFileSync(settings.RELEASE_NGINX_CONF, config);
  rmSync(temporary, { force: true });
  if (settings.RELEASE_NGINX_RELOAD) {
    execFileSync('sh', ['-c', settings.RELEASE_NGINX_RELOAD], { stdio: 'inherit' });
    return;
  }
  // nginx run by the release system itself: reloaded gracefully when it runs, started when it does not.
  const nginx = ['-p', settings.RELEASE_NGINX_PREFIX, '-c', settings.RELEASE_NGINX_CONF];
  let running = false;
  try {
    // (`nginx -t` leaves an empty pid file behind: only a number is a running nginx.)
    const pid = Number(readFileSync(path.join(settings.RELEASE_NGINX_PREFIX, 'nginx.pid'), 'utf8').trim());
    running = pid > 0 && isAlive(pid);
  } catch {
    running = false;
  }
  execFileSync('nginx', running ? [...nginx, '-s', 'reload'] : nginx, { stdio: 'inherit' });
}

export interface SwitchResult {
  live: Live;
  seconds: number;
}

/** Puts a built release online, in place of the live one. */
export async function switchTo(layout: Layout, id: string, how: 'release' | 'rollback' | 'resume'): Promise<SwitchResult> {
  const started = Date.now();
  const state = layout.state();
  const record = state.releases.find((release) => release.id === id);
  if (!record || !layout.isBuilt(id)) throw new Error(`release ${id} is not built here`);
  const previous = how === 'resume' ? undefined : state.live;
  const ports = how === 'resume' && state.live ? state.live.ports : portsFor(layout, previous);
  const dir = layout.dirOf(id);
  // Resuming: whatever is left of the live release's servers makes way first.
  if (how === 'resume' && state.live) await stopServers(state.live.pids, layout.releases);
  for (const port of ports)
    if (!(await portIsFree(port))) throw new Error(`port ${port} is taken (a server left by an interrupted switch?): npm run release -- --status, then deploy/README.md, "Recovering by hand"`);
  const pids = ports.map((port) => startServer(dir, port, id).pid ?? 0);
  try {
    await Promise.all(ports.map((port) => healthy(port, record.commit)));
  } catch (error) {
    await stopServers(pids, layout.releases);
    throw error;
  }
  try {
    pointNginx(layout, id, ports);
  } catch (error) {
    // nginx still sends visitors to the live servers: the new ones go.
    await stopServers(pids, layout.releases);
    throw error;
  }
  if (previous) {
    // nginx's old workers finish the requests they hold with the old servers; then those stop, answering theirs.
    await sleep(1000);
    await stopServers(previous.pids, layout.releases);
  }
  // <root>/current: the release online, whose release system the repository's hook runs.
  const link = path.join(layout.root, `current.${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(path.join('releases', id), link);
  renameSync(link, path.join(layout.root, 'current'));
  // What else must know (a CDN in front of nginx to purge, a monitor): the administrator's command, given the release.
  if (layout.settings.RELEASE_AFTER_SWITCH) {
    try {
      execFileSync('sh', ['-c', layout.settings.RELEASE_AFTER_SWITCH], { stdio: 'inherit', env: { ...process.env, RELEASE_ID: id, RELEASE_COMMIT: record.commit } });
    } catch (error) {
      console.warn(`RELEASE_AFTER_SWITCH failed (the release is online all the same): ${(error as Error).message}`);
    }
  }
  const live: Live = { id, commit: record.commit, ports, pids, since: new Date().toISOString() };
  const next: ReleaseState = { ...state, live, history: [{ id, commit: record.commit, from: live.since, how }, ...state.history].slice(0, 200) };
  layout.saveState(next);
  return { live, seconds: (Date.now() - started) / 1000 };
}

/**
 * Keeps ready the releases last online (RELEASE_KEEP of them, the live one among them) and those
 * built for `alsoKeep` commits (scheduled publications); removes the others, and the assets only
 * they used.
 */
export function prune(layout: Layout, alsoKeep: ReadonlySet<string> = new Set()) {
  const state = layout.state();
  const lastOnline = [...new Set(state.history.map((entry) => entry.id))].filter((id) => layout.isBuilt(id)).slice(0, layout.settings.RELEASE_KEEP);
  const keep = new Set([...lastOnline, ...(state.live ? [state.live.id] : []), ...state.releases.filter((release) => alsoKeep.has(release.commit)).map((release) => release.id)]);
  // A release built but never online yet, and not waiting for its minute, is the newest publication's: kept too.
  const newest = state.releases[0];
  if (newest && !state.history.some((entry) => entry.id === newest.id)) keep.add(newest.id);
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
