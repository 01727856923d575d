// The pages of the demo identity provider, in French: sign-in, sign-out confirmation, signed out,
// error. Plain HTML forms that work without JavaScript, one inline style sheet (no font, no image,
// nothing fetched from elsewhere) in light and dark, allowed by its hash in the pages' policy.
import { createHash } from 'node:crypto';
import type { DemoAccount } from './accounts';

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#4b4b4b;--accent:#0b4f9c;--accent-fg:#fff;--error:#b00020;--border:#5f5f5f;--note-bg:#fff4d6;--note-border:#8a6d00;--focus:#ffbf47;--focus-fg:#0b0c0c}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#f1f1f1;--muted:#c9c9c9;--accent:#8ab4f8;--accent-fg:#0b0c0c;--error:#ff8a80;--border:#a0a0a0;--note-bg:#2e2600;--note-border:#e0c04a}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.demo{padding:0 1rem;background:var(--note-bg);border-bottom:4px solid var(--note-border)}
.demo p{max-width:36rem;margin:0 auto;padding:.75rem 0}
main{max-width:38rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,.error-summary:focus{outline:3px solid var(--focus);outline-offset:2px;box-shadow:0 0 0 6px var(--focus-fg)}
.error-summary{border:4px solid var(--error);padding:1rem;margin:0 0 1.5rem}
.error-summary h2{margin-top:0}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:var(--error);font-weight:700}
.field{margin:0 0 1.25rem}
.field-error{border-left:4px solid var(--error);padding-left:.75rem}
label{display:block;font-weight:700;margin-bottom:.25rem}
.error-message{color:var(--error);font-weight:700;margin:0 0 .25rem}
input{display:block;width:100%;max-width:24rem;font:inherit;padding:.4rem .5rem;color:var(--fg);background:var(--bg);border:2px solid var(--border);border-radius:0}
.field-error input{border-color:var(--error)}
button{font:inherit;font-weight:700;padding:.5rem 1rem;margin:0 .75rem .75rem 0;border:2px solid var(--accent);border-radius:0;background:var(--accent);color:var(--accent-fg);cursor:pointer}
button.secondary{background:transparent;color:var(--fg);border-color:var(--border)}
.hint{color:var(--muted)}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:700;margin-bottom:.25rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem .35rem 0;border-bottom:1px solid var(--border)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.95em}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important;border:0!important}
`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
// Whole, so that nothing (Prettier formatting the templates below among others) can add a byte to
// what the hash allows.
const STYLE_ELEMENT = `<style>${STYLE}</style>`;

/**
 * The Content-Security-Policy of every response of the provider: nothing but its own style sheet,
 * no script (oidc-provider adds the hash of the one it writes itself, the form that carries a
 * sign-out on when no session is left), forms only to the provider and to the addresses it sends
 * people back to (a browser checks `form-action` on the redirects that follow a form).
 */
export function contentSecurityPolicy(formTargets: readonly string[]): string {
  const origins = [...new Set(formTargets.map((target) => new URL(target).origin))];
  return ["default-src 'none'", "script-src 'none'", `style-src 'sha256-${STYLE_HASH}'`, `form-action 'self' ${origins.join(' ')}`.trim(), "frame-ancestors 'none'", "base-uri 'none'"].join('; ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** Marks text as already HTML: the only way into a page without escaping. */
class Html {
  constructor(readonly source: string) {}
  toString() {
    return this.source;
  }
}

/** A template tag that escapes every value but `Html`, arrays joined. */
function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  const render = (value: unknown): string => {
    if (value instanceof Html) return value.source;
    if (Array.isArray(value)) return value.map(render).join('');
    if (value === undefined || value === null || value === false) return '';
    return escape(String(value));
  };
  return new Html(strings.reduce((out, string, index) => out + string + (index < values.length ? render(values[index]) : ''), ''));
}

const NAME = 'fournisseur d’identité de démonstration';

function layout(title: string, main: Html): string {
  return `<!DOCTYPE html>${html`<html lang="fr">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light dark" />
      <meta name="robots" content="noindex" />
      <title>${title} — ${NAME}</title>
      ${new Html(STYLE_ELEMENT)}
    </head>
    <body>
      <header class="demo">
        <p>
          <strong>Démonstration.</strong> Ce fournisseur d’identité sert uniquement à essayer et à tester l’espace de rédaction, sur cet ordinateur : il ne connaît que des comptes fictifs. N’y
          saisissez jamais un vrai mot de passe.
        </p>
      </header>
      <main>${main}</main>
    </body>
  </html> `}`;
}

/** What went wrong in the sign-in form, field by field (GOV.UK's error summary and error messages). */
export interface SignInErrors {
  email?: string;
  password?: string;
}

interface SignInPage {
  action: string;
  email?: string;
  errors?: SignInErrors;
  accounts: readonly DemoAccount[];
  password: string;
}

export function signInPage({ action, email = '', errors = {}, accounts, password }: SignInPage): string {
  const problems = (['email', 'password'] as const).flatMap((field) => (errors[field] ? [{ field, message: errors[field] }] : []));
  const field = (name: 'email' | 'password', label: string, input: Html) => {
    const error = errors[name];
    return html`<div class="field${error ? ' field-error' : ''}">
      <label for="${name}">${label}</label>
      ${error ? html`<p class="error-message" id="${name}-error"><span class="visually-hidden">Erreur :</span> ${error}</p>` : ''} ${input}
    </div>`;
  };
  const invalid = (name: 'email' | 'password') => (errors[name] ? html` aria-invalid="true" aria-describedby="${name}-error"` : '');
  const main = html`<h1>Connexion</h1>
    ${
      problems.length
        ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
            <h2 id="error-summary-title">Il y a un problème</h2>
            <ul>
              ${problems.map(({ field, message }) => html`<li><a href="#${field}">${message}</a></li>`)}
            </ul>
          </div>`
        : ''
    }
    <p>Connectez-vous avec l’un des comptes de démonstration ci-dessous pour entrer dans l’espace de rédaction.</p>
    <form method="post" action="${action}" novalidate>
      ${field('email', 'Adresse e-mail', html`<input id="email" name="email" type="email" autocomplete="username" spellcheck="false" required value="${email}" ${invalid('email')} />`)}
      ${field('password', 'Mot de passe', html`<input id="password" name="password" type="password" autocomplete="current-password" required${invalid('password')} />`)}
      <button type="submit">Se connecter</button>
    </form>
    <h2 id="comptes">Comptes de démonstration</h2>
    <p>Le mot de passe de tous les comptes est <code>${password}</code>.</p>
    <table aria-labelledby="comptes">
      <thead>
        <tr>
          <th scope="col">Adresse e-mail</th>
          <th scope="col">Nom</th>
          <th scope="col">Groupes</th>
          <th scope="col">Pour</th>
        </tr>
      </thead>
      <tbody>
        ${accounts.map(
          (account) =>
            html`<tr>
              <td><code>${account.email}</code></td>
              <td>${account.name}</td>
              <td>${account.groups.length ? account.groups.join(', ') : 'aucun'}</td>
              <td>${account.note}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  return layout(problems.length ? 'Erreur : Connexion' : 'Connexion', main);
}

/**
 * The sign-out confirmation. `form` is oidc-provider's own (a hidden form with its anti-forgery
 * token, id `op.logoutForm`); both buttons submit it, and either way the person leaves the
 * editorial space: "yes" also closes their session with the provider.
 */
export function signOutPage({ form, email }: { form: string; email?: string }): string {
  const main = html`<h1>Se déconnecter ?</h1>
    ${email ? html`<p>Votre session sur le ${NAME} est ouverte avec le compte <code>${email}</code>.</p>` : ''}
    <p class="hint">Dans les deux cas, vous quittez l’espace de rédaction.</p>
    ${new Html(form)}
    <button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Oui, fermer aussi ma session ici</button>
    <button type="submit" form="op.logoutForm" class="secondary">Non, garder ma session ici</button>`;
  return layout('Déconnexion', main);
}

export function signedOutPage(): string {
  return layout(
    'Déconnexion effectuée',
    html`<h1>Déconnexion effectuée</h1>
      <p>Votre session sur le ${NAME} est fermée.</p>`,
  );
}

const ERRORS: Record<string, string> = {
  invalid_request: 'La demande de connexion n’est pas valable.',
  invalid_client: 'L’application qui demande la connexion n’est pas connue de ce fournisseur.',
  invalid_redirect_uri: 'L’adresse de retour demandée n’est pas enregistrée pour cette application.',
  invalid_scope: 'La demande porte sur des informations que ce fournisseur ne donne pas.',
  session_not_found: 'Cette connexion a expiré ou a été ouverte dans un autre navigateur.',
  access_denied: 'La connexion a été refusée.',
};

/** An error the provider cannot send back to the application: what it means in French, and the library's own words (in English). */
export function errorPage({ error, description }: { error: string; description?: string }): string {
  const main = html`<h1>La connexion n’a pas abouti</h1>
    <p>${ERRORS[error] ?? 'Le fournisseur d’identité n’a pas pu traiter cette demande.'} Revenez à l’espace de rédaction et recommencez la connexion.</p>
    <p class="hint">Code de l’erreur : <code>${error}</code>${description ? html` — <span lang="en">${description}</span>` : ''}</p>`;
  return layout('Erreur', main);
}
