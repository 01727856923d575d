import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Negotiates the language on `/` (cookie, then Accept-Language, then French) and
// sends unprefixed paths to their localized form.
export default createMiddleware(routing);

export const config = {
  // Everything except Next's internals and files with an extension (robots.txt, sitemap.xml, icons).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
