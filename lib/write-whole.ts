import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file whole or not at all: a reader (the preview, the check, another process, a test)
 * never finds it half written, and a crash leaves the last version. The text goes to a file beside
 * it, named for this write alone, then takes its name in one rename. Every write of content/ and of
 * the editorial state goes through here.
 */
export function writeWhole(file: string, text: string, { mode }: { mode?: number } = {}) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  writeFileSync(temporary, text, mode === undefined ? undefined : { mode });
  renameSync(temporary, file);
}
