// The local identity provider for trying and testing the editorial server: oidc-provider (the
// certified OpenID Connect implementation) with one client, the editorial server, and the demo
// accounts of `demo-accounts.yaml`. It listens on 127.0.0.1 and nowhere else, and refuses to start
// in production: a provider whose accounts and password are public must never be reachable.
import { generateKeyPair, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { promisify } from 'node:util';
import { type Configuration, type Middleware, Provider } from 'oidc-provider';
import { z } from 'zod';
import { type DemoAccounts, loadDemoAccounts } from './accounts';
import { FIRST_PARTY_SCOPE, interactions } from './interactions';
import { contentSecurityPolicy, signedOutPage, signOutPage, errorPage } from './pages';

const LOOPBACK = '127.0.0.1';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from './public';
export { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from './public';

export interface DemoIdpOptions {
  /** Default `IDP_PORT`, or 4100; 0 for any free port. */
  port?: number;
  /** Default `IDP_HOST`, or 127.0.0.1, the only address accepted. */
  host?: string;
  /** The editorial server's addresses; default `EDITORIAL_PUBLIC_URL` (or http://127.0.0.1:4000) + /auth/callback and /auth/signed-out. */
  clients?: { redirectUris: string[]; postLogoutRedirectUris: string[] };
}

export interface DemoIdp {
  issuer: string;
  stop(): Promise<void>;
}

/** Why the demo provider will not start, in French and in English. */
export class DemoIdpRefusal extends Error {
  constructor(reasonFr: string, reasonEn: string) {
    super(
      `Refus de démarrer : ${reasonFr}. Ce fournisseur d’identité est un fournisseur de démonstration, pour essayer et tester uniquement, sur 127.0.0.1 ; ` +
        `ses comptes et son mot de passe sont publics. En production, utilisez le fournisseur d’identité de l’institution.\n` +
        `Refusing to start: ${reasonEn}. This identity provider is a demo provider, for trying and testing only, on 127.0.0.1; ` +
        `its accounts and password are public. In production, use the institution's identity provider.`,
    );
    this.name = 'DemoIdpRefusal';
  }
}

const unset = (value: unknown) => (value === '' ? undefined : value);
const environmentSchema = z.object({
  NODE_ENV: z.string().optional(),
  IDP_HOST: z.preprocess(unset, z.string().optional()),
  IDP_PORT: z.preprocess(unset, z.coerce.number('IDP_PORT: a port number, e.g. 4100').int().min(0).max(65535).default(4100)),
  EDITORIAL_PUBLIC_URL: z.preprocess(
    unset,
    z.url({ protocol: /^https?$/, error: 'EDITORIAL_PUBLIC_URL: the editorial server’s address, e.g. http://127.0.0.1:4000' }).default('http://127.0.0.1:4000'),
  ),
  EDITORIAL_OIDC_CLIENT_SECRET: z.preprocess(unset, z.string().default(DEMO_CLIENT_SECRET)),
});
type Environment = z.output<typeof environmentSchema>;

function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) throw new Error(`The demo identity provider's environment is not valid\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Refuses, before anything listens, any address but 127.0.0.1 and production. */
function refuseUnlessLocal(host: string | undefined, nodeEnv: string | undefined) {
  if (nodeEnv === 'production') throw new DemoIdpRefusal('NODE_ENV vaut « production »', 'NODE_ENV is "production"');
  if (host !== undefined && host !== LOOPBACK) throw new DemoIdpRefusal(`l’adresse demandée est « ${host} », pas 127.0.0.1`, `the address asked for is "${host}", not 127.0.0.1`);
}

/** A signing key made at start and kept in memory: every start invalidates the tokens of the last. */
async function signingKey(): Promise<object> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig' };
}

/** Security headers on every response, the pages' policy among them. */
function securityHeaders(policy: string): Middleware {
  return async (ctx, next) => {
    ctx.set('Content-Security-Policy', policy);
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'no-referrer');
    await next();
    // oidc-provider allows the one script it writes by adding its hash; `'none'` beside it would be ignored anyway.
    const written = ctx.response.get('Content-Security-Policy');
    if (/script-src 'none' 'sha256-/.test(written)) ctx.set('Content-Security-Policy', written.replace("script-src 'none' ", 'script-src '));
  };
}

function configuration(accounts: DemoAccounts, clientSecret: string, client: NonNullable<DemoIdpOptions['clients']>, key: object): Configuration {
  return {
    clients: [
      {
        client_id: DEMO_CLIENT_ID,
        client_secret: clientSecret,
        client_name: 'Espace de rédaction Inserm Europe et international',
        redirect_uris: client.redirectUris,
        post_logout_redirect_uris: client.postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx, sub) {
      const account = accounts.bySub(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, email: account.email, email_verified: true, name: account.name, groups: [...account.groups] }) };
    },
    // `groups` comes with the `openid` scope itself, so every ID token carries it: the editorial
    // server decides roles from it without asking for a scope a real provider may not know.
    claims: { openid: ['sub', 'groups'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid'],
    // Claims granted by scope go into the ID token too, not only to the userinfo endpoint.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    allowOmittingSingleRegisteredRedirectUri: false,
    pkce: { required: () => true },
    jwks: { keys: [key] },
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      // Cookies ignore ports: on 127.0.0.1 the editorial server's cookies and these share one jar.
      names: { session: 'demo_idp_session', interaction: 'demo_idp_interaction', resume: 'demo_idp_interaction_resume' },
    },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 3600, Session: 8 * 3600, Grant: 8 * 3600 },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          const accountId = ctx.oidc.session?.accountId;
          ctx.type = 'html';
          ctx.body = signOutPage({ form, email: accountId ? accounts.bySub(accountId)?.email : undefined });
        },
        async postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
    },
    // The editorial server is the institution's own application: it is granted its scopes without
    // a consent screen, through the grant the provider looks for before asking.
    async loadExistingGrant(ctx) {
      const { client, session, account, result, provider } = ctx.oidc;
      if (!client) return undefined;
      const grantId = result?.consent?.grantId ?? session?.grantIdFor(client.clientId);
      const existing = grantId ? await provider.Grant.find(grantId) : undefined;
      if (existing || !account || client.clientId !== DEMO_CLIENT_ID) return existing;
      const grant = new provider.Grant({ accountId: account.accountId, clientId: client.clientId });
      grant.addOIDCScope(FIRST_PARTY_SCOPE);
      await grant.save();
      return grant;
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorPage({ error: out.error, description: out.error_description });
    },
  };
}

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });

/** Starts the demo identity provider on 127.0.0.1; rejects with a `DemoIdpRefusal` anywhere else or in production. */
export async function startDemoIdp(options: DemoIdpOptions = {}): Promise<DemoIdp> {
  const env = readEnvironment(process.env);
  refuseUnlessLocal(options.host ?? env.IDP_HOST, env.NODE_ENV);
  const accounts = loadDemoAccounts();
  const publicUrl = env.EDITORIAL_PUBLIC_URL.replace(/\/+$/, '');
  const client = options.clients ?? { redirectUris: [`${publicUrl}/auth/callback`], postLogoutRedirectUris: [`${publicUrl}/auth/signed-out`] };
  const key = await signingKey();

  const server = createServer();
  await listen(server, options.port ?? env.IDP_PORT);
  const stop = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  try {
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('the demo identity provider has no port');
    const issuer = `http://${LOOPBACK}:${address.port}`;
    const provider = new Provider(issuer, configuration(accounts, env.EDITORIAL_OIDC_CLIENT_SECRET, client, key));
    provider.use(securityHeaders(contentSecurityPolicy([...client.redirectUris, ...client.postLogoutRedirectUris])));
    provider.use(interactions(provider, accounts));
    provider.on('server_error', (_ctx, error) => console.error(error));
    server.on('request', provider.callback());
    return { issuer, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
