import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Vitest's global setup: the tests' temporary folders (fixture sites, clones, releases) go into one
 * folder of this run, removed when it ends, instead of piling up in the machine's /tmp. The test
 * processes, started after this, find it in TMPDIR, which os.tmpdir() reads.
 */
export default function setup() {
  const folder = mkdtempSync(path.join(tmpdir(), 'vitest-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
