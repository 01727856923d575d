import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Layout, ReleaseRecord } from './layout';

/**
 * A release: a clean checkout of one commit in a directory of its own, its packages and caches
 * taken from the previous release where they still fit (publishing one page does not check two
 * thousand again), built by the project's own `npm run build` (the content check, the build's own
 * checks), its hashed assets added to those every kept release serves.
 */

/** A command in a release's directory, its output shown as it comes, refused on failure with its last lines. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => {
      process.stdout.write(chunk);
      tail = `${tail}${chunk.toString()}`.slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${tail.trim().split('\n').slice(-15).join('\n')}`))));
  });
}

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/** The newest release built before, to take packages and caches from. */
function previousBuilt(layout: Layout): ReleaseRecord | undefined {
  return layout.state().releases.find((release) => layout.isBuilt(release.id));
}

/** Builds a commit into a release of its own; answers its record. A failure leaves nothing half-built behind. */
export async function buildRelease(layout: Layout, commit: string, now = new Date()): Promise<ReleaseRecord> {
  const started = Date.now();
  const id = `${stamp(now)}-${commit.slice(0, 10)}`;
  const dir = layout.dirOf(id);
  mkdirSync(dir, { recursive: true });
  try {
    // A clean checkout of the commit: its files, nothing else.
    const archive = execFileSync('git', ['--git-dir', layout.settings.repo, 'archive', '--format=tar', '--end-of-options', commit], { maxBuffer: 1024 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive, maxBuffer: 1024 * 1024 * 1024 });

    const previous = previousBuilt(layout);
    const previousDir = previous && layout.dirOf(previous.id);
    // The same packages as the previous release (or, for the first, as RELEASE_PACKAGES_FROM): hard-linked (seconds, no space).
    const packagesFrom = [previousDir, layout.settings.RELEASE_PACKAGES_FROM].find(
      (candidate) =>
        candidate &&
        existsSync(path.join(candidate, 'node_modules')) &&
        existsSync(path.join(candidate, 'package-lock.json')) &&
        readFileSync(path.join(candidate, 'package-lock.json'), 'utf8') === readFileSync(path.join(dir, 'package-lock.json'), 'utf8'),
    );
    if (packagesFrom) execFileSync('cp', ['-al', path.join(packagesFrom, 'node_modules'), path.join(dir, 'node_modules')]);
    else await run('npm', ['install', '--no-audit', '--no-fund'], dir);
    if (previousDir && existsSync(path.join(previousDir, '.next', 'cache'))) {
      // The content check's parse cache and verdict, and Next.js's own build cache: copied, since a build writes in them.
      cpSync(path.join(previousDir, '.next', 'cache'), path.join(dir, '.next', 'cache'), { recursive: true });
    }
    // Built at a lower priority than the servers answering visitors meanwhile, on the same cores.
    await run('nice', ['-n', '10', 'npm', 'run', 'build'], dir, { RELEASE_COMMIT: commit, NEXT_TELEMETRY_DISABLED: '1', ...(layout.settings.SITE_URL ? { SITE_URL: layout.settings.SITE_URL } : {}) });
    // Hashed names never clash: every kept release's assets side by side, for nginx to serve.
    cpSync(path.join(dir, '.next', 'static'), path.join(layout.assets), { recursive: true, force: false, errorOnExist: false });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { id, commit, builtAt: now.toISOString(), seconds: Math.round((Date.now() - started) / 1000) };
}
