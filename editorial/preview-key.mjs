// The key that lets a request reach the editorial server's preview (editorial/preview-server.mjs):
// made at each start by the editorial server, given to the preview in its environment, sent with
// everything the editorial server passes on; and the addresses neither side lets through. Shared by both sides.
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The header that carries the key. */
export const PREVIEW_KEY_HEADER = 'x-editorial-preview-key';

/** A new key, for one start. */
export const newPreviewKey = () => randomBytes(32).toString('base64url');

/**
 * Whether a request's headers hold the key (compared in constant time); the key is taken out of
 * them either way, so that nothing further in sees it.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string} key
 */
export function holdsPreviewKey(headers, key) {
  const given = Buffer.from(String(headers[PREVIEW_KEY_HEADER] ?? ''));
  delete headers[PREVIEW_KEY_HEADER];
  const expected = Buffer.from(key);
  return key.length >= 32 && given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Whether an address's path is as a browser sends it: no `..` or `.` segment (written or
 * percent-encoded), no backslash, no `//` — what a proxy would resolve elsewhere than where it was
 * checked.
 * @param {string} path
 */
export function isPlainAddress(path) {
  if (!path.startsWith('/') || path.includes('\\') || path.includes('//') || /%2e/i.test(path)) return false;
  try {
    return new URL(path, 'http://editorial.invalid').pathname === path;
  } catch {
    return false;
  }
}

/**
 * The development server's own tools (/__nextjs_*: a debugger to attach, an editor to launch, a
 * restart; /_next/mcp), which no page or person of the studio uses.
 * @param {string} path
 */
export const isDevelopmentTool = (path) => path.startsWith('/__nextjs') || path.startsWith('/_next/mcp');
