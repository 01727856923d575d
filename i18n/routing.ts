import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['fr', 'en'],
  defaultLocale: 'fr',
  localePrefix: 'always',
  // Pages declare their own alternates in <head>: next-intl's Link header would guess them from the
  // path, and content pages have localized slugs (/fr/strategie ↔ /en/strategy) it cannot know.
  alternateLinks: false,
  // No page response sets or reads a cookie, so that any cache can keep it. The language a visitor
  // chooses is recorded by /language only, and read by proxy.ts on addresses without a language.
  localeCookie: false,
});

/** The cookie that remembers the language chosen with the language switch (app/language/route.ts). */
export const LANGUAGE_COOKIE = 'NEXT_LOCALE';

/** How long the language choice is kept, in seconds: one year. The legal notice states it (tests/content checks the two agree). */
export const LANGUAGE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Where the language switch goes: it records the choice, then leads to the page in that language. */
export const LANGUAGE_CHOICE_PATH = '/language';

export type Locale = (typeof routing.locales)[number];

/** The languages of the site other than `locale`: where its language switch leads. */
export const otherLocales = (locale: Locale): Locale[] => routing.locales.filter((other) => other !== locale);

/** Each language named in itself, as a language switch must show it. */
export const localeNames: Record<Locale, string> = {
  fr: 'Français',
  en: 'English',
};

/**
 * The search page's address in each language. Content pages take theirs from content/; the search
 * route lives at /[locale]/search and next.config.ts rewrites these addresses to it.
 */
export const searchPaths: Record<Locale, string> = {
  fr: '/fr/recherche',
  en: '/en/search',
};

/** The preview's list of every problem of the content (`npm run dev` only), served by app/[locale]/preview. */
export const previewPaths: Record<Locale, string> = {
  fr: '/fr/apercu',
  en: '/en/preview',
};

/**
 * Each language's not-found page, prerendered (app/[locale]/page-not-found): server.mjs answers with
 * it, status 404, any address of that language that names no page (lib/serve/not-found.mjs).
 */
export const notFoundPaths: Record<Locale, string> = {
  fr: '/fr/page-not-found',
  en: '/en/page-not-found',
};

/**
 * The tool finder ("which cooperation tool fits my project?"), served by app/[locale]/tool-finder:
 * its form at this address, each answer below it (/fr/quel-outil/crcn-recent/premier-contact/europe).
 */
export const toolFinderPaths: Record<Locale, string> = {
  fr: '/fr/quel-outil',
  en: '/en/which-tool',
};

/** The latest updates of the site's pages, served by app/[locale]/updates; their Atom feed is `feedPaths`. */
export const updatesPaths: Record<Locale, string> = {
  fr: '/fr/mises-a-jour',
  en: '/en/updates',
};

/** The Atom feed of each language's updates, served by app/feeds/[file]. */
export const feedPaths: Record<Locale, string> = {
  fr: '/feeds/fr.atom',
  en: '/feeds/en.atom',
};

/**
 * The routes whose address differs per language in a production build: next.config.ts redirects each
 * route's own address (`/fr/tool-finder/…`) to its localized one (`/fr/quel-outil/…`), and rewrites
 * that back to the route.
 */
export const localizedRoutePaths: Record<string, Record<Locale, string>> = {
  search: searchPaths,
  'tool-finder': toolFinderPaths,
  updates: updatesPaths,
};

/** The address visitors use for a route's own address: `/fr/quel-outil/a/b/c` for `/fr/tool-finder/a/b/c`, others unchanged. */
export function localizedAddress(routeAddress: string): string {
  for (const [route, paths] of Object.entries(localizedRoutePaths)) {
    for (const [locale, localized] of Object.entries(paths)) {
      const own = `/${locale}/${route}`;
      if (routeAddress === own || routeAddress.startsWith(`${own}/`)) return `${localized}${routeAddress.slice(own.length)}`;
    }
  }
  return routeAddress;
}

/** The names of the finder form's fields in each language, as its address shows them (`?demandeur=…`). */
export const toolFinderFields: Record<Locale, Record<'applicant' | 'stage' | 'partner' | 'sent', string>> = {
  fr: { applicant: 'demandeur', stage: 'collaboration', partner: 'partenaire', sent: 'envoi' },
  en: { applicant: 'applicant', stage: 'stage', partner: 'partner', sent: 'sent' },
};

/** The writing studio's front page (`npm run studio` only), served by app/[locale]/studio. */
export const studioPaths: Record<Locale, string> = {
  fr: '/fr/studio',
  en: '/en/studio',
};

/** The site's own routes under each language (app/[locale]/<route>), each with its address per language. */
const siteRoutes: Record<string, Record<Locale, string>> = {
  search: searchPaths,
  preview: previewPaths,
  'page-not-found': notFoundPaths,
  'tool-finder': toolFinderPaths,
  studio: studioPaths,
  updates: updatesPaths,
};

/** Every address the site's own routes take, in every language: no content page may take one. */
export function siteRouteAddresses(): Set<string> {
  return new Set(Object.entries(siteRoutes).flatMap(([route, paths]) => [...Object.values(paths), ...routing.locales.map((locale) => `/${locale}/${route}`)]));
}
