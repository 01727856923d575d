import * as oidc from 'openid-client';
import type { TeamConfig } from './config';

/**
 * Sign-in through the institution's identity provider, with OpenID Connect, by openid-client:
 * authorization code with PKCE, `state` and `nonce` checked, the provider's keys fetched (and fetched
 * again when they rotate) by the library. The site stores no password.
 */

/** A sign-in under way: what the callback must find again in the person's session. */
export interface SignInTransaction {
  verifier: string;
  state: string;
  nonce: string;
}

export interface SignedIn {
  email: string;
  name: string;
  /** The claims as the provider gave them (the group claim, when roles come from it). */
  claims: Record<string, unknown>;
  idToken: string;
}

const isLoopback = (url: URL) => url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';

export async function identityProvider(config: TeamConfig) {
  const issuer = config.EDITORIAL_OIDC_ISSUER;
  // Plain HTTP only for a provider on this machine (the demo provider, for trying and testing).
  if (issuer.protocol !== 'https:' && !isLoopback(issuer)) throw new Error(`EDITORIAL_OIDC_ISSUER must be an https:// address (${issuer.href} is not).`);
  const configuration = await oidc.discovery(issuer, config.EDITORIAL_OIDC_CLIENT_ID, config.EDITORIAL_OIDC_CLIENT_SECRET, undefined, {
    execute: issuer.protocol === 'https:' ? [] : [oidc.allowInsecureRequests],
  });
  const redirectUri = new URL('/auth/callback', config.EDITORIAL_PUBLIC_URL).href;

  return {
    /** Where to send the person to sign in, and what to keep in their session until they come back. */
    async start(): Promise<{ url: URL; transaction: SignInTransaction }> {
      const transaction = { verifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce() };
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(transaction.verifier),
        code_challenge_method: 'S256',
        state: transaction.state,
        nonce: transaction.nonce,
      });
      return { url, transaction };
    },

    /** The person the provider sends back, once the code is exchanged and the ID token checked; throws otherwise. */
    async finish(callbackUrl: URL, transaction: SignInTransaction): Promise<SignedIn> {
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: transaction.verifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || typeof claims.email !== 'string' || !tokens.id_token) throw new Error('the identity provider gave no e-mail address');
      const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : claims.email;
      return { email: claims.email, name, claims: { ...claims }, idToken: tokens.id_token };
    },

    /** Where to sign out at the provider too, then come back to the signed-out screen. */
    endSessionUrl(idToken?: string): URL | undefined {
      if (!configuration.serverMetadata().end_session_endpoint) return undefined;
      return oidc.buildEndSessionUrl(configuration, {
        post_logout_redirect_uri: new URL('/auth/signed-out', config.EDITORIAL_PUBLIC_URL).href,
        ...(idToken ? { id_token_hint: idToken } : {}),
      });
    },

    issuerOrigin: issuer.origin,
  };
}

export type IdentityProvider = Awaited<ReturnType<typeof identityProvider>>;
