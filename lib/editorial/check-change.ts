import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, type ContentProblem } from '@/lib/content';
import { BoundedMemo } from '../bounded-memo';
import { nameOfFile } from './files';
import type { Repository, Version } from './repository';

/**
 * The content check of the site as it would be once files are published: the published content
 * and public files of `base`, these versions over them, checked as the build checks. Errors refuse
 * an approval or a publication; warnings are shown. Each is said in French, naming the page by its
 * title (or the data file by its name), never by its path.
 */
export function checkWith(repository: Repository, base: string, files: Record<string, Version>): Promise<{ errors: string[]; warnings: string[] }> {
  // One verdict per tree: the published commit and the change's versions name it whole (the code is this process's).
  const commit = /^[0-9a-f]{40,64}$/.test(base) ? base : execFileSync('git', ['rev-parse', '--verify', '--end-of-options', `${base}^{commit}`], { cwd: repository.root, encoding: 'utf8' }).trim();
  const key = `${repository.root}\u0000${commit}\u0000${JSON.stringify(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)))}`;
  return verdicts.of(key, () => {
    const verdict = checkTree(repository, commit, files);
    // A check that could not run is not a verdict: it is asked again next time.
    verdict.catch(() => verdicts.forget(key));
    return verdict;
  });
}

/**
 * The verdicts of this process, by the tree they judged: the review screen, the approval and the
 * publication of the same change over the same published commit ask once. (Each page's compilation
 * is kept as well, lib/content/check.ts: a new tree compiles only the pages that differ.)
 */
const verdicts = new BoundedMemo<Promise<{ errors: string[]; warnings: string[] }>>(200);

async function checkTree(repository: Repository, base: string, files: Record<string, Version>): Promise<{ errors: string[]; warnings: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-'));
  try {
    const present = execFileSync('git', ['ls-tree', '--name-only', '--end-of-options', base, '--', 'content', 'public'], { cwd: repository.root, encoding: 'utf8' }).split('\n').filter(Boolean);
    if (present.length > 0) {
      const archive = execFileSync('git', ['archive', '--format=tar', '--end-of-options', base, ...present], { cwd: repository.root, maxBuffer: 256 * 1024 * 1024 });
      execFileSync('tar', ['-x', '-C', dir], { input: archive });
    }
    for (const [file, version] of Object.entries(files)) {
      const full = path.join(dir, file);
      if (version) {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, await repository.text(version));
      } else rmSync(full, { force: true });
    }
    const { errors, warnings } = await checkContent({ root: dir, reuse: false });
    const titles = new Map<string, string | undefined>();
    const titleOf = (file: string) => {
      if (!titles.has(file)) {
        const full = path.join(dir, file);
        const title = file.endsWith('.mdx') && existsSync(full) ? /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(readFileSync(full, 'utf8'))?.[1] : undefined;
        titles.set(file, title);
      }
      return titles.get(file);
    };
    const inFrench = (problem: ContentProblem) => `${nameOfFile(problem.file, titleOf(problem.file))}${problem.line ? `, ligne ${problem.line}` : ''}\u202f: ${problem.said?.fr ?? problem.message}`;
    return { errors: errors.map(inFrench), warnings: warnings.map(inFrench) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
