// The server's hold on each response (server.mjs): whatever Next.js chose, every response leaves
// with the same headers — pages without scripts and with the site's policy, no internal headers, a
// Vary that any cache understands — compressed for the client, and a page not found in the language
// of its address. A page that would not show its content without scripts is not sent at all (a
// redirect's body is no page: it is only stripped of its scripts).
import { createHash } from 'node:crypto';
import { encoded, encodedETag, isCompressible } from './encoding.mjs';
import { withoutScripts } from './html.mjs';
import { tidyHeaders } from './response-headers.mjs';
import { whyNotVisible } from './visible.mjs';

const HTML = /^text\/html\b/i;

const typeOf = (res) => String(res.getHeader('content-type') ?? '');

/** The path of a request's address, undecoded ('' when it cannot be read). */
function pathOf(url = '/') {
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return '';
  }
}

/** Names a body that is the same bytes every time: a page found, and its ETag. */
const sameEveryTime = (req, res) => (res.statusCode === 200 && res.getHeader('etag') ? `${req.url}|${res.getHeader('etag')}` : undefined);

/**
 * Pages found to show their content, by a digest of the HTML they came with: each is checked once.
 * At most VISIBLE_LIMIT are remembered, the oldest forgotten first.
 */
const visiblePages = new Set();
const VISIBLE_LIMIT = 10_000;

/** Why a page would not show its content once its scripts are taken out ([] when it does). */
function whyNotShown(received, html) {
  const digest = createHash('sha256').update(received).digest('base64');
  if (visiblePages.has(digest)) return [];
  const reasons = whyNotVisible(html);
  if (reasons.length === 0) {
    if (visiblePages.size >= VISIBLE_LIMIT) visiblePages.delete(visiblePages.values().next().value);
    visiblePages.add(digest);
  }
  return reasons;
}

/** A redirect: the browser follows its Location and never shows its body, which need not show a page. */
const isRedirect = (res) => res.statusCode >= 300 && res.statusCode < 400 && res.hasHeader('location');

/** Turns the response into a plain server error: none of the page's headers, nothing to keep. */
function asServerError(res) {
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res.statusCode = 500;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  return Buffer.from('Internal server error.');
}

const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));

/**
 * Takes over `res` for one request: HTML and other text are gathered, pages lose their scripts,
 * headers are tidied, and the body is compressed for the client (lib/serve/encoding.mjs). Anything
 * else streams through. With `retired` (lib/serve/retired.mjs), a retired page answers 410. With
 * `notFound` (lib/serve/not-found.mjs), a page not found answers in the
 * language of its address, and the not-found pages' own addresses answer 404.
 */
export function takeOver(req, res, { notFound, retired } = {}) {
  const pathname = pathOf(req.url);
  const forcedStatus = notFound?.isOwnAddress(pathname) ? 404 : retired?.has(pathname) ? 410 : undefined;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  const chunks = [];
  let gathering;
  let finishing = false;
  const gathers = () => {
    gathering ??= req.method !== 'HEAD' && ![204, 304].includes(res.statusCode) && !res.getHeader('content-encoding') && isCompressible(typeOf(res));
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
    const localized = !finishing && res.statusCode === 404 && HTML.test(typeOf(res)) ? notFound?.bodyFor(pathname) : undefined;
    if (localized) {
      res.removeHeader('etag');
      res.setHeader('Content-Length', localized.length);
    }
    if (!finishing) tidyHeaders(res, { isCompressible: isCompressible(typeOf(res)) });
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
    const isHtml = HTML.test(typeOf(res));
    if (forcedStatus) res.statusCode = forcedStatus;
    let body = Buffer.concat(chunks);
    const localized = res.statusCode === 404 && isHtml ? notFound?.bodyFor(pathname) : undefined;
    if (localized) {
      body = localized;
      res.removeHeader('etag');
    }
    if (isHtml) {
      const html = withoutScripts(body.toString('utf8'));
      const reasons = isRedirect(res) ? [] : whyNotShown(body, html);
      if (reasons.length > 0) console.error(`Not sent, a 500 instead: ${req.method} ${req.url} (${res.statusCode}) would not show its content without scripts: ${reasons.join('; ')}`);
      body = reasons.length === 0 ? Buffer.from(html, 'utf8') : asServerError(res);
    }
    tidyHeaders(res, { isCompressible: true });
    const etag = res.getHeader('etag');
    const sent = encoded(body, req.headers['accept-encoding'], sameEveryTime(req, res));
    if (sent.encoding) {
      res.setHeader('Content-Encoding', sent.encoding);
      if (etag) res.setHeader('ETag', encodedETag(String(etag)));
    }
    res.removeHeader('Transfer-Encoding');
    res.setHeader('Content-Length', sent.body.length);
    finishing = true;
    return end(sent.body, done);
  };
}
