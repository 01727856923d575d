// Serves the built site: Next.js renders, and this server stands between it and the visitor.
//   node server.mjs            (PORT and HOSTNAME as for `next start`; defaults 3000 and 0.0.0.0)
// The same file runs the standalone output (npm run build copies it into .next/standalone).
//
// - Pages leave without a single script (lib/serve): the site works entirely without JavaScript.
// - An unknown address answers 404 in its language: English first under /en/, French under /fr/.
// - Requests lose the headers of Next.js's client-side router and internal headers; what the
//   site does not use (image optimisation) is not served.
// - Prerendered responses are answered from memory, compressed at build time (lib/serve/prerendered.mjs):
//   the same bytes and headers Next.js and lib/serve would send, without them.
// - /_release says which release this is (its commit); SIGTERM stops it without dropping a request;
//   SOCKET has it listen on a Unix socket (the release system's servers); SIGUSR2 and SIGHUP put it
//   in standby and back (lib/serve/standby.mjs).
// - The site only ever answers GET and HEAD (its one form, the search, is a GET form): other methods
//   are refused here, as are addresses that are not valid percent-encoding or hold a control
//   character (Next.js would answer some of them with a 500).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { readNotFoundPages } from './lib/serve/not-found.mjs';
import { readRelease, RELEASE_PATH } from './lib/serve/release.mjs';
import { readRetired } from './lib/serve/retired.mjs';
import { answerFromMemory, readPrerendered } from './lib/serve/prerendered.mjs';
import { standbyControl } from './lib/serve/standby.mjs';
import { withoutFrameworkHeaders } from './lib/serve/request-headers.mjs';
import { takeOver } from './lib/serve/response.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
process.env.NODE_ENV = 'production';

// The configuration the build resolved. Next.js takes it from __NEXT_PRIVATE_STANDALONE_CONFIG, as
// its own standalone server does, and then never looks for next.config.ts: the standalone output has
// no copy of it, and the server runs with exactly the headers, redirects and rewrites the build
// computed. (A custom server's `conf` option is not used by Next.js 16: the variable is the way.)
const built = path.join(dir, '.next', 'required-server-files.json');
if (!existsSync(built)) {
  console.error(`${built} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const { config } = JSON.parse(readFileSync(built, 'utf8'));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

// A page not found answers in the language of its address (lib/serve/not-found.mjs).
const notFound = readNotFoundPages(path.join(dir, '.next'));
// A retired page answers 410 Gone at its address (lib/serve/retired.mjs).
const retired = readRetired(path.join(dir, '.next'));
if (!notFound) console.warn('The not-found pages of each language are not recorded (run `npm run build`): unknown addresses get the bilingual one.');

// The prerendered responses, in memory: a GET or HEAD of one is answered without Next.js.
const prerendered = readPrerendered(path.join(dir, '.next'));
if (!prerendered) console.warn('The prerendered responses are not recorded (run `npm run build`): Next.js answers every request.');
else {
  const stale = prerendered.stale.length > 0 ? `; ${prerendered.stale.length} changed since the build recorded them, left to Next.js: ${prerendered.stale.join(', ')}` : '';
  console.log(`In memory: ${prerendered.answers.size} prerendered responses, ${(prerendered.bytes / 1024 / 1024).toFixed(1)} MB in all their encodings${stale}.`);
}
const answers = prerendered?.answers ?? new Map();

// Which release this is: its commit, when it was built, when this server started (lib/serve/release.mjs).
const release = readRelease(path.join(dir, '.next'));

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const METHODS = new Set(['GET', 'HEAD']);
/** Built-in endpoints of Next.js the site does not use. */
const UNUSED = /^\/_next\/(image|data)\b/;

function refuse(res, status, message, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...headers });
  res.end(message);
}

const server = createServer((req, res) => {
  standby.onRequest(res);
  if (req.url === RELEASE_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    return res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ ...release, ...standby.describe() }));
  }
  if (answerFromMemory(answers, req, res)) return;
  takeOver(req, res, { notFound, retired });
  if (req.method === 'OPTIONS') return refuse(res, 204, '', { allow: 'GET, HEAD' });
  if (!METHODS.has(req.method ?? '')) return refuse(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return refuse(res, 400, 'Bad request: the address is not valid percent-encoding.');
  }
  // No file or page is named with a control character; Next.js would try to cache such an address.
  if (/[\0-\x1f\x7f]/.test(pathname)) return refuse(res, 400, 'Bad request: the address contains a control character.');
  if (UNUSED.test(pathname)) return refuse(res, 404, 'Not found.');
  withoutFrameworkHeaders(req.headers);
  return handle(req, res);
});
// The release system keeps the previous release's servers in standby, ready for a rollback (lib/serve/standby.mjs).
const standby = standbyControl(server);
// SOCKET: a Unix socket instead of a port (the release system's servers, behind nginx: a release is
// switched by pointing the live sockets nginx knows at its own, nginx untouched).
const socket = process.env.SOCKET;
if (socket) server.listen({ path: socket, readableAll: true, writableAll: true }, () => console.log(`Ready on ${socket}`));
else server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));

// Stopped (a release switched away from this server): no new connection, the requests under way
// answered, then gone — nothing dropped. A request that would not end is not waited for forever.
const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 15_000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
