// The preview and the studio as the editorial server runs them: Next.js in development (what
// `next dev` runs), on 127.0.0.1, answering only the editorial server. Every request and every
// live-reload socket must carry the key the editorial server made for this start (in the
// environment, EDITORIAL_PREVIEW_KEY): any other local process is refused before Next.js sees it,
// and the person the editorial server names (x-editorial-person) is trusted because nobody else can
// name one. Run by editorial/preview.ts; not a command of its own.
//
// A custom server rather than `next dev`: `next dev` answers whoever reaches its port, and has no
// hook before its own handling (a proxy.ts does not see its internal routes nor its sockets).
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import next from 'next';
import { holdsPreviewKey, isDevelopmentTool, isPlainAddress } from './preview-key.mjs';

const key = process.env.EDITORIAL_PREVIEW_KEY ?? '';
const port = Number(process.env.EDITORIAL_PREVIEW_PORT);
if (key.length < 32 || !Number.isInteger(port)) {
  console.error('The preview is started by the editorial server only (EDITORIAL_PREVIEW_KEY, EDITORIAL_PREVIEW_PORT).');
  process.exit(1);
}
// The application has no use for it: out of its environment.
delete process.env.EDITORIAL_PREVIEW_KEY;
/**
 * Whether a request is the editorial server's: it holds the key, its path is as written (the
 * editorial server checked that very path), and it is not for the development server's own tools.
 */
function fromEditorialServer(req) {
  const path = (req.url ?? '').split('?')[0] ?? '';
  return holdsPreviewKey(req.headers, key) && isPlainAddress(path) && !isDevelopmentTool(path);
}

// Next.js listens for live-reload sockets on the server it is given (`httpServer`), or else on the
// server of the first request it handles, before any check: it is given a stand-in, and the server
// below hands it the sockets it lets through. (It starts listening at its first request: the
// editorial server asks for a page before anything else, editorial/preview.ts.)
const sockets = new EventEmitter();
const app = next({ dev: true, dir: process.cwd(), hostname: '127.0.0.1', port, httpServer: sockets });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  if (!fromEditorialServer(req)) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('Refusé : l’aperçu ne répond qu’à l’espace de rédaction.');
    return;
  }
  void handle(req, res);
});
server.on('upgrade', (req, socket, head) => {
  if (!fromEditorialServer(req)) {
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  sockets.emit('upgrade', req, socket, head);
});
server.listen(port, '127.0.0.1', () => console.log(`Preview ready on http://127.0.0.1:${port} (the editorial server's only)`));

const stop = () => {
  server.close();
  server.closeAllConnections();
  void app.close().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
