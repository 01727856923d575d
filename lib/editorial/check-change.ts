import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, formatProblem } from '@/lib/content';
import type { Repository, Version } from './repository';

/**
 * The content check of the site as it would be once files are published: the published content
 * and public files of `base`, these versions over them, checked as the build checks. Errors refuse
 * an approval or a publication; warnings are shown.
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
    return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
