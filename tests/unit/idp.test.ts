// The local identity provider for trying and testing the editorial server (editorial/idp/), over
// real HTTP, with openid-client as the relying party and fetch as the browser.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, type DemoIdp, DemoIdpRefusal, startDemoIdp } from '@/editorial/idp/provider';

const EDITORIAL = 'http://127.0.0.1:4999';
const CALLBACK = `${EDITORIAL}/auth/callback`;
const SIGNED_OUT = `${EDITORIAL}/auth/signed-out`;

let idp: DemoIdp;
let config: oidc.Configuration;

beforeAll(async () => {
  idp = await startDemoIdp({ port: 0, clients: { redirectUris: [CALLBACK], postLogoutRedirectUris: [SIGNED_OUT] } });
  config = await oidc.discovery(new URL(idp.issuer), DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, oidc.ClientSecretBasic(DEMO_CLIENT_SECRET), { execute: [oidc.allowInsecureRequests] });
});
afterAll(() => idp?.stop());
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A browser, as far as the provider can tell: cookies kept, redirects seen one by one, forms posted. */
function browser() {
  const cookies = new Map<string, string>();
  const request = async (url: string | URL, init: RequestInit = {}) => {
    const response = await fetch(new URL(url, idp.issuer), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value && !/expires=Thu, 01 Jan 1970/i.test(line)) cookies.set(name, value);
      else cookies.delete(name);
    }
    return response;
  };
  const location = (response: Response) => {
    expect(response.status, 'a redirect').toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    return new URL(response.headers.get('location') ?? '', idp.issuer);
  };
  const post = (url: string | URL, fields: Record<string, string>) =>
    request(url, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  return { request, location, post };
}

/** An authorization request as the editorial server makes it (PKCE, state, nonce); `pkce: false` leaves out the code challenge. */
async function authorizationRequest({ pkce = true } = {}) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const parameters: Record<string, string> = { redirect_uri: CALLBACK, scope: 'openid email profile', state, nonce };
  if (pkce) Object.assign(parameters, { code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256' });
  return { url: oidc.buildAuthorizationUrl(config, parameters), verifier, state, nonce };
}

/** Opens the sign-in page of a fresh authorization request; returns the page, its form's address and the request. */
async function openSignIn(b: ReturnType<typeof browser>) {
  const authorization = await authorizationRequest();
  const interaction = b.location(await b.request(authorization.url));
  const page = await b.request(interaction);
  const html = await page.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  return { page, html, action: action ?? '', authorization };
}

describe('the demo identity provider', () => {
  it('publishes its discovery document: its issuer, PKCE with S256, the groups claim', async () => {
    const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe(idp.issuer);
    expect(idp.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(discovery.code_challenge_methods_supported).toContain('S256');
    expect(discovery.claims_supported).toContain('groups');
    expect(discovery.end_session_endpoint).toBe(`${idp.issuer}/session/end`);
  });

  it('signs Camille Martin in through the form, with PKCE, and her ID token names her and her group', async () => {
    const b = browser();
    const { page, html, action, authorization } = await openSignIn(b);
    expect(page.status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Connexion — fournisseur d’identité de démonstration</title>');
    expect(html).toMatch(/<label for="email">Adresse e-mail<\/label>/);
    expect(html).toMatch(/<label for="password">Mot de passe<\/label>/);
    expect(html).not.toContain('role="alert"');
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!127\.0\.0\.1)/);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain(`form-action 'self' ${EDITORIAL}`);
    // Its one style sheet is the one the policy allows, byte for byte (a browser would ignore it otherwise).
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css = '']) => css);
    expect(styles).toHaveLength(1);
    const styleHash = createHash('sha256')
      .update(styles[0] ?? '')
      .digest('base64');
    expect(policy).toContain(`style-src 'sha256-${styleHash}'`);
    expect(html).not.toMatch(/\sstyle=/);

    const signedIn = await b.post(action, { email: 'camille.martin@inserm.invalid', password: 'demo' });
    const callback = b.location(await b.request(b.location(signedIn)));
    expect(callback.origin + callback.pathname).toBe(CALLBACK);

    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: authorization.verifier,
      expectedState: authorization.state,
      expectedNonce: authorization.nonce,
      idTokenExpected: true,
    });
    expect(tokens.claims()).toMatchObject({
      iss: idp.issuer,
      aud: DEMO_CLIENT_ID,
      email: 'camille.martin@inserm.invalid',
      email_verified: true,
      name: 'Camille Martin',
      groups: ['redaction'],
    });
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()?.sub ?? '');
    expect(userinfo).toMatchObject({ email: 'camille.martin@inserm.invalid', name: 'Camille Martin', groups: ['redaction'] });
  });

  it('signs out through /session/end with id_token_hint, after a French confirmation, back to the editorial server', async () => {
    const b = browser();
    const { action, authorization } = await openSignIn(b);
    const callback = b.location(await b.request(b.location(await b.post(action, { email: 'sam.petit@inserm.invalid', password: 'demo' }))));
    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: authorization.verifier, expectedState: authorization.state, expectedNonce: authorization.nonce });
    expect(tokens.claims()?.groups).toEqual([]);

    const endSession = oidc.buildEndSessionUrl(config, { id_token_hint: tokens.id_token ?? '', post_logout_redirect_uri: SIGNED_OUT, state: 'after' });
    const confirmation = await b.request(endSession);
    const html = await confirmation.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1>Se déconnecter ?</h1>');
    expect(html).toContain('sam.petit@inserm.invalid');
    const form = /<form id="op.logoutForm" method="post" action="([^"]+)"><input type="hidden" name="xsrf" value="([^"]+)"/.exec(html);
    expect(form).not.toBeNull();

    const signedOut = b.location(await b.post(form?.[1] ?? '', { xsrf: form?.[2] ?? '', logout: 'yes' }));
    expect(signedOut.href).toBe(`${SIGNED_OUT}?state=after`);
    // The session is gone: a new authorization request asks for the password again.
    const again = await authorizationRequest();
    expect(b.location(await b.request(again.url)).pathname).toMatch(/^\/interaction\//);
  });

  it('refuses a wrong password or an unknown account with a French error summary, and gives no code', async () => {
    const b = browser();
    const { action } = await openSignIn(b);

    const wrong = await b.post(action, { email: 'camille.martin@inserm.invalid', password: 'not-demo' });
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get('location')).toBeNull();
    const html = await wrong.text();
    expect(html).toContain('<title>Erreur : Connexion — fournisseur d’identité de démonstration</title>');
    expect(html).toMatch(/<div class="error-summary" role="alert"[^>]*>\s*<h2 id="error-summary-title">Il y a un problème<\/h2>/);
    expect(html).toContain('<li><a href="#password">Le mot de passe est incorrect');
    expect(html).toMatch(/<input id="password"[^>]*aria-invalid="true" aria-describedby="password-error"\s*\/?>/);
    expect(html).toContain('value="camille.martin@inserm.invalid"');
    expect(html).not.toMatch(/code=/);

    const unknown = await b.post(action, { email: 'personne@inserm.invalid', password: 'demo' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('<li><a href="#email">Aucun compte de démonstration n’a cette adresse e-mail');

    // The same interaction still signs in the right person afterwards: a mistake costs nothing but retyping.
    const right = await b.post(action, { email: 'camille.martin@inserm.invalid', password: 'demo' });
    expect(b.location(right).pathname).toMatch(/^\/auth\//);
  });

  it('refuses an authorization request without a PKCE code challenge', async () => {
    const b = browser();
    const { url } = await authorizationRequest({ pkce: false });
    const refusal = b.location(await b.request(url));
    expect(refusal.origin + refusal.pathname).toBe(CALLBACK);
    expect(refusal.searchParams.get('error')).toBe('invalid_request');
    expect(refusal.searchParams.get('error_description')).toMatch(/PKCE/);
    expect(refusal.searchParams.has('code')).toBe(false);
  });

  it('refuses to start on any address but 127.0.0.1, or in production, in French and English', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'localhost']) {
      const refusal = startDemoIdp({ port: 0, host });
      await expect(refusal).rejects.toBeInstanceOf(DemoIdpRefusal);
      await expect(refusal).rejects.toThrow(
        /Refus de démarrer : .*fournisseur de démonstration, pour essayer et tester uniquement[\s\S]*Refusing to start: .*demo provider, for trying and testing only/,
      );
    }
    vi.stubEnv('IDP_HOST', '0.0.0.0');
    await expect(startDemoIdp({ port: 0 })).rejects.toBeInstanceOf(DemoIdpRefusal);
    vi.stubEnv('IDP_HOST', '');
    vi.stubEnv('NODE_ENV', 'production');
    await expect(startDemoIdp({ port: 0 })).rejects.toThrow(/NODE_ENV/);
  });

  it('npm run idp:demo exits with code 1 and says why when asked for another address or in production', { timeout: 60_000 }, () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const asked: Record<string, string>[] = [{ IDP_HOST: '0.0.0.0' }, { NODE_ENV: 'production' }];
    for (const env of asked) {
      const run = spawnSync(tsx, ['editorial/idp/main.ts'], { env: { ...process.env, IDP_PORT: '0', ...env }, encoding: 'utf8', timeout: 30_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('Refus de démarrer');
      expect(run.stderr).toContain('Refusing to start');
      expect(run.stdout).not.toContain('http://');
    }
  });
});
