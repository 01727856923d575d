// The headers a request loses before it reaches Next.js (server.mjs): those of its client-side
// router, which the site does not use (every page is plain HTML), and those only its own
// infrastructure may set.

/**
 * Request headers that only Next.js's own client sends (client-side navigation, prefetch, server
 * actions) or that only its own infrastructure may set. A browser on this site never sends them;
 * answering them would give caches other variants of a page, or trust a forged header.
 */
const FRAMEWORK_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-hmr-refresh',
  'next-url',
  'next-action',
  'x-middleware-subrequest',
  'x-middleware-prefetch',
  'x-nextjs-data',
  'x-invoke-path',
  'x-invoke-query',
  'x-invoke-output',
  'x-invoke-status',
  'x-invoke-error',
  'x-matched-path',
  'x-now-route-matches',
  'x-prerender-revalidate',
  'x-prerender-revalidate-if-generated',
  'x-next-revalidate-tag-token',
  'x-next-revalidated-tags',
];

export function withoutFrameworkHeaders(headers) {
  for (const name of FRAMEWORK_REQUEST_HEADERS) delete headers[name];
}
