import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { z } from 'zod';
import type { Locale } from '../../../i18n/routing';
import { explainYamlError } from '../explain';
import { sayYaml } from '../messages/syntax';
import { sayData } from '../messages/data';
import { invisibleCharacter, tooLong, tooShort } from '../messages/words';
import { CONTROL_ISSUE } from '../schema';
import type { Reporter } from '../problems';
import { closestFirst } from '../suggest';
import { fieldHelp } from './schema';

/** A YAML document whose every value can be traced back to its line, for messages that point at it. */
export interface LocatedYaml {
  data: unknown;
  /** The line of the value at `path`, or of the nearest enclosing value that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The line of the key `key` of the map at `path` (for a field that should not be there). */
  keyLineOf(path: readonly PropertyKey[], key: string): number;
}

/** How many aliases a document may expand (the yaml library's own default): past it, a file is refused. */
const MAX_ALIASES = 100;

interface ReadOptions {
  /** The line of the file the text starts on (2 for a page's frontmatter). */
  firstLine?: number;
  /** What to say of text that is not YAML: a data file and a page's frontmatter say it differently. */
  unreadable?: (detail: string, fix?: Record<Locale, string>) => Record<Locale, string>;
}

/** Parses YAML, reporting syntax errors (a duplicate name among them) at their line. Returns nothing when the text cannot be read. */
export function readYaml(text: string, report: Reporter, { firstLine = 1, unreadable = sayData.dataYamlInvalid }: ReadOptions = {}): LocatedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  for (const error of doc.errors) {
    const [start = 0] = error.pos;
    if (error.code === 'DUPLICATE_KEY') report.error(sayData.duplicateName(/^[^:\n]*/.exec(text.slice(start))?.[0].trim() ?? ''), lineAt(start));
    else report.error(unreadable(error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '', explainYamlError(error, text)), lineAt(start));
  }
  // A name written twice leaves the rest readable (the later entry wins): the other checks still run.
  if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return undefined;
  // Anchors and aliases (`&x`, `*x`) that would make millions of values of a few lines ("billion
  // laughs"): the expansion is bounded, and a file past the bound is an editor's error, at its first alias.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let first = 0;
    visit(doc, {
      Alias(_, node) {
        first = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    report.error(unreadable(error.message, sayYaml.yamlAliases()), lineAt(first));
    return undefined;
  }
  const nodeAt = (path: readonly PropertyKey[]): { node?: Node; depth: number } => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (node && typeof node === 'object' && 'range' in node) return { node: node as Node, depth };
    }
    return { depth: 0 };
  };
  const lineOfNode = (node?: Node) => (node?.range ? lineAt(node.range[0]) : firstLine);
  return {
    data,
    lineOf(path) {
      const { node, depth } = nodeAt(path);
      // A missing field is reported on the line of the entry it belongs to: its key's line.
      if (depth < path.length && depth > 0) return this.keyLineOf(path.slice(0, depth - 1), String(path[depth - 1]));
      return lineOfNode(node);
    },
    keyLineOf(path, key) {
      const { node } = nodeAt(path);
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
        if (pair && isScalar(pair.key)) return lineOfNode(pair.key);
      }
      return lineOfNode(node);
    },
  };
}

/** The schema that validates the value at `path` of `data`, through objects, records, lists, options and kinds. */
function schemaAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  let value: unknown = data;
  for (const key of path) {
    schema = unwrap(schema, value);
    if (schema instanceof z.ZodObject) schema = schema.shape[String(key)] as z.ZodType | undefined;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodTuple) schema = schema.def.items[Number(key)] as z.ZodType | undefined;
    else return undefined;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return schema;
}

/** Through optional fields, and to the option of a union that matches the value's `kind`. */
function unwrap(schema: z.ZodType | undefined, value: unknown): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  if (current instanceof z.ZodDiscriminatedUnion) {
    const discriminator = current.def.discriminator;
    const kind = value && typeof value === 'object' ? (value as Record<string, unknown>)[discriminator] : undefined;
    return current.options.find((option) => {
      const literal = (option as z.ZodObject).shape[discriminator];
      return literal instanceof z.ZodLiteral && literal.values.has(kind as never);
    }) as z.ZodType | undefined;
  }
  return current;
}

const helpOf = (schema: z.ZodType | undefined) => {
  for (let current = schema; current; current = current instanceof z.ZodOptional ? (current.unwrap() as z.ZodType) : undefined) {
    const text = fieldHelp.get(current);
    if (text) return text;
  }
  return undefined;
};

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

/** Validates a YAML document against its schema; reports every issue at its line, in the editor's words. */
export function validateYaml<T extends z.ZodType>(yaml: LocatedYaml, schema: T, report: Reporter): z.output<T> | undefined {
  const result = schema.safeParse(yaml.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { path } = issue;
    if (issue.code === 'unrecognized_keys') {
      const owner = unwrap(schemaAt(schema, path, yaml.data), valueAt(yaml.data, path));
      const allowed = owner instanceof z.ZodObject ? Object.keys(owner.shape) : [];
      for (const key of issue.keys) report.error(sayData.dataUnknownField(key, path, closestFirst(key, allowed)), yaml.keyLineOf(path, key));
    } else if (issue.code === 'invalid_key') {
      const owner = schemaAt(schema, path.slice(0, -1), yaml.data);
      const keyHelp = owner instanceof z.ZodRecord ? helpOf(owner.keyType as z.ZodType) : undefined;
      report.error(sayData.dataBadName(String(path.at(-1)), keyHelp), yaml.keyLineOf(path.slice(0, -1), String(path.at(-1))));
    } else if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
      const written = String(valueAt(yaml.data, path) ?? '');
      report.error(sayData.dataBadChoice(path, written, closestFirst(written, issue.options.map(String))), yaml.lineOf(path));
    } else if (valueAt(yaml.data, path) === undefined) {
      report.error(sayData.dataMissing(path, helpOf(schemaAt(schema, path, yaml.data))), yaml.lineOf(path));
    } else {
      const detail =
        issue.code === 'custom' && issue.message === CONTROL_ISSUE
          ? invisibleCharacter
          : issue.code === 'too_big'
            ? tooLong(issue.maximum, issue.origin === 'string' ? 'characters' : 'number')
            : issue.code === 'too_small'
              ? tooShort(issue.minimum, issue.origin === 'string' ? 'characters' : 'number')
              : undefined;
      report.error(sayData.dataInvalid(path, helpOf(schemaAt(schema, path, yaml.data)), detail), yaml.lineOf(path));
    }
  }
  return undefined;
}
