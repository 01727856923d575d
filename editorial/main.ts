// The editorial server: `npm run editorial` for the team (sign-in through the identity provider),
// `npm run studio` for one person on their own machine. See README, "The editorial server".
import { readConfig } from './config';
import { runEditorial, stopOnSignal } from './run';

let config;
try {
  config = readConfig(process.env, process.cwd());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
stopOnSignal(await runEditorial(config));
