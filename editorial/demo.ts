// npm run editorial:demo — the editorial server as the team uses it, to try on this machine: the
// demo identity provider (editorial/idp, 127.0.0.1:4100) and the server on http://127.0.0.1:4000,
// with the demo accounts' roles (editorial/demo/roles.yaml). Password of every account: `demo`.
import { randomBytes } from 'node:crypto';
import { readConfig } from './config';
import { DEMO_CLIENT_ID, startDemoIdp } from './idp/provider';
import { runEditorial, stopOnSignal } from './run';

const PORT = Number(process.env.EDITORIAL_PORT ?? 4000);
// A client secret of this start's own, known to the demo provider and the server only (the provider's default one is public).
process.env.EDITORIAL_OIDC_CLIENT_SECRET ||= randomBytes(32).toString('hex');
const publicUrl = `http://127.0.0.1:${PORT}`;
const idp = await startDemoIdp({ port: Number(process.env.IDP_PORT ?? 4100), clients: { redirectUris: [`${publicUrl}/auth/callback`], postLogoutRedirectUris: [`${publicUrl}/auth/signed-out`] } });
const config = readConfig(
  {
    ...process.env,
    EDITORIAL_MODE: 'team',
    EDITORIAL_PORT: String(PORT),
    EDITORIAL_PUBLIC_URL: publicUrl,
    EDITORIAL_OIDC_ISSUER: idp.issuer,
    EDITORIAL_OIDC_CLIENT_ID: DEMO_CLIENT_ID,
    EDITORIAL_OIDC_CLIENT_SECRET: process.env.EDITORIAL_OIDC_CLIENT_SECRET,
    EDITORIAL_SESSION_SECRET: process.env.EDITORIAL_SESSION_SECRET ?? randomBytes(32).toString('hex'),
    EDITORIAL_ROLES_FILE: 'editorial/demo/roles.yaml',
  },
  process.cwd(),
);
const stop = await runEditorial(config);
console.log(
  'Comptes de démonstration / demo accounts (mot de passe / password: demo): camille.martin@inserm.invalid, lea.dubois@inserm.invalid (rédaction), dominique.bernard@inserm.invalid (relecture), alex.moreau@inserm.invalid (administration), sam.petit@inserm.invalid (aucun rôle / no role)',
);
stopOnSignal(async () => {
  await stop();
  await idp.stop();
});
