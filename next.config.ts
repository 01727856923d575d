import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import path from 'node:path';
import { checkContent } from './lib/content/check';
import { ContentError } from './lib/content/problems';
import { searchPaths } from './i18n/routing';
import { securityHeaders } from './lib/security/csp';

// Turbopack needs MDX plugins by package name (strings), not as imported functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: ['rehype-slug'],
  },
});

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const localizedSearchPaths = Object.entries(searchPaths).filter(([locale, path]) => path !== `/${locale}/search`);

const nextConfig: NextConfig = {
  // .next/standalone/server.js runs the site with only the files it needs (see README).
  output: 'standalone',
  // Read at run time when a page is refreshed (revalidate), so the standalone server needs them.
  outputFileTracingIncludes: { '/**': ['./content/**/*', './messages/*.json'] },
  poweredByHeader: false,
  reactStrictMode: true,
  // Localized addresses of the search page, served by app/[locale]/search: the route's own
  // address redirects to the localized one, which is rewritten to the route.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  async redirects() {
    return localizedSearchPaths.map(([locale, path]) => ({ source: `/${locale}/search`, destination: path, permanent: true }));
  },
  async rewrites() {
    return localizedSearchPaths.map(([locale, path]) => ({ source: path, destination: `/${locale}/search` }));
  },
};

export default async function config(phase: string): Promise<NextConfig> {
  // A production build refuses invalid content, with the same messages as `npm run content:check`.
  // (`next typegen` loads this file in the same phase, but builds nothing: it need not check.)
  if (phase === PHASE_PRODUCTION_BUILD && !process.argv.includes('typegen')) {
    const { errors } = await checkContent(path.resolve('content'), { label: 'content', publicDir: path.resolve('public') });
    if (errors.length > 0) throw new ContentError(errors);
  }
  return withNextIntl(withMDX(nextConfig));
}
