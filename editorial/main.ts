// The editorial server: `npm run editorial` for the team (sign-in through the identity provider),
// `npm run studio` for one person on their own machine. See README, "The editorial server".
import { readConfig } from './config';
import { startPreview } from './preview';
import { createEditorialServer } from './server';
import { identityProvider } from './sign-in';

const config = (() => {
  try {
    return readConfig(process.env, process.cwd());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();

const idp = config.EDITORIAL_MODE === 'team' ? await identityProvider(config) : undefined;
const preview = await startPreview(config.root, { EDITORIAL_STATE_DIR: config.stateDir });
const { server } = await createEditorialServer(config, preview.port, idp);
const host = config.EDITORIAL_MODE === 'team' ? config.EDITORIAL_HOST : '127.0.0.1';
server.listen(config.EDITORIAL_PORT, host, () => {
  const address = config.EDITORIAL_MODE === 'team' ? config.EDITORIAL_PUBLIC_URL.origin : `http://127.0.0.1:${config.EDITORIAL_PORT}`;
  console.log(`Espace de rédaction / editorial server: ${address}/fr/studio (${config.EDITORIAL_MODE === 'team' ? 'team, sign-in required' : 'this machine only'})`);
});

const stop = async () => {
  server.close();
  await preview.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
