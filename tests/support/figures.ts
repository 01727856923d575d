import { createFormatter, createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { Figure } from '@/lib/content';
import { formatHeadline, formatValue } from '@/lib/figures/format';
import en from '@/messages/en.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };

const messages = { fr, en };

/**
 * The figures of a figures file as a page of `locale` writes them (`<Figure>` and `<KeyFigure>`):
 * the site's formatter and its words, for the tests. `where` names the file when a figure is missing.
 */
export function figureFormatter(figures: Record<string, Figure>, locale: Locale, where: string) {
  const format = createFormatter({ locale, timeZone: 'Europe/Paris' });
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Figures' });
  const figureOf = (id: string) => {
    const figure = figures[id];
    if (!figure) throw new Error(`no figure ${id} in ${where}`);
    return figure;
  };
  return {
    value: (id: string) => formatValue(figureOf(id), format, (key, values) => t(key, values)),
    headline: (id: string) => formatHeadline(figureOf(id), format, (key, values) => t(key, values)),
  };
}
