import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Root } from 'mdast';
import { markdownProcessor, refusalsOf } from '@/lib/content';
import { hostilePages } from '../support/hostile-pages';
import { copyProject } from './project-copy';

// The build as the release service runs it (`npm run build`), on a copy of the project whose page
// holds every construct the dialect refuses: it stops before compiling anything, naming each at its
// line in the page's language, and none of the code in it ever runs.

test('the build refuses a page holding code, naming each refusal, and runs none of it', async () => {
  test.setTimeout(180_000);
  const root = copyProject('build-refusal-');
  try {
    const marker = path.join(root, 'the-code-ran');
    const file = 'content/fr/legal-notice.mdx';
    const hostile = hostilePages(marker)
      .map((example) => example.body)
      .join('\n\n');
    const original = readFileSync(path.join(root, file), 'utf8');
    writeFileSync(path.join(root, file), `${original}\n${hostile}\n`);
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', EDITORIAL_SESSION_SECRET: 'a secret the page would print' },
      timeout: 170_000,
    });
    expect(build.status).not.toBe(0);
    const said = `${build.stdout}${build.stderr}`;
    const bodyLine = original.split('\n').length + 1;
    for (const { problem } of refusalsOf(markdownProcessor().parse(hostile) as Root, file, bodyLine)) expect(said).toContain(`${file}:${problem.line}: ${problem.message}`);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(path.join(root, '.next/server/app/fr/mentions-legales.html'))).toBe(false);
    expect(said).not.toContain('a secret the page would print');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
