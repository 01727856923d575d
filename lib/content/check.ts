import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { BoundedMemo } from '../bounded-memo';
import { compileFailure } from './explain';
import type { ContentPage } from './load';
import { Content } from './open';
import { rehypePlugins, remarkPlugins } from './pipeline';
import type { ContentProblem } from './problems';
import { z } from 'zod';
import { writeWhole } from '../write-whole';

/**
 * The whole content check (`npm run content:check`, the build, a release, the check of a change in
 * the studio): every problem of the content, the MDX of every page compiled as the site will. It
 * runs once per content tree: its verdict is recorded against a fingerprint of everything it read
 * (every file of content/ and public/, the code that checks them and the locked packages), one file
 * per fingerprint in a store of verdicts, and reused by whoever checks the same tree with the same
 * code — the review screen, the approval, the publication, the build — while none of it changes.
 */

export interface CheckResult {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** The verdict recorded for the very same inputs was reused: nothing was read again. */
  reused: boolean;
}

/** The files and folders whose content decides the verdict: the content, public/ (links may point there), the code, the locked packages. */
const INPUTS = ['content', 'public', 'lib', 'i18n', 'messages', 'package-lock.json'];
/**
 * Where verdicts are kept: `CONTENT_VERDICTS_DIR` when processes (the editorial server, its
 * preview, the release system's builds) share one store, the checkout's build cache otherwise.
 */
const verdictsDirOf = (root: string) => process.env.CONTENT_VERDICTS_DIR || path.join(root, '.next/cache/content-verdicts');
/** The verdicts kept, the most recently written: a store of a few megabytes at most. */
const KEPT_VERDICTS = 200;

const problem = z.looseObject({ file: z.string(), line: z.number().optional(), message: z.string(), severity: z.enum(['error', 'warning']) });
/** What a recorded verdict must hold: one that does not is no verdict, and the check runs. */
const recordedVerdict = z.object({ fingerprint: z.string(), result: z.object({ errors: z.array(problem), warnings: z.array(problem) }) });

function* filesUnder(entry: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(entry, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') yield entry;
    return;
  }
  for (const child of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(entry, child.name);
    if (child.isDirectory()) yield* filesUnder(full);
    else if (child.isFile()) yield full;
  }
}

/**
 * A fingerprint of the inputs of the check of the tree `root` (its content read from `contentDir`),
 * checked by the code of `codeRoot` (the same checkout, unless the tree is one put together to check
 * a change).
 */
function inputsFingerprint(root: string, contentDir = path.join(root, 'content'), codeRoot = root): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    // Scripts and the build run the check, never the server: nothing here is for the bundler to trace.
    const base = input === 'content' || input === 'public' ? root : codeRoot;
    const at = input === 'content' ? contentDir : path.join(/* turbopackIgnore: true */ base, input);
    for (const file of filesUnder(at)) hash.update(path.relative(at, file)).update('\u0000').update(readFileSync(file)).update('\u0000');
    hash.update('\u0001');
  }
  return hash.digest('hex');
}

/** Keeps the store to its most recent verdicts (by when each was last written). */
function forgetOldVerdicts(store: string) {
  const verdicts = readdirSync(store).filter((name) => /^[0-9a-f]{64}\.json$/.test(name));
  if (verdicts.length <= KEPT_VERDICTS) return;
  const byAge = verdicts.map((name) => ({ name, at: statSync(path.join(store, name)).mtimeMs })).sort((a, b) => b.at - a.at);
  for (const { name } of byAge.slice(KEPT_VERDICTS)) rmSync(path.join(store, name), { force: true });
}

const byFileAndLine = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

/**
 * What compiling the pages as the site will finds that parsing let through (MDX refuses it): each
 * file whole, frontmatter included, with the very plugins the build's loader runs, so that the check
 * and the build cannot disagree on what a file holds. A page whose text could not even be parsed has
 * been reported already: compiling would say it twice.
 */
async function compileProblems(pages: readonly ContentPage[], known: readonly ContentProblem[], pathOf: (file: string) => string): Promise<ContentProblem[]> {
  const unreadable = new Set(known.filter((p) => p.severity === 'error').map((p) => p.file));
  const problems: ContentProblem[] = [];
  await Promise.all(
    pages
      .filter((p) => !p.isFallback && !unreadable.has(p.file))
      .map(async (page) => {
        const found = await compiledOnce(page.file, readFileSync(pathOf(page.file), 'utf8'));
        if (found) problems.push(found);
      }),
  );
  return problems;
}

/**
 * What compiling a page's text found, kept for this process: the same text (in any checkout: the
 * published one, a change's, the preview's) is compiled once by the same code. The check of a
 * change, over the published content, compiles again only the pages the change touches. Bounded,
 * the oldest forgotten first.
 */
const compiledHere = new BoundedMemo<Promise<ContentProblem | undefined>>(20_000);

const compiledOnce = (file: string, source: string): Promise<ContentProblem | undefined> =>
  compiledHere.of(`${file}\u0000${createHash('sha256').update(source).digest('hex')}`, () =>
    compile(source, { remarkPlugins, rehypePlugins }).then(
      () => undefined,
      // Lines of the whole file, as they are.
      (error: unknown) => compileFailure({ file, bodyStartLine: 1 }, error),
    ),
  );

/**
 * Checks the content of the checkout `root`: frontmatter, addresses, data files, MDX that compiles
 * with known components only, internal links and anchors, translations. With `reuse` (the default),
 * the verdict recorded for the same inputs stands, and a fresh one is recorded for next time.
 */
export async function checkContent({
  root,
  contentDir,
  codeRoot = root,
  reuse = true,
}: {
  root: string;
  contentDir?: string;
  /** The checkout whose code checks the tree, when `root` is a tree put together elsewhere. */
  codeRoot?: string;
  reuse?: boolean;
}): Promise<CheckResult> {
  const fingerprint = inputsFingerprint(root, contentDir, codeRoot);
  const store = verdictsDirOf(codeRoot);
  const verdictFile = path.join(store, `${fingerprint}.json`);
  if (reuse) {
    try {
      const recorded = recordedVerdict.safeParse(JSON.parse(readFileSync(verdictFile, 'utf8')));
      // A verdict that is not one (cut short, altered) is no verdict: the check runs.
      if (recorded.success && recorded.data.fingerprint === fingerprint) return { ...(recorded.data.result as Omit<CheckResult, 'reused'>), reused: true };
    } catch {
      // No verdict recorded yet, or an unreadable one: check.
    }
  }
  const content = new Content({ root, mode: 'check', contentDir });
  const known = content.problems();
  const problems = [...known, ...(await compileProblems(content.pages, known, (file) => content.pathOf(file)))];
  const result = {
    errors: problems.filter((p) => p.severity === 'error').sort(byFileAndLine),
    warnings: problems.filter((p) => p.severity === 'warning').sort(byFileAndLine),
  };
  try {
    writeWhole(verdictFile, JSON.stringify({ fingerprint, result }));
    forgetOldVerdicts(store);
  } catch {
    // A verdict that cannot be kept costs time next time, not correctness.
  }
  return { ...result, reused: false };
}
