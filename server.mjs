// Serves the built site like `next start`, behind a guard for two kinds of request that Next.js
// itself answers with a 500 and a stack trace in the log: methods its proxy cannot represent
// (TRACE, TRACK, CONNECT) and addresses that are not valid percent-encoding.
//   node server.mjs            (PORT and HOSTNAME as for `next start`; defaults 3000 and 0.0.0.0)
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const REFUSED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

function refuse(res, status, message, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers });
  res.end(message);
}

createServer((req, res) => {
  if (REFUSED_METHODS.has(req.method ?? '')) return refuse(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
  try {
    decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return refuse(res, 400, 'Bad request: the address is not valid percent-encoding.');
  }
  return handle(req, res);
}).listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));
