import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import path from 'node:path';
import { LANGUAGE_CHOICE_PATH, type Locale, localizedRoutePaths, previewPaths, searchPaths } from './i18n/routing';
import { checkContent, ContentError, mdxLoaderOptions, openContent } from './lib/content';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './lib/security/policy.mjs';

// Turbopack needs MDX plugins by package name or file (strings), not as imported functions: the
// site's dialect among them, which refuses to compile a page holding anything but text and components.
const withMDX = createMDX({ options: mdxLoaderOptions(path.resolve('.')) });

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * Routes with an address per language (`/fr/recherche` for app/[locale]/search, `/fr/quel-outil/…`
 * for app/[locale]/tool-finder/…): the route's own address redirects to the localized one, which is
 * rewritten to the route.
 */
function localizedRoutes(routes: Record<string, Record<Locale, string>>) {
  const moves = Object.entries(routes).flatMap(([route, paths]) =>
    Object.entries(paths)
      .filter(([locale, path]) => path !== `/${locale}/${route}`)
      .map(([locale, path]) => ({ own: `/${locale}/${route}`, localized: path })),
  );
  // The address itself, and those below it (the tool finder's answers).
  const withBelow = (from: string, to: string) => [
    { from, to },
    { from: `${from}/:rest+`, to: `${to}/:rest+` },
  ];
  return {
    redirects: moves.flatMap(({ own, localized }) => withBelow(own, localized)).map(({ from, to }) => ({ source: from, destination: to, permanent: true })),
    rewrites: moves.flatMap(({ own, localized }) => withBelow(localized, own)).map(({ from, to }) => ({ source: from, destination: to })),
  };
}

export default async function config(phase: string): Promise<NextConfig> {
  const isPreview = phase === PHASE_DEVELOPMENT_SERVER;
  const isStudio = isPreview && process.env.INSERM_STUDIO === '1';
  // A production build refuses invalid content, with the same messages as `npm run content:check`,
  // whose verdict it reuses when nothing has changed since. (`next typegen` loads this file in the
  // same phase, but builds nothing: it need not check.)
  if (phase === PHASE_PRODUCTION_BUILD && !process.argv.includes('typegen')) {
    const { errors, reused } = await checkContent({ root: path.resolve('.') });
    if (errors.length > 0) throw new ContentError(errors);
    console.log(reused ? 'Content: checked by npm run content:check, unchanged since.' : 'Content: checked.');
  }
  const routes = localizedRoutes({ ...localizedRoutePaths, ...(isPreview ? { preview: previewPaths } : {}) });
  // Pages may be kept by any shared cache for an hour, and served stale a day while it fetches them
  // again; browsers check each time. Not search results (a visitor's query), nor the language choice
  // (it sets the visitor's cookie), nor hashed assets (Next.js marks those immutable).
  const notCached = ['_next/static/', LANGUAGE_CHOICE_PATH.slice(1), ...Object.values(searchPaths).map((p) => p.slice(1)), ...Object.keys(searchPaths).map((l) => `${l}/search`)];
  const cachedAddresses = `/:path((?!${notCached.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')}).*)`;

  const nextConfig: NextConfig = {
    // The preview's own pages are `page.dev.tsx`: routes in `npm run dev`, plain files to a production
    // build. The studio's are `*.studio.tsx` and `*.studio.ts`: routes under `npm run studio` alone,
    // which listens on 127.0.0.1 only.
    pageExtensions: isPreview ? [...(isStudio ? ['studio.tsx', 'studio.ts'] : []), 'dev.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
    // .next/standalone runs the site with only the files it needs (see README).
    output: 'standalone',
    // Search results are rendered on request from the content layer: the standalone server needs it.
    outputFileTracingIncludes: { '/**': ['./content/**/*', './messages/*.json'] },
    poweredByHeader: false,
    // The preview and the studio are the editors' screens: no developer's badge over them.
    devIndicators: false,
    reactStrictMode: true,
    // server.mjs compresses: it must read the HTML, to take the framework's scripts out of it.
    compress: false,
    // The site has no image to optimise (the map is an SVG file); server.mjs does not serve /_next/image.
    images: { unoptimized: true },
    async headers() {
      if (isPreview) return [];
      const security = Object.entries({ ...SECURITY_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY }).map(([key, value]) => ({ key, value }));
      return [
        { source: '/:path*', headers: security },
        { source: cachedAddresses, headers: [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400' }] },
      ];
    },
    async redirects() {
      // A retired page that has a replacement leads there for good.
      const content = openContent({ root: path.resolve('.'), mode: 'check' });
      const replaced = content.retired.flatMap((page) => {
        const replacement = content.replacementOf(page);
        return replacement ? [{ source: page.path, destination: replacement.path, statusCode: 301 as const }] : [];
      });
      return [...routes.redirects, ...replaced];
    },
    async rewrites() {
      return routes.rewrites;
    },
  };
  return withNextIntl(withMDX(nextConfig));
}
