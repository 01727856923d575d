import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['fr', 'en'],
  defaultLocale: 'fr',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

/** Each language named in itself, as a language switch must show it. */
export const localeNames: Record<Locale, string> = {
  fr: 'Français',
  en: 'English',
};
