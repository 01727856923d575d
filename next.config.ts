import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import path from 'node:path';
import { checkContent } from './lib/content/check';
import { ContentError } from './lib/content/problems';

// Turbopack needs MDX plugins by package name (strings), not as imported functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: ['rehype-slug'],
  },
});

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

export default async function config(phase: string): Promise<NextConfig> {
  // A production build refuses invalid content, with the same messages as `npm run content:check`.
  if (phase === PHASE_PRODUCTION_BUILD) {
    const { errors } = await checkContent(path.resolve('content'), { label: 'content', publicDir: path.resolve('public') });
    if (errors.length > 0) throw new ContentError(errors);
  }
  return withNextIntl(withMDX(nextConfig));
}
