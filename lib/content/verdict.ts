import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CheckResult, checkContent } from './check';
import { ParseCache } from './parse-cache';

/**
 * The content check runs once per build: `npm run content:check` records its verdict against a
 * fingerprint of everything it read (every file of content/ and public/, and the code that checks
 * them), and `npm run build` reuses it when nothing has changed since, instead of checking again.
 * One changed byte anywhere, in the content or in the checker, and the check runs again.
 */

/** The files whose content decides the verdict: the content, public/ (links may point there), and the code of the check. */
const INPUTS = ['content', 'public', 'lib', 'i18n', 'messages'];
const CACHE = '.next/cache/content-check.json';

function* filesUnder(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

/** A fingerprint of the inputs of the check, under the project folder `root`. */
export function inputsFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const dir of INPUTS) {
    for (const file of filesUnder(path.join(root, dir))) {
      hash.update(path.relative(root, file)).update('\u0000').update(readFileSync(file)).update('\u0000');
    }
  }
  return hash.digest('hex');
}

interface Verdict {
  fingerprint: string;
  result: Omit<CheckResult, 'pages'>;
}

/**
 * The check's result for the project in `root`: the recorded one when its inputs are unchanged
 * (`reused`), else a fresh check, recorded for next time.
 */
export async function checkOnce(root: string): Promise<Omit<CheckResult, 'pages'> & { reused: boolean }> {
  const fingerprint = inputsFingerprint(root);
  const verdictFile = path.join(root, CACHE);
  try {
    const recorded = JSON.parse(readFileSync(verdictFile, 'utf8')) as Verdict;
    if (recorded.fingerprint === fingerprint) return { ...recorded.result, reused: true };
  } catch {
    // No verdict recorded yet, or an unreadable one: check.
  }
  // The pages it parses are kept for the preview and the build (lib/content/index.ts reads the same cache).
  const cache = new ParseCache(path.join(root, '.next/cache/content'), root);
  const { errors, warnings } = await checkContent(path.join(root, 'content'), { label: 'content', publicDir: path.join(root, 'public'), cache });
  mkdirSync(path.dirname(verdictFile), { recursive: true });
  writeFileSync(verdictFile, JSON.stringify({ fingerprint, result: { errors, warnings } } satisfies Verdict));
  return { errors, warnings, reused: false };
}
