import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { editorialWords } from '@/lib/editorial/words';

const w = editorialWords.screens;

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
<title>${escape(title)} – ${w.space} – ${w.site}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}?v=${version}">
</head>
<body>
<header>${w.site} · ${w.space}</header>
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
    w.signIn.title,
    `<h1>${w.signIn.heading}</h1>
${failed ? `<div role="alert"><p><strong>${w.signIn.failed}</strong> ${w.signIn.failedWhy}</p></div>` : ''}
<p>${w.signIn.intro}</p>
<p><a class="button" href="/auth/login?back=${encodeURIComponent(back)}">${w.signIn.button}</a></p>`,
  );
}

export function signedOutScreen(): string {
  return page(
    w.signedOut.title,
    `<h1>${w.signedOut.heading}</h1>
<p>${w.signedOut.body}</p>
<p><a class="button" href="/auth/login">${w.signedOut.again}</a></p>`,
  );
}

/** Signed in, but in no role: a polite refusal, and nothing else of the server (the sign-out form carries the session's token). */
export function refusedScreen(name: string, email: string, token = ''): string {
  return page(
    w.refused.title,
    `<h1>${w.refused.title}</h1>
<p>${w.refused.hello(escape(name), escape(email))}</p>
<p>${w.refused.ask}</p>
<form method="post" action="/auth/logout"><input type="hidden" name="token" value="${escape(token)}"><button class="button" type="submit">${w.refused.signOut}</button></form>`,
  );
}
