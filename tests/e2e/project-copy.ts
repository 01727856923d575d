import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A copy of the project in a temporary folder, for a test that runs a server writing content/ (the
 * studio, the editorial server): the files git knows (committed or new, not ignored), its installed
 * packages hard-linked (copied where links cannot reach: Turbopack does not follow a node_modules
 * symlink out of the project), made a git repository of its own with one commit.
 */
export function copyProject(prefix: string): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(file)) continue;
    mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    copyFileSync(file, path.join(root, file));
  }
  try {
    execFileSync('cp', ['-al', 'node_modules', path.join(root, 'node_modules')], { stdio: 'ignore' });
  } catch {
    rmSync(path.join(root, 'node_modules'), { recursive: true, force: true });
    execFileSync('cp', ['-a', 'node_modules', path.join(root, 'node_modules')]);
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@test.invalid', ...args], { cwd: root, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'the project, before anyone edits');
  return root;
}
