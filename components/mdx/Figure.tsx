import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { type Figure as FigureData, FIGURE_PLACEHOLDER, siteContent } from '@/lib/content';
import { type FigureWords, formatHeadline, formatValue } from '@/lib/figures/format';
import type { AuthorProps } from '@/lib/content/schemas';

/** A figure of content/data/figures.yaml, as a value or a headline (with its qualifier), in one language. */
export async function formattedFigure(figure: FigureData, locale: Locale, as: 'value' | 'headline' = 'value'): Promise<string> {
  const format = await getFormatter({ locale });
  const t = await getTranslations({ locale, namespace: 'Figures' });
  const words: FigureWords = (key, values) => t(key, values);
  return (as === 'headline' ? formatHeadline : formatValue)(figure, format, words);
}

/** A figure inside a sentence: `plus de <Figure id="countries" /> pays`. */
export async function Figure({ id, locale }: AuthorProps<'Figure'> & { locale: Locale }) {
  // Only the preview can lack it (the build refuses such content): it shows the entry's problem instead.
  const figure = siteContent().data.figures[id];
  if (!figure) return null;
  return <span className="whitespace-nowrap">{await formattedFigure(figure, locale)}</span>;
}

/**
 * A text of a data file with `{figureName}` placeholders, each replaced by its figure in the given
 * language. A name the data does not have (the preview shows the problem) stays as written.
 */
export async function withFigures(text: string, locale: Locale): Promise<string> {
  const { figures } = siteContent().data;
  const values = new Map<string, string>();
  for (const [, name = ''] of text.matchAll(FIGURE_PLACEHOLDER)) {
    const figure = figures[name];
    if (figure && !values.has(name)) values.set(name, await formattedFigure(figure, locale));
  }
  return text.replace(FIGURE_PLACEHOLDER, (written, name: string) => values.get(name) ?? written);
}
