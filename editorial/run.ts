import type { EditorialConfig } from './config';
import { startPreview } from './preview';
import { createEditorialServer } from './server';
import { identityProvider } from './sign-in';

/** Starts the preview, then the editorial server in front of it; answers what stops both. */
export async function runEditorial(config: EditorialConfig): Promise<() => Promise<void>> {
  const idp = config.EDITORIAL_MODE === 'team' ? await identityProvider(config) : undefined;
  const preview = await startPreview(config.root, { EDITORIAL_STATE_DIR: config.stateDir });
  const { server } = await createEditorialServer(config, preview.port, idp);
  const host = config.EDITORIAL_MODE === 'team' ? config.EDITORIAL_HOST : '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(config.EDITORIAL_PORT, host, resolve));
  const address = config.EDITORIAL_MODE === 'team' ? config.EDITORIAL_PUBLIC_URL.origin : `http://127.0.0.1:${config.EDITORIAL_PORT}`;
  console.log(`Espace de rédaction / editorial server: ${address}/fr/studio (${config.EDITORIAL_MODE === 'team' ? 'team, sign-in required' : 'this machine only'})`);
  return async () => {
    // Live-reload sockets are not the server's connections any more once upgraded: they end with
    // the preview, so the server's closing is not waited for.
    server.close();
    server.closeAllConnections();
    await preview.stop();
  };
}

/** Stops on Ctrl-C or a service manager's stop. */
export function stopOnSignal(stop: () => Promise<void>) {
  const once = async () => {
    await stop();
    process.exit(0);
  };
  process.once('SIGINT', once);
  process.once('SIGTERM', once);
}
