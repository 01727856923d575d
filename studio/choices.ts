import { type Locale, routing } from '@/i18n/routing';
import { siteContent, type SiteData } from '@/lib/content';
import type { StudioChoices } from './config';
import { figureWriter } from './figure-value';

/**
 * What the studio's menus and forms offer, from the content layer's reading of content/data: a
 * figure added there is offered at once, and the forms of the data files follow their entries (an
 * entry with a problem is named, to be kept as it is).
 */
export function studioChoices({ figures, tools, worldMap, unusable }: Pick<SiteData, 'figures' | 'tools' | 'worldMap' | 'unusable'> = siteContent().data): StudioChoices {
  const partners = worldMap?.partners.countries;
  const writers = routing.locales.map((locale) => [locale, figureWriter(locale)] as const);
  return {
    figures: Object.entries(figures).map(([value, figure]) => {
      const shown = Object.fromEntries(writers.map(([locale, write]) => [locale, write(figure)])) as Record<Locale, string>;
      return { value, label: `${figure.label.fr} : ${shown.fr}`, shown };
    }),
    tools: tools.map((tool) => ({ value: tool.id, label: `${tool.name.fr} (${tool.id})` })),
    data: {
      figures: [...Object.entries(figures).map(([name, figure]) => ({ name, kind: figure.kind, label: figure.label.fr })), ...unusable.figures.map((name) => ({ name }))],
      tools: [...tools.map((tool) => ({ name: tool.id, usable: true })), ...unusable.tools.map((name) => ({ name, usable: false }))],
      worldMap: partners && { partners: Object.entries(partners).map(([code, partner]) => ({ code, marker: Boolean(partner.marker) })) },
    },
  };
}
