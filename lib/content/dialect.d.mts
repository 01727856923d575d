import type { Root } from 'mdast';
import type { Plugin } from 'unified';

/** What an attribute of an author component holds: any words, an address, or the name of an entry of a data file. */
export interface AttributeRule {
  kind: 'text' | 'address' | 'figure' | 'tool';
  required: boolean;
}

export interface ComponentRule {
  attributes: Readonly<Record<string, AttributeRule>>;
  /** Whether it holds text (`true`), nothing (`false`), or only these components. */
  children: boolean | readonly string[];
  /** The component it stands in, if it stands in one only. */
  within?: string;
  /** The data file it shows. */
  shows?: string;
}

export interface Dialect {
  components: Readonly<Record<string, ComponentRule>>;
}

export declare const VIOLATION_RULES: readonly [
  'esm',
  'expression',
  'html',
  'image',
  'footnote',
  'unknown',
  'fragment',
  'html-element',
  'unknown-component',
  'only-within',
  'spread',
  'unknown-attribute',
  'duplicate-attribute',
  'attribute-without-value',
  'attribute-expression',
  'control-character',
  'address',
  'missing-attribute',
  'no-children',
  'only-children',
];
export type ViolationRule = (typeof VIOLATION_RULES)[number];

/** One thing the dialect refuses, where it stands in the text parsed. */
export interface Violation {
  rule: ViolationRule;
  /** The node refused (or whose attribute, child or address is), and its parent. */
  node: { type: string; position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } } };
  parent?: { type: string; children: unknown[] };
  /** Whether the node stands inside a line of text (it is replaced by an inline mark in the preview). */
  inline: boolean;
  /** Line and column in the text parsed (of the attribute, child or node at fault). */
  line?: number;
  column?: number;
  /** The element's name (or, for `unknown`, the node's type), the attribute, the value at fault. */
  name?: string;
  attribute?: string;
  value?: string;
  kind?: AttributeRule['kind'];
  /** What would be allowed there: the components, the attributes, the components it may hold or stand in. */
  allowed?: string[];
}

export const DIALECT_SOURCE: 'inserm-dialect';
export const CONTROL_CHARACTER: RegExp;
export function isAllowedAddress(address: string): boolean;
export function dialectViolations(tree: Root, dialect: Dialect): Violation[];
declare const remarkSafeDialect: Plugin<[Dialect], Root>;
export default remarkSafeDialect;
