// The demo provider's interactions (oidc-provider leaves them to the deployment): the sign-in form
// at /interaction/<uid>, posted to /interaction/<uid>/login, and the consent prompt resolved without
// a screen for the first-party client.
import type { IncomingMessage } from 'node:http';
import { errors, type Interaction, type KoaContextWithOIDC, type Middleware, type Provider } from 'oidc-provider';
import type { DemoAccounts } from './accounts';
import { errorPage, type SignInErrors, signInPage } from './pages';

/** The scopes the editorial server is granted without being asked: it is the institution's own application. */
export const FIRST_PARTY_SCOPE = 'openid email profile';

const FORM_LIMIT = 8 * 1024;

/** The body of a browser's form, or undefined if it is not one (or too large to be one of ours). */
async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > FORM_LIMIT) return undefined;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Grants the first-party scopes to the interaction's account, in its existing grant or a new one. */
async function grantFirstParty(provider: Provider, interaction: Interaction): Promise<string> {
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params.client_id;
  if (!accountId || typeof clientId !== 'string') throw new Error('consent prompt without a signed-in account or a client');
  const grant = (interaction.grantId && (await provider.Grant.find(interaction.grantId))) || new provider.Grant({ accountId, clientId });
  grant.addOIDCScope(FIRST_PARTY_SCOPE);
  return grant.save();
}

function respond(ctx: KoaContextWithOIDC, status: number, body: string) {
  ctx.status = status;
  ctx.type = 'html';
  ctx.body = body;
}

export function interactions(provider: Provider, accounts: DemoAccounts): Middleware {
  return async (ctx, next) => {
    const [, uid, action] = /^\/interaction\/([\w-]+)(\/login)?$/.exec(ctx.path) ?? [];
    if (!uid) return next();
    ctx.set('Cache-Control', 'no-store');
    const expected = action ? 'POST' : 'GET';
    if (ctx.method !== expected) {
      ctx.set('Allow', expected);
      return respond(ctx, 405, errorPage({ error: 'invalid_request', description: `${ctx.method} is not allowed here` }));
    }

    let interaction: Interaction;
    try {
      interaction = await provider.interactionDetails(ctx.req, ctx.res);
    } catch (error) {
      if (!(error instanceof errors.SessionNotFound)) throw error;
      return respond(ctx, error.status, errorPage({ error: 'session_not_found', description: error.error_description }));
    }
    // The interaction's cookie names it; an address naming another one is a stale or forged link.
    if (interaction.uid !== uid) return respond(ctx, 400, errorPage({ error: 'session_not_found', description: 'interaction mismatch' }));

    const page = (errors?: SignInErrors, email?: string) => signInPage({ action: `/interaction/${uid}/login`, email, errors, accounts: accounts.accounts, password: accounts.password });
    const { name } = interaction.prompt;

    if (!action) {
      if (name === 'login') return respond(ctx, 200, page());
      if (name === 'consent') {
        const grantId = await grantFirstParty(provider, interaction);
        return provider.interactionFinished(ctx.req, ctx.res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      }
      throw new Error(`unexpected prompt ${name}`);
    }

    if (name !== 'login') return respond(ctx, 400, errorPage({ error: 'invalid_request', description: 'no sign-in is expected now' }));
    const form = await readForm(ctx.req);
    if (!form) return respond(ctx, 400, errorPage({ error: 'invalid_request', description: 'not a sign-in form' }));
    const email = form.get('email')?.trim() ?? '';
    const password = form.get('password') ?? '';
    const account = email ? accounts.byEmail(email) : undefined;
    // The demo accounts and their password are public (listed on this very page): saying which of
    // the two is wrong tells nothing away and helps the person more than a vague message.
    const problems: SignInErrors = {};
    if (!email) problems.email = 'Saisissez l’adresse e-mail d’un compte de démonstration';
    else if (!account) problems.email = 'Aucun compte de démonstration n’a cette adresse e-mail : reprenez-en une dans la liste des comptes';
    if (!password) problems.password = 'Saisissez le mot de passe';
    else if (account && !accounts.isPassword(password)) problems.password = 'Le mot de passe est incorrect : celui des comptes de démonstration est indiqué sous le formulaire';
    if (!account || problems.password) return respond(ctx, 400, page(problems, email));

    return provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: account.sub, amr: ['pwd'], remember: false } }, { mergeWithLastSubmission: false });
  };
}
