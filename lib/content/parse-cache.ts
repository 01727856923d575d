import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedSource } from './parse';

/**
 * What parsing each page found, kept on disk between processes: the preview's development server
 * starts several (its list of addresses is computed in a fresh worker each time), the content check
 * and the build each load every page. An entry is used only for the very text it was made from, by
 * the very code that made it: the cache file is named after a fingerprint of the content layer's
 * code and the installed packages, and each entry holds a hash of its page's text.
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

export class ParseCache {
  private entries = new Map<string, { hash: string; parsed: ParsedSource }>();
  private changed = false;
  private readonly file: string | undefined;

  /** A cache in `dir` (created when first written), for the code of the project at `project`. */
  constructor(private readonly dir: string, project = process.cwd()) {
    const fingerprint = codeFingerprint(project);
    this.file = fingerprint ? path.join(dir, `parsed-${fingerprint}.json`) : undefined;
    if (!this.file) return;
    try {
      this.entries = new Map(Object.entries(JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, { hash: string; parsed: ParsedSource }>));
    } catch {
      // Nothing kept yet for this code.
    }
  }

  /** The page as parsed before under `key`, if its text is the same. */
  peek(key: string, source: string): ParsedSource | undefined {
    const known = this.entries.get(key);
    return known && known.hash === hashOf(source) ? known.parsed : undefined;
  }

  /** The page as parsed before if its text is the same, else parsed now (and kept). */
  get(key: string, source: string, parse: () => ParsedSource): ParsedSource {
    if (!this.file) return parse();
    const hash = hashOf(source);
    const known = this.entries.get(key);
    if (known?.hash === hash) return known.parsed;
    const parsed = parse();
    this.entries.set(key, { hash, parsed });
    this.changed = true;
    return parsed;
  }

  /** Writes what changed, keeping only the files still there (keys are `<reading>:<file>`); the caches of other code go. */
  save(files: Set<string>) {
    if (!this.file || !this.changed) return;
    for (const key of this.entries.keys()) if (!files.has(key.slice(key.indexOf(':') + 1))) this.entries.delete(key);
    try {
      mkdirSync(this.dir, { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(this.entries)));
      renameSync(temporary, this.file);
      for (const other of readdirSync(this.dir)) if (other.startsWith('parsed-') && other !== path.basename(this.file) && !other.endsWith('.tmp')) rmSync(path.join(this.dir, other), { force: true });
      this.changed = false;
    } catch {
      // A cache that cannot be written costs time, not correctness.
    }
  }
}
