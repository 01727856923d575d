import { createFormatter, createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { Figure } from '@/lib/content';
import { formatValue } from '@/lib/figures/format';
import en from '@/messages/en.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };

/** A figure as a page of `locale` writes it (`<Figure>`), with the site's formatter and words: « 7 000 », « 18,5 % », « 5 ans ». */
export function figureValue(figure: Figure, locale: Locale): string {
  const t = createTranslator({ locale, messages: { fr, en }[locale], namespace: 'Figures' });
  return formatValue(figure, createFormatter({ locale, timeZone: 'Europe/Paris' }), (key, values) => t(key, values));
}
