import type { createFormatter } from 'next-intl';
import type { Figure } from '../content';

type Formatter = ReturnType<typeof createFormatter>;
/** The `Figures` messages of the page's language: units and qualifiers. */
export type FigureWords = (key: 'years' | 'moreThan' | 'upTo' | 'range', values: Record<string, string | number>) => string;

/** The bare value of a figure in the formatter's language: `7 000`, `18,5 %`, `10 000 €`, `5 ans`. */
export function formatValue(figure: Figure, format: Formatter, words: FigureWords): string {
  switch (figure.kind) {
    case 'count':
      return format.number(figure.value);
    case 'percent':
      return format.number(figure.value / 100, { style: 'percent', maximumFractionDigits: 1 });
    case 'amount':
      return format.number(figure.value, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    case 'years':
      return words('years', { count: figure.value });
    case 'year':
      return format.number(figure.value, { useGrouping: false });
    case 'yearSpan':
      return `${format.number(figure.from, { useGrouping: false })}–${format.number(figure.to, { useGrouping: false })}`;
    case 'range':
      return words('range', { min: format.number(figure.min), max: format.number(figure.max) });
  }
}

/** The figure as a headline, with its qualifier: `+ de 7 000` / `7,000+`, `jusqu’à 60 000 €`. */
export function formatHeadline(figure: Figure, format: Formatter, words: FigureWords): string {
  const value = formatValue(figure, format, words);
  if ('moreThan' in figure && figure.moreThan) return words('moreThan', { value });
  if ('upTo' in figure && figure.upTo) return words('upTo', { value });
  return value;
}
