import type { MetadataRoute } from 'next';
import { LANGUAGE_CHOICE_PATH } from '@/i18n/routing';
import { absoluteUrl } from '@/lib/site/url';

export default function robots(): MetadataRoute.Robots {
  return {
    // The language switch only records a visitor's choice: pages are found through the sitemap and hreflang.
    rules: { userAgent: '*', allow: '/', disallow: LANGUAGE_CHOICE_PATH },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
