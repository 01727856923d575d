import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { getData } from '../content';
import type { SiteData } from '../content/data';
import { DATA_FILES } from '../content/data/schema';
import type { StudioChoices } from './config';

/** The names in a data file, in its order (those the content check cannot use included). */
function namesIn(root: string, file: string, at: string[] = []): string[] {
  try {
    let value: unknown = parse(readFileSync(path.join(root, 'data', file), 'utf8'));
    for (const key of at) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return value && typeof value === 'object' ? Object.keys(value) : [];
  } catch {
    return [];
  }
}

/**
 * What the studio's menus and forms offer, read from content/data on each visit: a figure added
 * there is offered at once, and the forms of the data files follow their entries.
 */
export function studioChoices(data: Pick<SiteData, 'figures' | 'tools' | 'worldMap'> = getData(), root = path.resolve('content')): StudioChoices {
  const { figures, tools, worldMap } = data;
  const partners = worldMap?.partners.countries;
  return {
    figures: Object.entries(figures).map(([value, figure]) => ({ value, label: `${figure.label.fr} (${value})` })),
    tools: tools.map((tool) => ({ value: tool.id, label: `${tool.name.fr} (${tool.id})` })),
    data: {
      figures: namesIn(root, DATA_FILES.figures.file).map((name) => ({ name, kind: figures[name]?.kind })),
      tools: namesIn(root, DATA_FILES.tools.file).map((name) => ({ name, usable: tools.some((tool) => tool.id === name) })),
      worldMap: partners && {
        partners: namesIn(root, DATA_FILES.worldMap.file, ['partners', 'countries']).map((code) => ({ code, marker: Boolean(partners[code]?.marker) })),
      },
    },
  };
}
