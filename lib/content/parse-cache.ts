import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type ParsedSource, parseSource } from './parse';
import { BoundedMemo } from '../bounded-memo';
import { writeWhole } from '../write-whole';

/**
 * What parsing each page found, kept between readings: in memory for the process, and on disk for
 * the next one (the preview's development server starts several processes, the content check and the
 * build each read every page, a release starts from the previous one's). An entry is used only for
 * the very text it was made from, by the very code that made it: the file on disk is named after a
 * fingerprint of the content layer's code and the installed packages, and each entry holds a hash of
 * its page's text.
 */

const hashOf = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** A fingerprint of the code that parses (lib/content and the locked packages), or undefined where it cannot be read. */
function codeFingerprint(project: string): string | undefined {
  try {
    const hash = createHash('sha256');
    const dir = path.join(project, 'lib/content');
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (file.endsWith('.ts')) hash.update(file).update(readFileSync(path.join(dir, file)));
    }
    hash.update(readFileSync(path.join(project, 'package-lock.json')));
    return hash.digest('hex').slice(0, 16);
  } catch {
    return undefined;
  }
}

type Entry = { hash: string; parsed: ParsedSource };

/**
 * Pages parsed by this process, whatever checkout they came from (a file's text is parsed the same
 * wherever it lies): another checkout of the same text, a test's fixture, is not parsed again.
 * Bounded, the oldest forgotten first.
 */
const parsedHere = new BoundedMemo<ParsedSource>(20_000);

const parseOnce = (file: string, source: string, hash: string): ParsedSource => parsedHere.of(`${file}\u0000${hash}`, () => parseSource(source, file));

export class ParseCache {
  private entries = new Map<string, Entry>();
  private changed = false;
  private readonly file: string | undefined;

  /**
   * A cache for the code of the project at `project`, kept in `dir` (created when first written); in
   * memory only without `dir`, or where the code cannot be fingerprinted.
   */
  constructor(
    private readonly dir?: string,
    project = process.cwd(),
  ) {
    const fingerprint = dir ? codeFingerprint(project) : undefined;
    this.file = dir && fingerprint ? path.join(dir, `parsed-${fingerprint}.json`) : undefined;
    if (!this.file) return;
    try {
      this.entries = new Map(Object.entries(JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, Entry>));
    } catch {
      // Nothing kept yet for this code.
    }
  }

  /** The page `file` as parsed before if its text is the same, else parsed now (and kept). */
  parse(file: string, source: string): ParsedSource {
    const hash = hashOf(source);
    const known = this.entries.get(file);
    if (known?.hash === hash) return known.parsed;
    const parsed = parseOnce(file, source, hash);
    this.entries.set(file, { hash, parsed });
    this.changed = true;
    return parsed;
  }

  /** Forgets the files no longer there, and writes what changed to disk; the caches of other code go. */
  save(files: Set<string>) {
    for (const key of this.entries.keys()) {
      if (!files.has(key)) {
        this.entries.delete(key);
        this.changed = true;
      }
    }
    if (!this.file || !this.dir || !this.changed) return;
    try {
      writeWhole(this.file, JSON.stringify(Object.fromEntries(this.entries)));
      for (const other of readdirSync(this.dir)) if (other.startsWith('parsed-') && other !== path.basename(this.file) && !other.endsWith('.tmp')) rmSync(path.join(this.dir, other), { force: true });
      this.changed = false;
    } catch {
      // A cache that cannot be written costs time, not correctness.
    }
  }
}
