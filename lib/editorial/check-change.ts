import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, type ContentProblem } from '@/lib/content';
import { nameOfFile } from './files';
import type { Repository, Version } from './repository';

/**
 * The content check of the site as it would be once files are published: the published content
 * and public files of `base`, these versions over them, checked as the build checks. Errors refuse
 * an approval or a publication; warnings are shown. Each is said in French, naming the page by its
 * title (or the data file by its name), never by its path.
 */
export async function checkWith(repository: Repository, base: string, files: Record<string, Version>): Promise<{ errors: string[]; warnings: string[] }> {
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
