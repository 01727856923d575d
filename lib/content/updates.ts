import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../i18n/routing';
import { updatesSchema } from './data/schema';
import { readYaml, validateYaml } from './data/yaml';
import { sayData } from './messages/data';
import { type ContentProblem, reporterFor } from './problems';

/**
 * The change notes of the pages: `content/updates/<page>.yaml`, one file per page (named as the page,
 * its path under content/fr without `.mdx`: `updates/cooperation-tools/explore.yaml`), each update
 * with its date and its note in both languages. The studio writes them when it publishes a
 * significant update; each page lists its own, the updates page and the feeds all of them.
 */

export interface PageUpdate {
  date: string;
  note: Record<Locale, string>;
}

const UPDATES_FOLDER = 'updates';

function yamlFilesUnder(dir: string, base = ''): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(dir, base), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const rel = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return yamlFilesUnder(dir, rel);
    return entry.isFile() && entry.name.endsWith('.yaml') ? [rel] : [];
  });
}

/** Every page's updates, newest first, by page key; and what is wrong in their files. */
export function loadUpdates(contentDir: string, label: string, pageKeys: ReadonlySet<string>): { byKey: Map<string, PageUpdate[]>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const byKey = new Map<string, PageUpdate[]>();
  const dir = path.join(contentDir, UPDATES_FOLDER);
  for (const rel of yamlFilesUnder(dir)) {
    const file = `${label}/${UPDATES_FOLDER}/${rel}`;
    const report = reporterFor(file, problems);
    const yaml = readYaml(readFileSync(path.join(dir, rel), 'utf8'), report);
    const updates = yaml && validateYaml(yaml, updatesSchema, report);
    const key = rel.slice(0, -'.yaml'.length).replace(/(^|\/)index$/, '');
    if (!pageKeys.has(key)) report.error(sayData.updatesWithoutPage(key), 1);
    if (updates) byKey.set(key, [...updates].sort((a, b) => b.date.localeCompare(a.date)));
  }
  return { byKey, problems };
}
