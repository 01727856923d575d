import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, type ContentProblem } from '@/lib/content';
import { BoundedMemo } from '../bounded-memo';
import { isObjectName, nameOfFile, titleInText } from './files';
import type { Repository, Version } from './repository';

/**
 * The content check of the site as it would be once files are published: the published content
 * and public files of `base`, these versions over them, checked as the build checks. Errors refuse
 * an approval or a publication; warnings are shown. Each is said in French, naming the page by its
 * title (or the data file by its name), never by its path.
 */
export async function checkWith(repository: Repository, base: string, files: Record<string, Version>): Promise<{ errors: string[]; warnings: string[] }> {
  // One verdict per tree: the published commit and the change's versions name it whole (the code is this process's).
  const commit = isObjectName(base) ? base : await repository.commitOf(base);
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
 * publication of the same change over the same published commit ask once. Beyond this process, the
 * content check keeps each verdict in its store (lib/content/check.ts), by the fingerprint of what
 * it read: the preview's review screen finds the one the editorial server worked out at the
 * submission, and the build the one of the tree it builds. (Each page's compilation is kept as well:
 * a new tree compiles only the pages that differ.)
 */
const verdicts = new BoundedMemo<Promise<{ errors: string[]; warnings: string[] }>>(200);

async function checkTree(repository: Repository, base: string, files: Record<string, Version>): Promise<{ errors: string[]; warnings: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-'));
  try {
    await repository.extract(base, ['content', 'public'], dir);
    for (const [file, version] of Object.entries(files)) {
      const full = path.join(dir, file);
      if (version) {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, await repository.text(version));
      } else rmSync(full, { force: true });
    }
    // Checked by this checkout's code, the verdict kept in its store for whoever checks the same tree next (another process, the build).
    const { errors, warnings } = await checkContent({ root: dir, codeRoot: repository.root });
    const titles = new Map<string, string | undefined>();
    const titleOf = (file: string) => {
      if (!titles.has(file)) {
        const full = path.join(dir, file);
        titles.set(file, file.endsWith('.mdx') && existsSync(full) ? titleInText(file, readFileSync(full, 'utf8')) : undefined);
      }
      return titles.get(file);
    };
    const inFrench = (problem: ContentProblem) => `${nameOfFile(problem.file, titleOf(problem.file))}${problem.line ? `, ligne ${problem.line}` : ''}\u202f: ${problem.said?.fr ?? problem.message}`;
    return { errors: errors.map(inFrench), warnings: warnings.map(inFrench) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
