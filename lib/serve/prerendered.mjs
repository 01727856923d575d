// The prerendered responses, answered from memory. The build writes, for every response Next.js
// prerenders at a public address (pages, the tool finder's answers, the sitemap, robots.txt, the
// maps, the social preview images), its body in each encoding and the exact headers the server sends
// with it (scripts/prerendered-manifest.ts). The server loads them when it starts and answers GET
// and HEAD of those addresses itself, byte for byte what Next.js and lib/serve/response.mjs would
// send, without either: any other request goes to Next.js as before.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chosenEncoding, encodedETag } from './encoding.mjs';

/** Where the build records the prerendered responses, in the build's directory (.next). */
export const PRERENDERED_MANIFEST = 'prerendered-manifest.json';
/** Where the build writes their compressed copies, in the build's directory. */
export const PRERENDERED_DIR = 'prerendered';

/** The digest of a response's body: the manifest records it, the server checks the file it reads against it. */
export const digestOf = (body) => createHash('sha256').update(body).digest('base64');

// Whether the client's copy is current, as Next.js decides it for a prerendered page (the `fresh`
// package it sends its pages with): its ETag among If-None-Match, weak or strong, or `*`; never when
// the request says `no-cache`, nor when it asks If-Modified-Since (no page says when it changed).
const NO_CACHE = /(?:^|,)\s*?no-cache\s*?(?:,|$)/;

/** Whether a request's conditional headers match `etag`: the answer is then a 304. */
export function isFresh(headers, etag) {
  const noneMatch = headers['if-none-match'];
  const modifiedSince = headers['if-modified-since'];
  if (!noneMatch && !modifiedSince) return false;
  if (NO_CACHE.test(headers['cache-control'] ?? '')) return false;
  if (noneMatch && noneMatch !== '*') {
    const tags = noneMatch.split(',').map((tag) => tag.replace(/^ +| +$/g, ''));
    if (!tags.some((tag) => tag === etag || tag === `W/${etag}` || `W/${tag}` === etag)) return false;
  }
  return !modifiedSince;
}

/** Headers as Node.js writes them fastest: one flat list of names and values. */
const flat = (headers) => Object.entries(headers).flat();

/** The ETag among a response's headers, whatever the case of its name. */
const etagIn = (headers) => Object.entries(headers).find(([name]) => name.toLowerCase() === 'etag')?.[1];

/**
 * A response of the manifest, ready to send: its body and headers in each encoding (the body as it
 * is, and each compressed copy: then with a weak ETag, as lib/serve/response.mjs sends it), and what a
 * 304 sends.
 */
function prepared({ status, headers, notModified }, bodies) {
  const etag = etagIn(headers);
  const variants = Object.fromEntries(
    Object.entries(bodies).map(([encoding, body]) => {
      if (encoding === 'identity') return [encoding, { body, headers: flat({ ...headers, 'Content-Length': String(body.length) }) }];
      const withWeakETag = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, name.toLowerCase() === 'etag' ? encodedETag(value) : value]));
      return [encoding, { body, headers: flat({ ...withWeakETag, 'Content-Length': String(body.length), 'Content-Encoding': encoding }) }];
    }),
  );
  return { status, etag, notModified: notModified && flat(notModified), variants };
}

/**
 * The prerendered responses the build recorded in `distDir` (.next), read into memory, by address;
 * undefined when the build recorded none. A response whose body is missing or not the one the build
 * recorded (the build's files changed since) is left out, and named in `stale`: Next.js answers it.
 */
export function readPrerendered(distDir) {
  const record = path.join(distDir, PRERENDERED_MANIFEST);
  if (!existsSync(record)) return undefined;
  const { responses } = JSON.parse(readFileSync(record, 'utf8'));
  const answers = new Map();
  const stale = [];
  let bytes = 0;
  for (const [address, response] of Object.entries(responses)) {
    const files = Object.entries(response.files).map(([encoding, file]) => [encoding, path.join(distDir, file)]);
    const bodies = files.every(([, file]) => existsSync(file)) ? Object.fromEntries(files.map(([encoding, file]) => [encoding, readFileSync(file)])) : {};
    if (!bodies.identity || digestOf(bodies.identity) !== response.digest) {
      stale.push(address);
      continue;
    }
    for (const body of Object.values(bodies)) bytes += body.length;
    answers.set(address, prepared(response, bodies));
  }
  return { answers, bytes, stale };
}

/**
 * What the server answers from memory to a request (undefined: not a prerendered response, for
 * Next.js): a GET or HEAD of a recorded address, whatever its query (the prerendered pages read
 * none), compared as the client sent it. Any other spelling of the address (a trailing slash,
 * uppercase, percent-encoding, dot segments) goes to Next.js, which redirects it or answers it as
 * it always has. A HEAD gets the headers of the GET, as HTTP asks (Next.js and lib/serve/response.mjs
 * sent a HEAD the headers of the uncompressed page, whatever the client accepted).
 */
export function answerFor(answers, { method, url = '', headers }) {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const query = url.indexOf('?');
  const response = answers.get(query < 0 ? url : url.slice(0, query));
  if (!response) return undefined;
  if (response.etag && response.notModified && isFresh(headers, response.etag)) return { status: 304, headers: response.notModified };
  const encoding = chosenEncoding(headers['accept-encoding']);
  const variant = (encoding && response.variants[encoding]) || response.variants.identity;
  return { status: response.status, headers: variant.headers, body: method === 'HEAD' ? undefined : variant.body };
}

/** Answers `req` from memory if it asks for a prerendered response; false when Next.js must answer it. */
export function answerFromMemory(answers, req, res) {
  const answer = answerFor(answers, req);
  if (!answer) return false;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
  return true;
}
