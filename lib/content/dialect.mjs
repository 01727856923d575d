// The dialect a page may be written in, enforced on its syntax tree: Markdown (with GFM's tables,
// strikethrough and autolinks) and the author components declared in
// lib/content/components.ts, each with plain string attributes it declares. Nothing else: no
// `import` or `export`, no expression between braces (in the text, in a tag, as an attribute's value
// or spread), no HTML element, no attribute a component does not declare, no address but a page of
// the site, an anchor, `https:`, `http:` or `mailto:`. Anything this module does not know is refused
// too: the list below says what is allowed, not what is forbidden.
//
// One module for every door: the content check and the preview call `dialectViolations` on the tree
// they parse, and the compiler runs `remarkSafeDialect`, the same rules as a remark plugin (the check's
// compilation, `@next/mdx` in the build, which loads it by its file name and gives it the dialect as
// plain data). Written here rather than taken from a library: the plugins that exist (next-mdx-remote's
// `blockJS`, remark-mdx-remove-esm, remark-mdx-remove-expressions) silently remove what they block,
// and know neither components nor attributes, where editors need each refusal told, at its line.
// Plain JavaScript: `@next/mdx`'s loader imports it with Node itself.

/** Markdown's own nodes a page may hold, as remark and GFM parse them (the frontmatter: below). */
const MARKDOWN = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'inlineCode',
  'text',
  'emphasis',
  'strong',
  'delete',
  'break',
  'link',
  'linkReference',
  'definition',
]);

/** Nodes refused with a reason of their own; any other node unknown to MARKDOWN is refused as `unknown`. */
const REFUSED = {
  mdxjsEsm: 'esm',
  mdxFlowExpression: 'expression',
  mdxTextExpression: 'expression',
  html: 'html',
  image: 'image',
  imageReference: 'image',
  // Their labels would be English on a French page (mdast-util-to-hast writes « Footnotes »).
  footnoteDefinition: 'footnote',
  footnoteReference: 'footnote',
};

/** The `source` of the compiler's errors raised by the dialect (explain.ts recognises them). */
export const DIALECT_SOURCE = 'inserm-dialect';

/** Every refusal the dialect makes, by its rule (its messages: lib/content/messages/dialect.ts). */
export const VIOLATION_RULES = Object.freeze([
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
]);

const SCHEMES = new Set(['http', 'https', 'mailto']);
// C0 controls and DEL: a browser drops some of them from an address before reading it, so that
// `java\tscript:` would run. A backslash reads as a slash: `/\elsewhere` leads to another site.
const UNSAFE_IN_ADDRESS = /[\u0000-\u001f\u007f\\]/;
/**
 * A character nobody types and nothing shows: C0 and C1 controls but tab and line breaks,
 * noncharacters, halves of a character (lone surrogates). In a text it breaks what it is written
 * into (an Atom feed is no longer XML); the content check, the studio and the editorial server
 * refuse it.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether an address may be written in a page: relative (a page of the site, `/fr/…`), an anchor
 * (`#…`), or `https:`, `http:` or `mailto:`. Read as a browser reads it, so that nothing slips
 * through: no leading space or control character, no backslash, no `//` (another site, without
 * saying so), and any other scheme (`javascript:`, `data:`, `vbscript:`, `file:`…) is refused.
 * @param {string} address
 */
export function isAllowedAddress(address) {
  if (UNSAFE_IN_ADDRESS.test(address) || address.trim() !== address || address.startsWith('//')) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(address);
  return !scheme || SCHEMES.has((scheme[1] ?? '').toLowerCase());
}

const isJsx = (node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isBlank = (node) => node.type === 'text' && node.value.trim() === '';

/** The child nodes that stand for something, whitespace left out, paragraphs opened (MDX makes one of a line of components). */
function meaningfulChildren(node) {
  return (node.children ?? []).flatMap((child) => (child.type === 'paragraph' ? child.children : [child])).filter((child) => !isBlank(child));
}

/**
 * Everything in a page's tree that the dialect refuses, in the order of the text: each with its
 * rule, where it stands, the node and its parent (the preview puts the refusal in its place).
 * @param {import('mdast').Root} tree
 * @param {import('./dialect.d.mts').Dialect} dialect
 * @returns {import('./dialect.d.mts').Violation[]}
 */
export function dialectViolations(tree, dialect) {
  /** @type {import('./dialect.d.mts').Violation[]} */
  const found = [];
  const add = (rule, node, parent, details = {}, at = node) => {
    const start = at.position?.start ?? node.position?.start;
    found.push({
      rule,
      node,
      parent,
      inline: node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression' || node.type === 'link' || node.type === 'image' || node.type === 'imageReference' || node.type === 'footnoteReference',
      ...(start ? { line: start.line, column: start.column } : {}),
      ...details,
    });
  };

  const element = (node, parent, within) => {
    const name = node.name;
    if (name === null || name === undefined) return add('fragment', node, parent);
    if (/^[a-z]/.test(name) && !name.includes('.') && !name.includes(':')) return add('html-element', node, parent, { name });
    const rule = Object.hasOwn(dialect.components, name) ? dialect.components[name] : undefined;
    if (!rule) return add('unknown-component', node, parent, { name, allowed: Object.keys(dialect.components) });
    if (rule.within && rule.within !== within) add('only-within', node, parent, { name, allowed: [rule.within] });
    const seen = new Set();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') {
        add('spread', node, parent, { name }, attribute);
        continue;
      }
      const declared = Object.hasOwn(rule.attributes, attribute.name) ? rule.attributes[attribute.name] : undefined;
      const details = { name, attribute: attribute.name, allowed: Object.keys(rule.attributes) };
      if (!declared) add('unknown-attribute', node, parent, details, attribute);
      else if (seen.has(attribute.name)) add('duplicate-attribute', node, parent, details, attribute);
      else if (attribute.value === null || attribute.value === undefined) add('attribute-without-value', node, parent, details, attribute);
      else if (typeof attribute.value !== 'string') add('attribute-expression', node, parent, details, attribute);
      else if (CONTROL_CHARACTER.test(attribute.value)) add('control-character', node, parent, { ...details, value: attribute.value }, attribute);
      else if (declared.kind === 'address' && !isAllowedAddress(attribute.value)) add('address', node, parent, { ...details, value: attribute.value }, attribute);
      seen.add(attribute.name);
    }
    for (const [attribute, declared] of Object.entries(rule.attributes)) {
      if (declared.required && !seen.has(attribute)) add('missing-attribute', node, parent, { name, attribute, kind: declared.kind });
    }
    if (rule.children === false) {
      const [first] = meaningfulChildren(node);
      if (first) add('no-children', node, parent, { name });
    } else if (Array.isArray(rule.children)) {
      const stray = meaningfulChildren(node).find((child) => !(isJsx(child) && rule.children.includes(child.name)));
      if (stray) add('only-children', node, parent, { name, allowed: [...rule.children] }, stray);
    }
  };

  const visit = (node, parent, within) => {
    // The frontmatter is the file's very first thing, read by the compiler; anywhere else it is not one.
    if (node.type === 'yaml' && parent?.type === 'root' && parent.children[0] === node && node.position?.start.offset === 0) return;
    if (isJsx(node)) element(node, parent, within);
    else if (Object.hasOwn(REFUSED, node.type)) add(REFUSED[node.type], node, parent);
    else if (!MARKDOWN.has(node.type)) add('unknown', node, parent, { name: String(node.type) });
    else if ((node.type === 'link' || node.type === 'definition') && !isAllowedAddress(String(node.url ?? ''))) add('address', node, parent, { value: String(node.url ?? '') });
    // Whatever is refused, what it holds is looked at too: a refusal inside it is told as well.
    const inside = isJsx(node) ? (node.name ?? undefined) : within;
    for (const child of node.children ?? []) visit(child, node, inside);
  };
  visit(tree, undefined, undefined);
  return found;
}

/** A short English account of a violation, for the compiler's own error (the content check says it in the editors' words). */
function describe(violation) {
  const { rule, name, attribute, value } = violation;
  const what = [name && `<${name}>`, attribute && `attribute ${attribute}`, value !== undefined && JSON.stringify(value)].filter(Boolean).join(' ');
  return `refused by the site's dialect (${rule}${what ? `: ${what}` : ''}); run npm run content:check for the fix`;
}

/**
 * The dialect as a remark plugin: compiling a page that holds anything it refuses fails, at the
 * place of the first refusal, before anything is turned into code.
 * @param {import('./dialect.d.mts').Dialect} dialect
 */
export default function remarkSafeDialect(dialect) {
  if (!dialect || typeof dialect !== 'object' || !dialect.components) throw new Error('remarkSafeDialect needs the dialect (lib/content/components.ts: DIALECT)');
  return (tree, file) => {
    const [first] = dialectViolations(tree, dialect);
    if (!first) return;
    const message = file.message(describe(first), { place: first.node.position, ruleId: first.rule, source: DIALECT_SOURCE });
    message.fatal = true;
    // What was refused, for the editors' words (explain.ts), without the tree it stood in.
    message.violation = { ...first, node: { type: first.node.type, position: first.node.position }, parent: undefined };
    throw message;
  };
}
