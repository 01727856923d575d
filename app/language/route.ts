import type { NextRequest } from 'next/server';
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE } from '@/i18n/routing';
import { isSiteAddress } from '@/lib/site/addresses';
import { languageChoice } from '@/lib/site/language';

// The language switch goes through here: the visitor's choice is recorded (the site's only cookie,
// set nowhere else), then they are sent on to the page in that language. Neither answer may be kept
// by a cache; an address that is not a page of the site is refused.
export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  const choice = languageChoice(request.nextUrl.searchParams.get('to') ?? '', isSiteAddress);
  if (!choice) {
    return new Response('Cette adresse ne mène à aucune page du site. / This address leads to no page of the site.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return new Response(null, {
    status: 303,
    headers: {
      Location: choice.location,
      'Cache-Control': 'no-store',
      'Set-Cookie': `${LANGUAGE_COOKIE}=${choice.locale}; Path=/; Max-Age=${LANGUAGE_COOKIE_MAX_AGE}; Secure; HttpOnly; SameSite=Lax`,
    },
  });
}
