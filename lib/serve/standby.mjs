// A server in standby. The release system keeps the servers of the release online just before the
// live one running (release/switch.ts): a rollback then starts nothing, it points the live sockets
// back at them. A server that stops being live must let go at once of the connections nginx keeps
// open to it, or nginx would go on sending visitors to the old release through them:
//   SIGUSR2   standby: the idle connections are closed now, every other one after the response
//             under way (it answers `Connection: close`);
//   SIGHUP    live again: connections are kept open as usual;
//   RELEASE_MODE=standby   starts a server in standby (a rollback's target started afresh).
// /_release says which, and in standby how many connections the server still holds besides the one
// asking: the release system waits for none before it refreshes nginx's cache (which must never
// store a page of the old release).
// (Signals, not a request: whoever reaches a server through nginx could send a request, only its
// own user can send a signal.)

/** Adds standby to an http server; `signals` and `mode` are the process's own unless a test gives its own. */
export function standbyControl(server, { signals = process, mode = process.env.RELEASE_MODE } = {}) {
  let standby = mode === 'standby';
  let open = 0;
  server.on('connection', (socket) => {
    open += 1;
    socket.once('close', () => (open -= 1));
  });
  signals.on('SIGUSR2', () => {
    standby = true;
    server.closeIdleConnections();
  });
  signals.on('SIGHUP', () => {
    standby = false;
  });
  return {
    /** Called first for every request: a server in standby keeps no connection once it has answered. */
    onRequest(res) {
      if (standby) res.setHeader('connection', 'close');
    },
    /** What /_release adds to the release's record. */
    describe() {
      return standby ? { mode: 'standby', connections: Math.max(0, open - 1) } : { mode: 'live' };
    },
  };
}
