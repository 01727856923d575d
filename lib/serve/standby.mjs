// A server in standby. The release system keeps the servers of the release online just before the
// live one running (release/switch.ts): a rollback then starts nothing, it points the live sockets
// back at them. A server that stops being live must let go at once of the connections nginx keeps
// open to it, or nginx would go on sending visitors to the old release through them:
//   SIGUSR2   standby: the idle connections are closed now, every other one after the answer
//             under way (`Connection: close`, or closed once sent if its headers are out already);
//   SIGHUP    live again: connections are kept open as usual;
//   RELEASE_MODE   live or standby, as the release system starts its servers (a standby started
//             afresh: a rollback's target after a restart); without it, no standby and the signals
//             keep their usual meaning.
// /_release says which, and in standby how many connections the server still holds besides the one
// asking: the release system waits for none before it refreshes nginx's cache (which must never
// store a page of the old release).
// (Signals, not a request: whoever reaches a server through nginx could send a request, only its
// own user can send a signal.)

/** Adds standby to an http server; `signals` and `mode` are the process's own unless a test gives its own. */
export function standbyControl(server, { signals = process, mode = process.env.RELEASE_MODE } = {}) {
  let standby = mode === 'standby';
  let open = 0;
  /** The answers under way while live: when the server goes in standby, their connections are let go of too. */
  const underWay = new Set();
  server.on('connection', (socket) => {
    open += 1;
    socket.once('close', () => (open -= 1));
  });
  /** A connection whose answer is under way: not kept once it is sent (closed after it, if its headers are out already). */
  const letGo = (res) => {
    if (!res.headersSent) return res.setHeader('connection', 'close');
    const socket = res.socket;
    if (res.writableFinished) socket?.end();
    else res.once('finish', () => socket?.end());
  };
  // (A server the release system did not start, `npm start` in a terminal, keeps the signals' usual meaning.)
  if (mode !== undefined) {
    signals.on('SIGUSR2', () => {
      standby = true;
      server.closeIdleConnections();
      for (const res of underWay) letGo(res);
      underWay.clear();
    });
    signals.on('SIGHUP', () => {
      standby = false;
    });
  }
  return {
    /** Called first for every request: a server in standby keeps no connection once it has answered. */
    onRequest(res) {
      if (standby) return res.setHeader('connection', 'close');
      if (mode === undefined) return;
      underWay.add(res);
      res.once('close', () => underWay.delete(res));
    },
    /** What /_release adds to the release's record. */
    describe() {
      // (Nothing said by a server with no standby: the release system never signals it.)
      if (mode === undefined) return {};
      return standby ? { mode: 'standby', connections: Math.max(0, open - 1) } : { mode: 'live' };
    },
  };
}
