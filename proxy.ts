import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { LANGUAGE_COOKIE, routing } from './i18n/routing';

// Sends an address without a language to the visitor's: the language they chose with the switch
// (a cookie set only by /language), else their browser's (Accept-Language), else French. Every
// other address is a page whose answer depends on nothing but the address: no cookie is read or
// set there (routing.localeCookie is off), so any cache may keep it.
const handleI18nRouting = createMiddleware(routing);

const hasLanguagePrefix = (pathname: string) => routing.locales.some((locale) => pathname === `/${locale}` || pathname.startsWith(`/${locale}/`));

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
  const { pathname, search } = request.nextUrl;
  if (hasLanguagePrefix(pathname)) return handleI18nRouting(request);

  const chosen = request.cookies.get(LANGUAGE_COOKIE)?.value;
  const response = hasLocale(routing.locales, chosen) ? NextResponse.redirect(new URL(`/${chosen}${pathname === '/' ? '' : pathname}${search}`, request.url), 307) : handleI18nRouting(request);
  // The answer depends on this visitor's cookie and languages: no shared cache may keep it.
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('Vary', 'Cookie, Accept-Language');
  return response;
}

export const config = {
  // Everything except Next's internals, the language choice (/language), the social preview images
  // (/og/…), the studio of `npm run studio` (/keystatic, absent from production) and files with an
  // extension (robots.txt, sitemap.xml, icons).
  matcher: '/((?!api|og/|_next|_vercel|keystatic(?:/|$)|language(?:/|$)|.*\\..*).*)',
};
