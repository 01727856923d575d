import { routing, type Locale } from '@/i18n/routing';
import type { ContentPage } from '../content';

/** The address of a version of a page: the page's own, or (given) that of one page of its section's list. */
type AddressOf = (version: ContentPage) => string;
const ownAddress: AddressOf = (version) => version.path;

/**
 * Where each language's version of a page lives. A language without its own version
 * points to its home page, so that a language switch never leads to a dead end.
 */
export function languageHrefs(translations: Partial<Record<Locale, ContentPage>>, addressOf: AddressOf = ownAddress): Record<Locale, string> {
  return Object.fromEntries(
    routing.locales.map((locale) => {
      const version = translations[locale];
      return [locale, version ? addressOf(version) : `/${locale}`];
    }),
  ) as Record<Locale, string>;
}

/**
 * `hreflang` alternates for the page's <head> and the sitemap: only real translations, plus
 * x-default. A fallback is not a translation, so search engines are not told it is one.
 */
export function hreflangAlternates(translations: Partial<Record<Locale, ContentPage>>, isHome: boolean, addressOf: AddressOf = ownAddress): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) {
    const version = translations[locale];
    if (version && !version.isFallback) languages[locale] = addressOf(version);
  }
  const original = translations[routing.defaultLocale];
  // On the home page x-default is `/`, which picks the visitor's language; elsewhere, the default language.
  const xDefault = isHome ? '/' : original && !original.isFallback ? addressOf(original) : undefined;
  if (xDefault) languages['x-default'] = xDefault;
  return languages;
}
