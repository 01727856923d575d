import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import path from 'node:path';
import { type Locale, previewPaths, searchPaths } from './i18n/routing';
import { checkContent } from './lib/content/check';
import { MARKDOWN_PLUGINS } from './lib/content/pipeline';
import { ContentError } from './lib/content/problems';
import { securityHeaders } from './lib/security/csp';

// Turbopack needs MDX plugins by package name (strings), not as imported functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: [...MARKDOWN_PLUGINS.remark],
    rehypePlugins: [...MARKDOWN_PLUGINS.rehype],
  },
});

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * Routes with an address per language (`/fr/recherche` for app/[locale]/search): the route's own
 * address redirects to the localized one, which is rewritten to the route.
 */
function localizedRoutes(routes: Record<string, Record<Locale, string>>) {
  const moves = Object.entries(routes).flatMap(([route, paths]) =>
    Object.entries(paths)
      .filter(([locale, path]) => path !== `/${locale}/${route}`)
      .map(([locale, path]) => ({ own: `/${locale}/${route}`, localized: path })),
  );
  return {
    redirects: moves.map(({ own, localized }) => ({ source: own, destination: localized, permanent: true })),
    rewrites: moves.map(({ own, localized }) => ({ source: localized, destination: own })),
  };
}

export default async function config(phase: string): Promise<NextConfig> {
  const isPreview = phase === PHASE_DEVELOPMENT_SERVER;
  // A production build refuses invalid content, with the same messages as `npm run content:check`.
  // (`next typegen` loads this file in the same phase, but builds nothing: it need not check.)
  if (phase === PHASE_PRODUCTION_BUILD && !process.argv.includes('typegen')) {
    const { errors } = await checkContent(path.resolve('content'), { label: 'content', publicDir: path.resolve('public') });
    if (errors.length > 0) throw new ContentError(errors);
  }
  const routes = localizedRoutes({ search: searchPaths, ...(isPreview ? { preview: previewPaths } : {}) });

  const nextConfig: NextConfig = {
    // The preview's own pages are `page.dev.tsx`: routes in `npm run dev`, plain files to a production build.
    pageExtensions: isPreview ? ['dev.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
    // .next/standalone/server.js runs the site with only the files it needs (see README).
    output: 'standalone',
    // Read at run time when a page is refreshed (revalidate), so the standalone server needs them.
    outputFileTracingIncludes: { '/**': ['./content/**/*', './messages/*.json'] },
    poweredByHeader: false,
    reactStrictMode: true,
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders }];
    },
    async redirects() {
      return routes.redirects;
    },
    async rewrites() {
      return routes.rewrites;
    },
  };
  return withNextIntl(withMDX(nextConfig));
}
