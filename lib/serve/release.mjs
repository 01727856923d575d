// Which release a server serves: the build records its commit (scripts/postbuild.ts), and the server
// answers it at RELEASE_PATH, with when it started. The release system's health check reads it before
// a switch, the studio to say "online since …", an administrator when something is wrong.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const RELEASE_RECORD = 'release.json';
export const RELEASE_PATH = '/_release';

/** What the build in `distDir` (.next) recorded of itself, and the moment this server started. */
export function readRelease(distDir, startedAt = new Date()) {
  const record = path.join(distDir, RELEASE_RECORD);
  const built = existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : {};
  return { commit: built.commit ?? null, builtAt: built.builtAt ?? null, release: process.env.RELEASE_ID ?? null, startedAt: startedAt.toISOString() };
}
