import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Person } from '@/lib/editorial/roles';

const run = promisify(execFile);

/** The name the editorial server commits under, the person who saved being the author. */
const COMMITTER = { GIT_COMMITTER_NAME: 'Espace de rédaction', GIT_COMMITTER_EMAIL: 'redaction@inserm.invalid' };

/** A git command in the checkout `root`, its output as text. */
async function git(root: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run('git', args, { cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** One thing at a time: saves, and the commits that record them, never interleave. */
export class Queue {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.last.then(task, task);
    this.last = next.catch(() => undefined);
    return next;
  }
}

/**
 * Records what changed under content/ as one commit, its author the person who saved it, and answers
 * the files it holds (none: nothing changed, nothing recorded). The commit is the save's record:
 * who, when, and exactly what.
 */
export async function recordSave(root: string, person: Person, what: string): Promise<string[]> {
  await git(root, ['add', '-A', '--', 'content']);
  const files = (await git(root, ['diff', '--cached', '--name-only', '--', 'content'])).split('\n').filter(Boolean);
  if (files.length === 0) return [];
  const subject = `${what}: ${files.length === 1 ? files[0] : `${files.length} files`}`;
  await git(root, ['commit', '--quiet', '--no-verify', `--author=${person.name} <${person.email}>`, '-m', subject, '-m', files.join('\n')], COMMITTER);
  return files;
}

/** Who last saved a file, and when, as its last commit says. */
export async function lastSaveOf(root: string, file: string): Promise<{ name: string; email: string; at: Date } | undefined> {
  const line = (await git(root, ['log', '-1', '--format=%an%x00%ae%x00%aI', '--', file])).trim();
  if (!line) return undefined;
  const [name = '', email = '', at = ''] = line.split('\0');
  return { name, email, at: new Date(at) };
}

/** The identity git is configured with in the checkout: the person of `npm run studio`. */
export async function gitIdentity(root: string): Promise<{ name: string; email: string }> {
  const read = (key: string) =>
    git(root, ['config', key]).then(
      (value) => value.trim(),
      () => '',
    );
  const [name, email] = await Promise.all([read('user.name'), read('user.email')]);
  return { name: name || 'Rédaction', email: email || 'redaction@localhost' };
}
