import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { openContent } from '@/lib/content';
import { figureFormatter } from '../support/figures';

// Today's pages take every figure from content/data/figures.yaml, and every figure there is used:
// what an editor changes in the data shows everywhere, and nothing is left to go stale by hand.
const { pages, data } = openContent({ root: path.resolve('.'), mode: 'publish' });
const { figures } = data;
const formatterFor = (locale: 'fr' | 'en') => figureFormatter(figures, locale, 'content/data/figures.yaml');

describe('today’s content takes every figure from the data', () => {
  // Figures distinctive enough to be spotted in running text (not "1", "4" or "5").
  const distinctive = Object.keys(figures).filter((id) => {
    const figure = figures[id]!;
    return !('value' in figure) || figure.value >= 13 || figure.kind === 'percent';
  });

  it.each(routing.locales)('no %s page writes a figure by hand', (locale) => {
    const format = formatterFor(locale);
    const flat = (s: string) => s.replace(/[\u00a0\u202f ]/g, '');
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A figure counts as written when it stands alone, not inside a longer number (13 in 75013).
    const written = distinctive.flatMap((id) => [format.value(id), format.headline(id)]).map((figure) => new RegExp(`(?<![\\d.,])${escape(flat(figure))}(?!\\d)`));
    const handWritten = pages
      .filter((p) => p.locale === locale && !p.isFallback)
      .flatMap((page) => page.texts.filter((text) => written.some((figure) => figure.test(flat(text.value)))).map((text) => `${page.file}:${text.line}: ${text.value}`));
    expect(handWritten).toEqual([]);
  });

  it('uses every figure of the data somewhere, on a page or in a text of the data', () => {
    const used = new Set(pages.flatMap((p) => p.elements.map((e) => e.attributes.id ?? e.attributes.figure)));
    const inData = JSON.stringify([data.tools, data.worldMap]);
    expect(Object.keys(figures).filter((id) => !used.has(id) && !inData.includes(`{${id}}`))).toEqual([]);
  });
});
