import { hasLocale } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { type Locale, routing } from './routing';

/** The language of the page being rendered, for components that MDX renders without props. */
export async function getPageLocale(): Promise<Locale> {
  const requested = await getLocale();
  return hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
}
