// The headers every response leaves with (lib/serve/response.mjs sets them just before they are
// sent): none of those Next.js adds about itself, the site's security headers, the site's policy on
// every page, and a Vary that any cache understands.
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../security/policy.mjs';

/** Response headers Next.js adds about itself: of no use to visitors or caches. */
const FRAMEWORK_RESPONSE_HEADERS = /^x-nextjs-|^x-middleware-|^x-matched-path$/i;
/** Vary entries for Next.js's client-side router, whose headers never reach it here. */
const FRAMEWORK_VARY = /^(rsc|next-router-[\w-]+|next-url)$/i;

const HTML = /^text\/html\b/i;

const typeOf = (res) => String(res.getHeader('content-type') ?? '');

/** Sets the headers every response leaves with; `isCompressible`: its body may be compressed, so it varies with Accept-Encoding. */
export function tidyHeaders(res, { isCompressible }) {
  for (const name of res.getHeaderNames()) if (FRAMEWORK_RESPONSE_HEADERS.test(name)) res.removeHeader(name);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  // Whatever rendered it, a page leaves with the site's policy: no script may run.
  if (HTML.test(typeOf(res))) res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  const vary = String(res.getHeader('vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v && !FRAMEWORK_VARY.test(v) && v.toLowerCase() !== 'accept-encoding');
  if (isCompressible) vary.push('Accept-Encoding');
  if (vary.length > 0) res.setHeader('Vary', vary.join(', '));
  else res.removeHeader('Vary');
}
