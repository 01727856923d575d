import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * Where the releases of the public site live on a machine, and what is live:
 *
 *   <root>/releases/<id>/   one checkout of a commit each, built and verified (the last five kept)
 *   <root>/assets/          the hashed assets (CSS…) of every kept release, served by nginx
 *   <root>/sockets/         the servers' Unix sockets, and site-N.sock: links to the live ones, which nginx sends requests to
 *   <root>/current          the live release's directory
 *   <root>/state.json       which release is live, its servers, and what happened when
 *   <root>/release.lock     one release or rollback at a time
 *
 * Settings come from the environment (RELEASE_*), checked at start.
 */

const settings = z.object({
  RELEASE_ROOT: z.string().default('/srv/inserm-site'),
  /** The published repository on this machine: the bare repository publications are pushed to (its hook starts releases), or a copy of RELEASE_REMOTE. */
  RELEASE_REPO: z.string().optional(),
  /** Where the published repository is, when it is not on this machine (several machines behind a load balancer): any git URL, fetched before each release. */
  RELEASE_REMOTE: z.string().optional(),
  RELEASE_BRANCH: z.string().default('main'),
  /** Node servers per release, each on its own Unix socket; one per core by default. */
  RELEASE_SERVERS: z.coerce.number().int().min(1).max(32).default(Math.max(1, cpus().length)),
  /** nginx: the configuration file to write, and how to make nginx read it again (gracefully). */
  RELEASE_NGINX_CONF: z.string().optional(),
  RELEASE_NGINX_RELOAD: z.string().optional(),
  RELEASE_NGINX_LISTEN: z.string().default('80'),
  RELEASE_NGINX_PREFIX: z.string().default('/var/lib/inserm-nginx'),
  RELEASE_NGINX_USER: z.string().optional(),
  /** nginx's refresh door, on the loopback: after a switch, each page that changed is asked through it (deploy/nginx.conf.template). */
  RELEASE_NGINX_REFRESH: z
    .string()
    .regex(/^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost):\d{1,5}$/, 'an address of the loopback and a port, such as 127.0.0.1:8089 (the refresh door bypasses the cache: never public)')
    .default('127.0.0.1:8089'),
  /** The names visitors reach the site by (the Host nginx's cache is keyed by): the pages that changed are refreshed under each. Default: SITE_URL's. */
  RELEASE_PUBLIC_HOSTS: z.string().optional(),
  /** The public origin (canonical URLs, sitemap), passed to the build. */
  SITE_URL: z.string().optional(),
  /** A command run after each switch, given RELEASE_ID and RELEASE_COMMIT (a CDN's purge, a monitor's notice). */
  RELEASE_AFTER_SWITCH: z.string().optional(),
  /** How often the watcher fetches RELEASE_REMOTE, in seconds (a repository on this machine is read every second). */
  RELEASE_WATCH_SECONDS: z.coerce.number().min(1).default(5),
  /** A checkout whose packages the first release takes (hard-linked) when its package-lock.json is the same, instead of installing them. */
  RELEASE_PACKAGES_FROM: z.string().optional(),
  /** How many releases stay ready for a rollback. */
  RELEASE_KEEP: z.coerce.number().int().min(2).default(5),
  /** 1: the servers of the release online before the live one keep running, in standby, so that a rollback to it starts nothing (twice the servers' memory); 0: they stop at the switch. */
  RELEASE_STANDBY: z
    .enum(['0', '1'])
    .default('1')
    .transform((value) => value === '1'),
});
export type ReleaseSettings = z.output<typeof settings> & { repo: string };

/** A server's own socket, under <root>/sockets: `token` (8 hex digits) names the servers started together. */
const serverSocketName = (token: string, index: number) => `s-${token}-${index}.sock`;
/** The names serverSocketName gives (and nothing else in <root>/sockets: nginx's links are site-N.sock). */
export const SERVER_SOCKET = /^s-[0-9a-f]{8}-\d+\.sock$/;

export function readSettings(env: NodeJS.ProcessEnv): ReleaseSettings {
  const result = settings.safeParse(env);
  if (!result.success) throw new Error(`Release settings: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  // Paths from here on are absolute: the release system works from its root, whatever directory it was started in.
  const absolute = (value: string | undefined) => (value === undefined ? undefined : path.resolve(value));
  const data = result.data;
  // A Unix socket's path holds at most 107 bytes: the longest of a server's must fit.
  const longest = path.join(path.resolve(data.RELEASE_ROOT), 'sockets', serverSocketName('ffffffff', data.RELEASE_SERVERS - 1));
  if (Buffer.byteLength(longest) > 107) throw new Error(`Release settings: RELEASE_ROOT is too long for the servers' Unix sockets (${longest}: ${Buffer.byteLength(longest)} bytes, 107 at most)`);
  return {
    ...data,
    RELEASE_ROOT: path.resolve(data.RELEASE_ROOT),
    RELEASE_REPO: absolute(data.RELEASE_REPO),
    RELEASE_NGINX_CONF: absolute(data.RELEASE_NGINX_CONF),
    RELEASE_NGINX_PREFIX: path.resolve(data.RELEASE_NGINX_PREFIX),
    RELEASE_PACKAGES_FROM: absolute(data.RELEASE_PACKAGES_FROM),
    RELEASE_REMOTE: data.RELEASE_REMOTE && /^[./]/.test(data.RELEASE_REMOTE) ? path.resolve(data.RELEASE_REMOTE) : data.RELEASE_REMOTE,
    repo: data.RELEASE_REPO ? path.resolve(data.RELEASE_REPO) : path.join(path.resolve(data.RELEASE_ROOT), 'repo.git'),
  };
}

const releaseRecord = z.object({
  id: z.string(),
  commit: z.string(),
  builtAt: z.string(),
  /** Seconds the build and its verification took. */
  seconds: z.number(),
});
export type ReleaseRecord = z.output<typeof releaseRecord>;

/** The servers of a release running here: their processes and the sockets they listen on (one each, in order). */
const serversRecord = z.object({
  id: z.string(),
  commit: z.string(),
  pids: z.array(z.number()),
  sockets: z.array(z.string()).default([]),
});
export type Servers = z.output<typeof serversRecord>;
const liveRecord = serversRecord.extend({ since: z.string() });
export type Live = z.output<typeof liveRecord>;

const stateSchema = z.object({
  live: liveRecord.optional(),
  /** The servers of the release online before, kept running for a rollback (RELEASE_STANDBY). */
  standby: serversRecord.optional(),
  releases: z.array(releaseRecord).default([]),
  /** Which commit was online when, newest first. */
  history: z.array(z.object({ id: z.string(), commit: z.string(), from: z.string(), how: z.enum(['release', 'rollback', 'resume']) })).default([]),
  /**
   * The commits that failed to build or verify, and why, newest first. The watcher tries one again a
   * minute, then five minutes later (a busy machine, a network error), then no more: npm run release does.
   */
  failures: z.array(z.object({ commit: z.string(), at: z.string(), reason: z.string(), attempts: z.number().int().min(1).default(1) })).default([]),
  /**
   * The refreshes a switch owes nginx's cache: the addresses that differ between two releases (`from`
   * absent: every address of `to`). Recorded before nginx's links move, cleared once asked: a start
   * (--resume, the watcher) asks those a switch cut short left unasked, whichever release is live.
   */
  refresh: z.array(z.object({ from: z.string().optional(), to: z.string() })).default([]),
  /** After a rollback, the published branch's commit it went back from: not released again until a new publication. */
  pinned: z.string().optional(),
  /** The rollback requests (refs/rollback/*) already answered. */
  answered: z.array(z.string()).default([]),
});
export type ReleaseState = z.output<typeof stateSchema>;

export class Layout {
  constructor(readonly settings: ReleaseSettings) {
    mkdirSync(this.releases, { recursive: true });
    mkdirSync(this.assets, { recursive: true });
    mkdirSync(this.sockets, { recursive: true });
  }

  get root() {
    return this.settings.RELEASE_ROOT;
  }
  get releases() {
    return path.join(this.root, 'releases');
  }
  get assets() {
    return path.join(this.root, 'assets');
  }
  get sockets() {
    return path.join(this.root, 'sockets');
  }
  /** The sockets nginx sends requests to: each a link to a live server's own socket. */
  socket(index: number) {
    return path.join(this.sockets, `site-${index}.sock`);
  }
  /** A socket of its own for each server started (short: a socket's path holds at most 107 bytes). */
  serverSockets(): string[] {
    const token = randomBytes(4).toString('hex');
    return this.liveSockets.map((_, index) => path.join(this.sockets, serverSocketName(token, index)));
  }
  get liveSockets() {
    return Array.from({ length: this.settings.RELEASE_SERVERS }, (_, index) => this.socket(index));
  }
  /** The release a rollback goes back to by default: the one online before the live one, still built. */
  releaseBefore(state: ReleaseState): ReleaseRecord | undefined {
    const before = state.history.find((entry) => entry.id !== state.live?.id && this.isBuilt(entry.id));
    return before && state.releases.find((release) => release.id === before.id);
  }
  /** The names the site is reached by. */
  get publicHosts(): string[] {
    const hosts = this.settings.RELEASE_PUBLIC_HOSTS ?? new URL(this.settings.SITE_URL ?? 'https://international.inserm.fr').host;
    return hosts
      .split(',')
      .map((host) => host.trim())
      .filter(Boolean);
  }
  dirOf(id: string) {
    return path.join(this.releases, id);
  }
  private get stateFile() {
    return path.join(this.root, 'state.json');
  }

  /**
   * What is live and kept. Nothing yet only when the file does not exist: a file that cannot be read
   * or understood stops everything (taken for empty, it would leave the live servers running
   * unrecorded and let the releases be pruned, the live one among them).
   */
  state(): ReleaseState {
    let text: string;
    try {
      text = readFileSync(this.stateFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return stateSchema.parse({});
      throw error;
    }
    const parsed = stateSchema.safeParse(
      (() => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return undefined;
        }
      })(),
    );
    if (!parsed.success) throw new Error(`${this.stateFile} cannot be read as the release system's state; nothing is done until it is mended (deploy/README.md, "Recovering by hand")`);
    return parsed.data;
  }

  saveState(state: ReleaseState) {
    const temporary = `${this.stateFile}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(state, null, 1)}\n`);
    renameSync(temporary, this.stateFile);
  }

  /**
   * Runs `task` holding the release lock: one release or rollback at a time, on this machine. A
   * command that finds it taken waits its turn (a publication arriving during another's build is
   * released right after it), up to `waitSeconds`.
   *
   * The lock is the kernel's, taken by flock(1) on `release.lock` and held while that flock lives;
   * it lives while its standard input is open: closed by this process once the task is done, or by
   * the kernel when this process dies, however it dies. No lock is ever left behind to be judged
   * stale. (Node.js has no flock of its own; util-linux's is on every machine the site runs on.)
   */
  async locked<T>(task: () => Promise<T>, waitSeconds = 30 * 60, onWait?: (holder: number) => void): Promise<T> {
    const lock = path.join(this.root, 'release.lock');
    mkdirSync(this.root, { recursive: true });
    const holding = spawn('flock', ['--exclusive', '--wait', String(waitSeconds), '--', lock, 'sh', '-c', 'echo held; exec cat > /dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => holding.once('close', resolve));
    const taken = new Promise<boolean>((resolve) => {
      holding.stdout.once('data', () => resolve(true));
      void exited.then(() => resolve(false));
    });
    // Not taken within a second: someone else holds it, and says who in the file.
    const holderNow = () => {
      try {
        return readFileSync(lock, 'utf8').trim();
      } catch {
        return '';
      }
    };
    const told = setTimeout(() => onWait?.(Number(holderNow()) || 0), 1000);
    const held = await taken;
    clearTimeout(told);
    if (!held) {
      const holder = holderNow();
      throw new Error(`Another release is under way${holder ? ` (process ${holder})` : ''} since more than ${waitSeconds} s: ${lock}`);
    }
    // Who holds it, for whoever waits (the lock itself is flock's, not this text).
    writeFileSync(lock, `${process.pid}\n`);
    try {
      return await task();
    } finally {
      holding.stdin.end();
      await exited;
    }
  }

  /** Whether a release's directory holds a finished build. */
  isBuilt(id: string) {
    return existsSync(path.join(this.dirOf(id), '.next', 'BUILD_ID')) && existsSync(path.join(this.dirOf(id), '.next', 'release.json'));
  }
}

export function isAlive(pid: number): boolean {
  // 0 and negative numbers name process groups, not a process.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A process that has ended but whose parent has not yet read its exit (a zombie) is gone all the same.
  try {
    return !/^\d+ \(.*\) Z /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}
