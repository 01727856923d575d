import { readFileSync } from 'node:fs';
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { CSP_MANIFEST, type CspManifest, contentSecurityPolicy, NOT_FOUND_KEY } from './lib/security/csp';

// Negotiates the language on `/` (cookie, then Accept-Language, then French) and
// sends unprefixed paths to their localized form.
const handleI18nRouting = createMiddleware(routing);

let manifest: CspManifest | null | undefined;
/** The inline-script hashes of the prerendered pages, written by scripts/csp-hashes.ts after the build. */
function cspManifest(): CspManifest | null {
  if (manifest === undefined) {
    try {
      manifest = JSON.parse(readFileSync(CSP_MANIFEST, 'utf8')) as CspManifest;
    } catch {
      console.warn(`${CSP_MANIFEST} is missing (run \`npm run build\`, not \`next build\` alone): pages are served without a Content-Security-Policy.`);
      manifest = null;
    }
  }
  return manifest;
}

/**
 * A prerendered page gets the hashes of its own inline scripts; any other address may be the
 * not-found page (its hashes) or a page rendered on demand, whose scripts Next.js marks with the
 * nonce it reads from the request's policy.
 */
function policyFor(pathname: string, nonce: string): string | undefined {
  const hashes = cspManifest();
  if (!hashes) return undefined;
  const own = hashes[pathname.replace(/\/+$/, '') || '/'];
  return own ? contentSecurityPolicy({ hashes: own }) : contentSecurityPolicy({ hashes: hashes[NOT_FOUND_KEY], nonce });
}

export default function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding names no page: say so, instead of failing further in.
  let pathname: string;
  try {
    pathname = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not valid percent-encoding.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  // The development server evaluates code on the fly: a policy would only get in its way.
  const policy = process.env.NODE_ENV === 'production' ? policyFor(pathname, btoa(crypto.randomUUID())) : undefined;
  if (!policy) return handleI18nRouting(request);

  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Everything except Next's internals, the social preview images (/og/…) and files with an
  // extension (robots.txt, sitemap.xml, icons).
  matcher: '/((?!api|og/|_next|_vercel|.*\\..*).*)',
};
