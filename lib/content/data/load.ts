import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { sayData } from '../messages/data';
import { type ContentProblem, type Reporter, reporterFor } from '../problems';
import { closestFirst } from '../suggest';
import { checkFinderRules } from './finder-rules';
import { type CooperationTool, DATA_FILES, type Figure, type ToolFinderData, type WorldMapData } from './schema';
import { checkMapCountries } from './world-map';
import { type LocatedYaml, readYaml, validateYaml } from './yaml';

export type { CooperationTool, Figure, FinderRule, ToolFinderData, WorldMapData } from './schema';

/** What content/data/ holds, as the pages use it. */
export interface SiteData {
  figures: Record<string, Figure>;
  /** In the order of the file: the order of the comparison table. */
  tools: CooperationTool[];
  /** Absent only when its file cannot be used at all (the preview says why). */
  worldMap?: WorldMapData;
  /** The tool finder's questions and rules; absent only when its file cannot be used at all (the preview says why). */
  toolFinder?: ToolFinderData;
  /** Names written in a data file whose entry has a problem: known to the checks, shown with their problem by the preview. */
  unusable: { figures: string[]; tools: string[] };
}

/** `{figureName}` in a text of a data file: the figure, formatted for the page's language. */
export const FIGURE_PLACEHOLDER = /\{(\w+)\}/g;

type DataName = keyof typeof DATA_FILES;

export const dataFile = (label: string, name: DataName) => `${label}/data/${DATA_FILES[name].file}`;

/** One data file, read and validated; an unreadable or missing file is reported, never thrown. */
function readDataFile(text: string | undefined, file: string) {
  const problems: ContentProblem[] = [];
  const report = reporterFor(file, problems);
  if (text === undefined) {
    report.error(sayData.dataFileMissing());
    return { problems };
  }
  const yaml = readYaml(text, report);
  return { yaml, problems };
}

function validated<T extends z.ZodType>(yaml: LocatedYaml | undefined, schema: T, report: Reporter): z.output<T> | undefined {
  return yaml ? validateYaml(yaml, schema, report) : undefined;
}

/**
 * The entries of a record that are valid on their own: an editor's slip in one figure or one tool
 * leaves the others usable in the preview (the build refuses the file anyway).
 */
const namesIn = (yaml: LocatedYaml | undefined) => (yaml?.data && typeof yaml.data === 'object' ? Object.keys(yaml.data) : []);

function validEntries<V extends z.ZodType>(yaml: LocatedYaml | undefined, schema: z.ZodRecord<z.ZodType<string>, V>): Record<string, z.output<V>> {
  const data = yaml?.data;
  if (!data || typeof data !== 'object') return {};
  const entries = Object.entries(data).flatMap(([key, value]) => {
    const parsed = schema.valueType.safeParse(value);
    return schema.keyType.safeParse(key).success && parsed.success ? [[key, parsed.data as z.output<V>] as const] : [];
  });
  return Object.fromEntries(entries);
}

/** Every string of a value, with its path: the texts a data file shows on pages. */
function* stringsOf(value: unknown, at: PropertyKey[] = []): Generator<{ text: string; path: PropertyKey[] }> {
  if (typeof value === 'string') yield { text: value, path: at };
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) yield* stringsOf(child, [...at, key]);
}

/**
 * Reads content/data/: figures, cooperation tools and the world map. Returns what can be used and
 * every problem, each at its line: the build refuses the problems, the preview shows them.
 */
export function loadSiteData(root: string, { label = 'content' }: { label?: string } = {}): { data: SiteData; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const read = (name: DataName) => {
    const file = dataFile(label, name);
    let text: string | undefined;
    try {
      text = readFileSync(path.join(root, 'data', DATA_FILES[name].file), 'utf8');
    } catch {
      text = undefined;
    }
    const result = readDataFile(text, file);
    problems.push(...result.problems);
    return { yaml: result.yaml, report: reporterFor(file, problems) };
  };

  const figuresFile = read('figures');
  const figures = validated(figuresFile.yaml, DATA_FILES.figures.schema, figuresFile.report) ?? validEntries(figuresFile.yaml, DATA_FILES.figures.schema);
  for (const [name, figure] of Object.entries(figures)) {
    if (figure.kind === 'yearSpan' && figure.from >= figure.to) figuresFile.report.error(sayData.figureOrder([name], 'from', 'to'), figuresFile.yaml?.lineOf([name, 'from']));
    if (figure.kind === 'range' && figure.min >= figure.max) figuresFile.report.error(sayData.figureOrder([name], 'min', 'max'), figuresFile.yaml?.lineOf([name, 'min']));
  }
  const unusableFigures = namesIn(figuresFile.yaml).filter((name) => !(name in figures));
  const figureNames = [...Object.keys(figures), ...unusableFigures];
  const checkPlaceholders = (yaml: LocatedYaml | undefined, report: Reporter) => {
    // Which names exist is unknown while figures.yaml cannot be read: its own problem says so.
    if (!figuresFile.yaml) return;
    for (const { text, path: at } of stringsOf(yaml?.data)) {
      for (const [, name = ''] of text.matchAll(FIGURE_PLACEHOLDER)) {
        if (!figureNames.includes(name)) report.error(sayData.unknownFigureInText(name, at, closestFirst(name, figureNames)), yaml?.lineOf(at));
      }
    }
  };

  const toolsFile = read('tools');
  const toolEntries = validated(toolsFile.yaml, DATA_FILES.tools.schema, toolsFile.report) ?? validEntries(toolsFile.yaml, DATA_FILES.tools.schema);
  checkPlaceholders(toolsFile.yaml, toolsFile.report);
  const tools = Object.entries(toolEntries).map(([id, tool]) => ({ id, ...tool }));
  const unusableTools = namesIn(toolsFile.yaml).filter((name) => !(name in toolEntries));

  const mapFile = read('worldMap');
  const worldMap = validated(mapFile.yaml, DATA_FILES.worldMap.schema, mapFile.report);
  checkPlaceholders(mapFile.yaml, mapFile.report);
  if (worldMap && mapFile.yaml) checkMapCountries(worldMap, mapFile.yaml, mapFile.report);

  const finderFile = read('toolFinder');
  const toolFinder = validated(finderFile.yaml, DATA_FILES.toolFinder.schema, finderFile.report);
  checkPlaceholders(finderFile.yaml, finderFile.report);
  if (toolFinder && finderFile.yaml) checkFinderRules(toolFinder, finderFile.yaml, finderFile.report, [...tools.map((t) => t.id), ...unusableTools]);

  return { data: { figures, tools, worldMap, toolFinder, unusable: { figures: unusableFigures, tools: unusableTools } }, problems };
}
