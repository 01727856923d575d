// The key that lets a request reach the editorial server's preview (editorial/preview-server.mjs):
// made at each start by the editorial server, given to the preview in its environment, sent with
// everything the editorial server passes on. Shared by both sides.
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
