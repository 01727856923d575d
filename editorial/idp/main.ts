// npm run idp:demo — the local identity provider for trying the editorial server, on 127.0.0.1.
import { loadDemoAccounts } from './accounts';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DemoIdpRefusal, startDemoIdp } from './provider';

try {
  const { issuer, stop } = await startDemoIdp();
  const { password, accounts } = loadDemoAccounts();
  const width = Math.max(...accounts.map((account) => account.email.length));
  console.log(
    [
      `Fournisseur d’identité de démonstration (pour essayer et tester uniquement) : ${issuer}`,
      `Demo identity provider (for trying and testing only): ${issuer}/.well-known/openid-configuration`,
      `Client : ${DEMO_CLIENT_ID}, secret : ${process.env.EDITORIAL_OIDC_CLIENT_SECRET ? 'EDITORIAL_OIDC_CLIENT_SECRET' : `${DEMO_CLIENT_SECRET} (démonstration / demo)`}`,
      `Comptes / accounts — mot de passe / password : ${password}`,
      ...accounts.map((account) => `  ${account.email.padEnd(width)}  ${account.name} [${account.groups.join(', ')}]`),
    ].join('\n'),
  );
  const shutdown = () => void stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof DemoIdpRefusal ? error.message : error);
  process.exit(1);
}
