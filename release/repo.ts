import { execFileSync } from 'node:child_process';
import { hostname } from 'node:os';
import { RELEASE_NOTES_REF, type ReleaseEvent } from '../lib/editorial/releases';
import type { Layout } from './layout';

/**
 * The release system's git: the published repository (the bare repository publications are pushed
 * to, or this machine's copy of it when RELEASE_REMOTE names another), and what the release system
 * says back to it — one line per event in git notes on the commit concerned (refs/notes/releases):
 * online, failed and why, prepared, rolled back. The studio reads them from the remote.
 */

const NOTES_REF = RELEASE_NOTES_REF;
const ZERO = /^0+$/;

function git(layout: Layout, args: string[], input?: string): string {
  return execFileSync('git', ['--git-dir', layout.settings.repo, ...args], { encoding: 'utf8', input, maxBuffer: 512 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Takes what the remote has (published branch, scheduled publications, rollback requests, notes), when the repository is a copy. */
export function fetchRemote(layout: Layout) {
  const remote = layout.settings.RELEASE_REMOTE;
  if (!remote) return;
  git(layout, ['fetch', '--quiet', '--no-tags', '--prune', '--end-of-options', remote, '+refs/heads/*:refs/heads/*', '+refs/scheduled/*:refs/scheduled/*', '+refs/rollback/*:refs/rollback/*']);
  fetchNotes(layout);
}

function fetchNotes(layout: Layout) {
  const remote = layout.settings.RELEASE_REMOTE;
  if (!remote) return;
  try {
    git(layout, ['fetch', '--quiet', '--no-tags', '--end-of-options', remote, `+${NOTES_REF}:refs/notes/releases-remote`]);
  } catch {
    return; // No note there yet.
  }
  // Lines from several machines: kept all, sorted, once each.
  git(layout, ['notes', '--ref', NOTES_REF, 'merge', '--quiet', '-s', 'cat_sort_uniq', 'refs/notes/releases-remote']);
}

/** The commit a name (a branch, a tag, a commit) points to in the published repository. */
export function resolveCommit(layout: Layout, name: string = layout.settings.RELEASE_BRANCH): string {
  if (ZERO.test(name)) throw new Error(`${name} is no commit`);
  return git(layout, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`]).trim();
}

/** What the repository asks: the published branch's commit, the scheduled publications', the rollback requests'. */
export function refsToWatch(layout: Layout): { branch?: string; scheduled: { ref: string; commit: string }[]; rollback: { ref: string; commit: string }[] } {
  const branchRef = `refs/heads/${layout.settings.RELEASE_BRANCH}`;
  const listed = git(layout, ['for-each-ref', '--format=%(refname) %(objectname)', branchRef, 'refs/scheduled/', 'refs/rollback/'])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [ref = '', commit = ''] = line.split(' ');
      return { ref, commit };
    });
  return {
    branch: listed.find(({ ref }) => ref === branchRef)?.commit,
    scheduled: listed.filter(({ ref }) => ref.startsWith('refs/scheduled/')),
    // Oldest request first: the names are the moments they were made.
    rollback: listed.filter(({ ref }) => ref.startsWith('refs/rollback/')).sort((a, b) => Number(a.ref.split('/').pop()) - Number(b.ref.split('/').pop())),
  };
}

/** Records an event on a commit, and hands it to the remote (where the studio reads it); never fails the release it reports on. */
export function recordEvent(layout: Layout, commit: string, event: Omit<ReleaseEvent, 'at' | 'machine'>, at = new Date()) {
  const line = JSON.stringify({ ...event, at: at.toISOString(), machine: hostname() } satisfies ReleaseEvent);
  const identity = ['-c', 'user.name=Release', '-c', `user.email=release@${hostname()}`];
  try {
    execFileSync('git', ['--git-dir', layout.settings.repo, ...identity, 'notes', '--ref', NOTES_REF, 'append', '-m', line, '--end-of-options', commit], { stdio: 'pipe' });
    const remote = layout.settings.RELEASE_REMOTE;
    for (let attempt = 0; remote && attempt < 3; attempt += 1) {
      try {
        git(layout, ['push', '--quiet', '--end-of-options', remote, `${NOTES_REF}:${NOTES_REF}`]);
        break;
      } catch {
        // Another machine wrote meanwhile: its lines merged with ours, then again.
        execFileSync('git', ['--git-dir', layout.settings.repo, ...identity, 'fetch', '--quiet', '--end-of-options', remote, `+${NOTES_REF}:refs/notes/releases-remote`], { stdio: 'pipe' });
        execFileSync('git', ['--git-dir', layout.settings.repo, ...identity, 'notes', '--ref', NOTES_REF, 'merge', '--quiet', '-s', 'cat_sort_uniq', 'refs/notes/releases-remote'], { stdio: 'pipe' });
      }
    }
  } catch (error) {
    console.warn(`The release note on ${commit.slice(0, 10)} could not be recorded: ${(error as Error).message}`);
  }
}
