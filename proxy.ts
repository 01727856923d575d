import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';

// Negotiates the language on `/` (cookie, then Accept-Language, then French) and
// sends unprefixed paths to their localized form.
const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding names no page: say so, instead of failing further in.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not valid percent-encoding.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return handleI18nRouting(request);
}

export const config = {
  // Everything except Next's internals, the social preview images (/og/…) and files with an
  // extension (robots.txt, sitemap.xml, icons).
  matcher: '/((?!api|og/|_next|_vercel|.*\\..*).*)',
};
