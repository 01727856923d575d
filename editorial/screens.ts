import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/**
 * The screens the editorial server shows itself, in French, before anything of the studio can be
 * reached: sign in, signed out, refused. Plain HTML that works without scripts, with one stylesheet
 * of its own (`STYLESHEET_PATH`), light and dark.
 */

export const STYLESHEET_PATH = '/_editorial/screens.css';
export const stylesheet = readFileSync(new URL('./screens.css', import.meta.url));
/** The stylesheet's fingerprint, in its address: a cache may keep it as long as it likes. */
const version = createHash('sha256').update(stylesheet).digest('hex').slice(0, 12);

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)} – Espace de rédaction – Inserm Europe et international</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}?v=${version}">
</head>
<body>
<header>Inserm – Europe et international · Espace de rédaction</header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** Before anything else: who is there? `back` is where to go once signed in (an address of this server). */
export function signInScreen(back: string, failed = false): string {
  return page(
    'Connexion',
    `<h1>Connexion à l’espace de rédaction</h1>
${failed ? '<div role="alert"><p><strong>La connexion n’a pas abouti.</strong> Elle a peut-être expiré, ou été interrompue : recommencez.</p></div>' : ''}
<p>L’espace de rédaction est réservé à l’équipe de communication Europe et international. Connectez-vous avec votre compte de l’Inserm&nbsp;: vous reviendrez ensuite à la page demandée.</p>
<p><a class="button" href="/auth/login?back=${encodeURIComponent(back)}">Se connecter avec le compte de l’Inserm</a></p>`,
  );
}

export function signedOutScreen(): string {
  return page(
    'Déconnexion',
    `<h1>Vous êtes déconnecté</h1>
<p>Votre session est fermée sur ce navigateur.</p>
<p><a class="button" href="/auth/login">Se reconnecter</a></p>`,
  );
}

/** Signed in, but in no role: a polite refusal, and nothing else of the server (the sign-out form carries the session's token). */
export function refusedScreen(name: string, email: string, token = ''): string {
  return page(
    'Accès refusé',
    `<h1>Accès refusé</h1>
<p>Bonjour ${escape(name)}. Votre compte (${escape(email)}) n’a pas encore de rôle dans l’espace de rédaction : vous ne pouvez ni lire ni modifier les pages.</p>
<p>Si vous faites partie de l’équipe, demandez à un administrateur de l’espace de rédaction de vous en donner un.</p>
<form method="post" action="/auth/logout"><input type="hidden" name="token" value="${escape(token)}"><button class="button" type="submit">Se déconnecter</button></form>`,
  );
}
