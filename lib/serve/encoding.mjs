// How a response body travels: which encoding the client accepts (Brotli, then gzip, or none), and
// the body compressed with it. Next.js's own compression is off (next.config.ts) so that the server
// can read the HTML it sends; it compresses here instead.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json|rss\+xml)|image\/svg\+xml)/i;
/** Below this, compression saves less than it costs. */
const MIN_COMPRESSED = 1024;

/** Whether a response of this Content-Type is worth compressing (text, not images or fonts). */
export function isCompressible(type) {
  return COMPRESSIBLE.test(String(type ?? ''));
}

// Which encodings a client accepts is read with regular expressions, so that the two readers that
// must agree run the same ones: chosenEncoding() below, for the body this server sends, and the
// `map` that keys nginx's cache by encoding (deploy/nginx.conf.template, rendered by
// scripts/nginx-config.mjs). Written in what JavaScript and PCRE read alike: no \s (PCRE and
// JavaScript disagree on non-ASCII spaces), no flags but case-insensitivity.
const OWS = '[ \\t]*';
/** An element of the list that names `coding`, up to its parameters. */
const naming = (coding) => `(?:^|,)${OWS}${coding}${OWS}(?=;|,|$)`;
/** What follows a coding refused by a weight of zero, however written: `;q=0`, `; Q=0.000`. */
const ZERO_WEIGHT = `[^,]*;${OWS}q=0+(?:\\.0*)?${OWS}(?:;|,|$)`;
const welcoming = (coding) => `${naming(coding)}(?!${ZERO_WEIGHT})`;
/** The client accepts `coding`: it names it with a weight above zero, or does not name it and accepts any (`*`). */
const accepting = (coding) => `^(?:(?=.*${welcoming(coding)})|(?!.*${naming(coding)})(?=.*${welcoming('\\*')}))`;

/**
 * The encodings the server sends, best first, each with the pattern (case-insensitive) of an
 * Accept-Encoding that accepts it. Brotli is preferred whenever it is accepted, whatever its weight.
 */
export const ENCODINGS = [
  { name: 'br', accepting: accepting('br') },
  { name: 'gzip', accepting: accepting('gzip') },
];
const ACCEPTING = ENCODINGS.map(({ name, accepting: source }) => ({ name, pattern: new RegExp(source, 'i') }));

/** The best encoding the client accepts among those the server sends (none: the body as it is). */
export function chosenEncoding(acceptEncoding = '') {
  const value = String(acceptEncoding);
  return ACCEPTING.find(({ pattern }) => pattern.test(value))?.name;
}

/** The body compressed in `encoding`: at the best level for a body that is kept, at a fast one for a single request. */
function compressedIn(body, encoding, isKept) {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: isKept ? 11 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: isKept ? 9 : 6 });
}

const isWorthCompressing = (body) => body.length >= MIN_COMPRESSED;

/** Compressed copies of responses that are the same bytes every time, per encoding. */
const compressedCache = new Map();
const CACHE_LIMIT = 64 * 1024 * 1024;
let cachedBytes = 0;

function compress(body, encoding, key) {
  const known = key && compressedCache.get(key);
  if (known) return known;
  const compressed = compressedIn(body, encoding, Boolean(key));
  if (key) {
    while (cachedBytes + compressed.length > CACHE_LIMIT && compressedCache.size > 0) {
      const [oldest, value] = compressedCache.entries().next().value;
      compressedCache.delete(oldest);
      cachedBytes -= value.length;
    }
    compressedCache.set(key, compressed);
    cachedBytes += compressed.length;
  }
  return compressed;
}

/**
 * The body as the client gets it: compressed in the encoding it prefers when that is worth it, with
 * that encoding (none: the body as it is). `key` names a body that is the same bytes every time (a
 * page and its ETag): its compressed copies are kept, up to CACHE_LIMIT, oldest dropped first.
 */
export function encoded(body, acceptEncoding, key) {
  const encoding = isWorthCompressing(body) ? chosenEncoding(acceptEncoding) : undefined;
  if (!encoding) return { body };
  return { body: compress(body, encoding, key && `${key}|${encoding}`), encoding };
}

/**
 * A body that is the same bytes every time, compressed once in each encoding the server sends, at the
 * best level: the very bytes encoded() sends for it. None when it is too short to be worth it.
 */
export function precompressed(body) {
  if (!isWorthCompressing(body)) return {};
  return Object.fromEntries(ENCODINGS.map(({ name }) => [name, compressedIn(body, name, true)]));
}

/** The ETag of a page sent compressed: the same page in another encoding, a weak validator, which still earns a 304 on revalidation. */
export function encodedETag(etag) {
  return etag.startsWith('W/') ? etag : `W/${etag}`;
}
