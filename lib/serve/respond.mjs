// What the server (server.mjs) does around Next.js for each request: the requests reach Next.js
// without the headers of its client-side router (the site has none: every page is plain HTML), and
// every response leaves with the same headers whatever Next.js chose — pages without scripts and
// with the site's policy, no internal headers, a Vary that any cache understands, compression.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../security/policy.mjs';
import { withoutScripts } from './html.mjs';

/**
 * Request headers that only Next.js's own client sends (client-side navigation, prefetch, server
 * actions) or that only its own infrastructure may set. A browser on this site never sends them;
 * answering them would give caches other variants of a page, or trust a forged header.
 */
const FRAMEWORK_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-hmr-refresh',
  'next-url',
  'next-action',
  'x-middleware-subrequest',
  'x-middleware-prefetch',
  'x-nextjs-data',
  'x-invoke-path',
  'x-invoke-query',
  'x-invoke-output',
  'x-invoke-status',
  'x-invoke-error',
  'x-matched-path',
  'x-now-route-matches',
  'x-prerender-revalidate',
  'x-prerender-revalidate-if-generated',
  'x-next-revalidate-tag-token',
  'x-next-revalidated-tags',
];

/** Response headers Next.js adds about itself: of no use to visitors or caches. */
const FRAMEWORK_RESPONSE_HEADERS = /^x-nextjs-|^x-middleware-|^x-matched-path$/i;
/** Vary entries for Next.js's client-side router, whose headers never reach it here. */
const FRAMEWORK_VARY = /^(rsc|next-router-[\w-]+|next-url)$/i;

const HTML = /^text\/html\b/i;
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json|rss\+xml)|image\/svg\+xml)/i;
const MIN_COMPRESSED = 1024;

export function withoutFrameworkHeaders(headers) {
  for (const name of FRAMEWORK_REQUEST_HEADERS) delete headers[name];
}

/** The best encoding the client accepts among those the server sends: Brotli, then gzip. */
export function chosenEncoding(acceptEncoding = '') {
  const accepted = new Map(
    String(acceptEncoding)
      .split(',')
      .map((part) => {
        const [name = '', ...params] = part.trim().toLowerCase().split(';');
        const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
        return [name.trim(), q === undefined ? 1 : Number(q)];
      }),
  );
  const allows = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return allows('br') ? 'br' : allows('gzip') ? 'gzip' : undefined;
}

/** Compressed copies of responses that carry an ETag (the same bytes every time), per encoding. */
const compressedCache = new Map();
const CACHE_LIMIT = 64 * 1024 * 1024;
let cachedBytes = 0;

function compress(body, encoding, key) {
  const known = key && compressedCache.get(key);
  if (known) return known;
  // A body that will be kept is worth the best compression; one made for a single request, a fast one.
  const best = Boolean(key);
  const compressed =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: best ? 9 : 6 });
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

/** Sets the headers every response leaves with, just before they are sent. */
function tidyHeaders(res, { isCompressible }) {
  for (const name of res.getHeaderNames()) if (FRAMEWORK_RESPONSE_HEADERS.test(name)) res.removeHeader(name);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const type = String(res.getHeader('content-type') ?? '');
  // Whatever rendered it, a page leaves with the site's policy: no script may run.
  if (HTML.test(type)) res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  const vary = String(res.getHeader('vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v && !FRAMEWORK_VARY.test(v) && v.toLowerCase() !== 'accept-encoding');
  if (isCompressible) vary.push('Accept-Encoding');
  if (vary.length > 0) res.setHeader('Vary', vary.join(', '));
  else res.removeHeader('Vary');
}

/** The path of a request's address, undecoded ('' when it cannot be read). */
function pathOf(url = '/') {
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return '';
  }
}

const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));

/**
 * Takes over `res` for one request: HTML and other text are gathered, pages lose their scripts,
 * headers are tidied, and the body is compressed for the client (Next.js's own compression is off,
 * in next.config.ts, so that the HTML can still be read here). Anything else streams through.
 * With `notFound` (lib/serve/not-found.mjs), a page not found answers in the language of its address,
 * and the not-found pages' own addresses answer 404.
 */
export function takeOver(req, res, { notFound } = {}) {
  const pathname = pathOf(req.url);
  const forcedStatus = notFound?.isOwnAddress(pathname) ? 404 : undefined;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  const chunks = [];
  let gathering;
  let finishing = false;
  const gathers = () => {
    if (gathering === undefined) {
      const type = String(res.getHeader('content-type') ?? '');
      gathering = req.method !== 'HEAD' && ![204, 304].includes(res.statusCode) && !res.getHeader('content-encoding') && COMPRESSIBLE.test(type);
    }
    return gathering;
  };

  // Node sends the headers through writeHead, given or implicit. While the body is gathered they
  // wait on the response, and go out with the body once it is ready.
  res.writeHead = function heldWriteHead(status, reason, headers) {
    const given = typeof reason === 'string' ? headers : reason;
    res.statusCode = forcedStatus ?? status;
    if (typeof reason === 'string' && !forcedStatus) res.statusMessage = reason;
    if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(given[i], given[i + 1]);
    else if (given) for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value);
    if (gathers() && !finishing) return res;
    // A HEAD request's headers describe the page a GET would have (its body is not gathered).
    const localized = !finishing && res.statusCode === 404 && HTML.test(String(res.getHeader('content-type') ?? '')) ? notFound?.bodyFor(pathname) : undefined;
    if (localized) {
      res.removeHeader('etag');
      res.setHeader('Content-Length', localized.length);
    }
    if (!finishing) tidyHeaders(res, { isCompressible: COMPRESSIBLE.test(String(res.getHeader('content-type') ?? '')) });
    return writeHead(res.statusCode);
  };
  res.flushHeaders = () => {};
  res.write = function gatherOrWrite(chunk, encoding, callback) {
    if (!gathers()) return write(chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    (typeof encoding === 'function' ? encoding : callback)?.();
    return true;
  };
  res.end = function finish(chunk, encoding, callback) {
    const done = typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback;
    const last = typeof chunk === 'function' ? undefined : chunk;
    if (!gathers()) return end(last, typeof encoding === 'string' ? encoding : undefined, done);
    if (last !== undefined && last !== null) chunks.push(toBuffer(last, encoding));
    const type = String(res.getHeader('content-type') ?? '');
    if (forcedStatus) res.statusCode = forcedStatus;
    let body = Buffer.concat(chunks);
    const localized = res.statusCode === 404 && HTML.test(type) ? notFound?.bodyFor(pathname) : undefined;
    if (localized) {
      body = localized;
      res.removeHeader('etag');
    }
    const html = HTML.test(type) ? withoutScripts(body.toString('utf8')) : undefined;
    if (html !== undefined) body = Buffer.from(html, 'utf8');
    tidyHeaders(res, { isCompressible: true });
    const chosen = body.length >= MIN_COMPRESSED ? chosenEncoding(req.headers['accept-encoding']) : undefined;
    if (chosen) {
      const etag = res.getHeader('etag');
      body = compress(body, chosen, res.statusCode === 200 && etag ? `${req.url}|${etag}|${chosen}` : undefined);
      res.setHeader('Content-Encoding', chosen);
      // The same page in another encoding: a weak validator, which still earns a 304 on revalidation.
      if (etag && !String(etag).startsWith('W/')) res.setHeader('ETag', `W/${etag}`);
    }
    res.removeHeader('Transfer-Encoding');
    res.setHeader('Content-Length', body.length);
    finishing = true;
    return end(body, done);
  };
}
