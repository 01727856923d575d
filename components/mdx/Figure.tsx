import { getFormatter, getTranslations } from 'next-intl/server';
import { type FigureId, figures, isFigureId } from '@/lib/figures/data';
import { type FigureWords, formatHeadline, formatValue } from '@/lib/figures/format';

/** The figure's value (or headline, with its qualifier) in the page's language, from lib/figures/data.ts. */
export async function formattedFigure(id: FigureId, as: 'value' | 'headline' = 'value'): Promise<string> {
  const format = await getFormatter();
  const t = await getTranslations('Figures');
  const words: FigureWords = (key, values) => t(key, values);
  return (as === 'headline' ? formatHeadline : formatValue)(figures[id], format, words);
}

/** A figure inside a sentence: `plus de <Figure id="countries" /> pays`. */
export async function Figure({ id }: { id: FigureId }) {
  return <span className="whitespace-nowrap">{await formattedFigure(id)}</span>;
}

/** A text with `{figureId}` placeholders, each replaced by its figure in the page's language. */
export async function withFigures(text: string): Promise<string> {
  const ids = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  let result = text;
  for (const id of ids) {
    if (!isFigureId(id)) throw new Error(`Unknown figure {${id}} in "${text}": see lib/figures/data.ts`);
    result = result.replace(`{${id}}`, await formattedFigure(id));
  }
  return result;
}
