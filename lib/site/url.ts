import { z } from 'zod';

/** The public origin of the site, for canonical URLs, alternates and the sitemap. Set SITE_URL in production. */
const siteUrlSchema = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));

const parsed = siteUrlSchema.safeParse(process.env.SITE_URL ?? 'https://international.inserm.fr');
if (!parsed.success) {
  throw new Error(`SITE_URL must be an absolute http(s) URL such as https://international.inserm.fr (got "${process.env.SITE_URL}")`);
}

export const siteUrl: string = parsed.data;

export const absoluteUrl = (path: string) => `${siteUrl}${path}`;
