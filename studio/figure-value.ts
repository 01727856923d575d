import { createFormatter, createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { Figure } from '@/lib/content';
import { formatValue } from '@/lib/figures/format';
import en from '@/messages/en.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };

/**
 * How a page of `locale` writes a figure (`<Figure>`), with the site's formatter and words:
 * « 7 000 », « 18,5 % », « 5 ans ». One formatter for every figure written with it.
 */
export function figureWriter(locale: Locale): (figure: Figure) => string {
  const t = createTranslator({ locale, messages: { fr, en }[locale], namespace: 'Figures' });
  const format = createFormatter({ locale, timeZone: 'Europe/Paris' });
  return (figure) => formatValue(figure, format, (key, values) => t(key, values));
}
