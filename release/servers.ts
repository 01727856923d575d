import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { freePort } from '../lib/free-port';
import { whyNotVisible } from '../lib/serve/visible.mjs';
import { isAlive } from './layout';

/** The Node servers of a release: started in its directory, checked, stopped without dropping a request. */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where a server listens: a Unix socket (behind nginx), or a port of 127.0.0.1 (a verification). */
export type Listen = { socket: string } | { port: number };

/** What a server says of itself at /_release: its commit and, if it can go in standby and back (lib/serve/standby.mjs), its mode. */
interface ServerAnswer {
  commit?: string;
  mode?: 'live' | 'standby';
  /** In standby, the connections it still holds besides the one asking. */
  connections?: number;
}

/** What the server at `where` says of itself, if it answers within two seconds. */
export function describeServer(where: Listen): Promise<ServerAnswer | undefined> {
  return new Promise((resolve) => {
    const request = get({ ...('socket' in where ? { socketPath: where.socket } : { host: '127.0.0.1', port: where.port }), path: '/_release', agent: false, timeout: 2000 }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        try {
          resolve(response.statusCode === 200 ? (JSON.parse(body) as ServerAnswer) : undefined);
        } catch {
          resolve(undefined);
        }
      });
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}

/** Which commit the server at `where` says it serves, if it answers within two seconds. */
export async function serving(where: Listen): Promise<string | undefined> {
  return (await describeServer(where))?.commit ?? undefined;
}

const named = (where: Listen) => ('socket' in where ? where.socket : `port ${where.port}`);

/** Waits until the server at `where` says it serves `commit`. */
export async function healthy(where: Listen, commit: string, seconds = 60): Promise<void> {
  for (let waited = 0; waited < seconds * 4; waited += 1) {
    if ((await serving(where)) === commit) return;
    await sleep(250);
  }
  throw new Error(`the server on ${named(where)} did not answer for ${commit.slice(0, 10)} within ${seconds} s`);
}

/**
 * Starts one server of a release, on its own (it outlives this command), its log in the release's
 * directory (`log`.log); in standby if asked (lib/serve/standby.mjs).
 */
export function startServer(dir: string, where: Listen, id: string, log: string, mode: 'live' | 'standby' = 'live'): ChildProcess {
  const output = openSync(path.join(dir, `${log}.log`), 'a');
  const child = spawn(process.execPath, ['server.mjs'], {
    cwd: dir,
    env: {
      ...process.env,
      ...('socket' in where ? { SOCKET: where.socket } : { PORT: String(where.port), HOSTNAME: '127.0.0.1' }),
      RELEASE_ID: id,
      RELEASE_MODE: mode,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', output, output],
    detached: true,
  });
  child.unref();
  return child;
}

/**
 * Whether a process is one of the servers a release system started (`startServer` gives each a
 * RELEASE_ID) working in a directory under `under`: a process number recorded before a machine
 * restarted may now be anyone's, and is never signalled on faith.
 */
function isServerUnder(pid: number, under: string): boolean {
  try {
    const root = realpathSync(under);
    const cwd = readlinkSync(`/proc/${pid}/cwd`);
    const environment = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    return (cwd === root || cwd.startsWith(root + path.sep)) && environment.some((entry) => entry.startsWith('RELEASE_ID='));
  } catch {
    return false;
  }
}

/** The socket a server of ours listens on (the SOCKET it was started with), if it can be read. */
export function socketOf(pid: number): string | undefined {
  try {
    const entry = readFileSync(`/proc/${pid}/environ`, 'utf8')
      .split('\0')
      .find((line) => line.startsWith('SOCKET='));
    return entry?.slice('SOCKET='.length);
  } catch {
    return undefined;
  }
}

/** The servers of releases under `under` running on this machine, whoever recorded them (or nobody: a switch cut short). */
export function serversUnder(under: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => pid !== process.pid && isServerUnder(pid, under));
}

/** Stops servers gracefully (they finish what they are answering), and waits until they are gone; only our servers working under `under`. */
export async function stopServers(all: number[], under: string, seconds = 20): Promise<void> {
  const pids = all.filter((pid) => pid > 0 && pid !== process.pid && isServerUnder(pid, under));
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  for (let waited = 0; waited < seconds * 4 && pids.some(isAlive); waited += 1) await sleep(250);
  for (const pid of pids.filter(isAlive)) process.kill(pid, 'SIGKILL');
}

/**
 * Puts running servers of ours in standby or live again (SIGUSR2, SIGHUP: lib/serve/standby.mjs), and
 * waits until each says so — in standby, holding no connection any more. Answers whether they all did
 * within `seconds`; only servers of ours working under `under`, and able to, are signalled.
 */
export async function setMode(pids: readonly number[], sockets: readonly string[], mode: 'live' | 'standby', under: string, seconds = 20): Promise<boolean> {
  if (pids.length === 0 || pids.length !== sockets.length || !pids.every((pid) => isServerUnder(pid, under))) return false;
  // A server of a build that knows no standby would take either signal for an order to stop.
  if (!(await Promise.all(sockets.map((socket) => describeServer({ socket })))).every((answer) => answer?.mode !== undefined)) return false;
  for (const pid of pids) {
    try {
      process.kill(pid, mode === 'live' ? 'SIGHUP' : 'SIGUSR2');
    } catch {
      return false; // Gone meanwhile.
    }
  }
  const done = (answer: ServerAnswer | undefined) => answer?.mode === mode && (mode === 'live' || answer.connections === 0);
  for (let waited = 0; waited < seconds * 20; waited += 1) {
    if ((await Promise.all(sockets.map((socket) => describeServer({ socket })))).every(done)) return true;
    if (!pids.every(isAlive)) return false;
    await sleep(50);
  }
  return false;
}

/**
 * Verifies a built release before anyone sees it: a server of its own on a spare port, every
 * prerendered address (every page of both languages among them) asked once — the status the build
 * recorded, no script, each page showing its content. Answers what is wrong (nothing: it may go live).
 */
export async function verifyRelease(dir: string, commit: string): Promise<string[]> {
  const port = await freePort();
  const server = startServer(dir, { port }, 'verification', 'verification');
  const problems: string[] = [];
  try {
    await healthy({ port }, commit);
    const manifest = JSON.parse(readFileSync(path.join(dir, '.next', 'prerendered-manifest.json'), 'utf8')) as { responses: Record<string, { status: number; headers: Record<string, string> }> };
    const addresses = Object.entries(manifest.responses);
    if (!addresses.some(([address]) => address === '/fr') || !addresses.some(([address]) => address === '/en')) problems.push('the home pages are not among the prerendered addresses');
    for (const [address, recorded] of addresses) {
      const response = await fetch(`http://127.0.0.1:${port}${address}`, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
      if (response.status !== recorded.status) {
        problems.push(`${address}: ${response.status} instead of ${recorded.status}`);
        continue;
      }
      if (!/^text\/html/.test(response.headers.get('content-type') ?? '')) {
        await response.arrayBuffer();
        continue;
      }
      const html = await response.text();
      // Scripts included: a page shows itself and does nothing else (lib/serve/inert.mjs).
      for (const reason of whyNotVisible(html)) problems.push(`${address}: ${reason}`);
    }
  } catch (error) {
    problems.push((error as Error).message);
  } finally {
    if (server.pid) await stopServers([server.pid], dir);
  }
  return problems;
}
