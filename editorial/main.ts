// The editorial server: `npm run editorial` for the team (sign-in through the identity provider),
// `npm run studio` for one person on their own machine. See README, "The editorial server".
// Its settings are the environment's (editorial/config.ts); on the command line, only its port:
// `npm run studio -- -p 4000` (or `--port 4000`, `--port=4000`). Anything else is refused, named.
import { portArgument, readConfig, SettingError } from './config';
import { runEditorial, stopOnSignal } from './run';

let config;
try {
  const port = portArgument(process.argv.slice(2));
  config = readConfig(port ? { ...process.env, EDITORIAL_PORT: port } : process.env, process.cwd());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
try {
  stopOnSignal(await runEditorial(config));
} catch (error) {
  console.error(error instanceof SettingError ? error.message : error);
  process.exit(1);
}
