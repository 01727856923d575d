// The Content-Security-Policy of the site. Pages run no script at all (lib/serve/html.mjs takes the
// framework's out), so the policy says so: nothing may run, nothing may load but this site's own
// styles and images, nothing may frame the pages. A constant: no build artefact to compute or
// lose, and the server sets it on every page it sends (lib/serve/response.mjs), whatever Next.js did.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  // No script runs here to connect anywhere; tools that audit pages (Lighthouse reads robots.txt
  // with a fetch from the page) may read the site's own files.
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  'upgrade-insecure-requests',
].join('; ');

/** Headers for every response, pages and files alike. */
export const SECURITY_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
