import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  // A locale passed explicitly (getTranslations({ locale })) wins, so that no header is read for it.
  const requested = explicit ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: 'Europe/Paris',
    // `format.dateTime(date, 'day')`: a page's date, as every screen writes it (« 24 novembre 2026 »).
    formats: { dateTime: { day: { dateStyle: 'long' } } },
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
