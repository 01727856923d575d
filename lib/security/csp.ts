import { createHash } from 'node:crypto';

/** Where the build writes, for each prerendered page, the hashes of its inline scripts. */
export const CSP_MANIFEST = '.next/csp-hashes.json';
/** The key of the prerendered not-found page, served for every unknown address. */
export const NOT_FOUND_KEY = '/_not-found';

export type CspManifest = Record<string, string[]>;

/** `'sha256-…'` of one inline script, as a browser computes it. */
export const scriptHash = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/** The contents of every inline `<script>` (one without `src`) of an HTML document. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

/**
 * The Content-Security-Policy of a page. Scripts run only from this site, or inline when their hash
 * (prerendered pages) or nonce (pages rendered on demand) is listed: no 'unsafe-inline', no eval.
 */
export function contentSecurityPolicy({ hashes = [], nonce }: { hashes?: string[]; nonce?: string }): string {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/** Security headers for every response, pages and files alike (the CSP comes from proxy.ts). */
export const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];
