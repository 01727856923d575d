import { getData } from '../content';
import type { SiteData } from '../content/data';
import type { StudioChoices } from './config';

/** The names the studio's menus offer, read from content/data on each visit: a figure added there is offered at once. */
export function studioChoices({ figures, tools }: Pick<SiteData, 'figures' | 'tools'> = getData()): StudioChoices {
  return {
    figures: Object.entries(figures).map(([value, figure]) => ({ value, label: `${figure.label.fr} (${value})` })),
    tools: tools.map((tool) => ({ value: tool.id, label: `${tool.name.fr} (${tool.id})` })),
  };
}
