// What a page needs no script for, it gets none: every page of the site works without JavaScript
// (links, <details> menus, GET forms, anchors), so the framework's runtime, its hydration payload
// and its preloads are taken out of the HTML, at build time for prerendered pages and on the way
// out for the others. Structured data (<script type="application/ld+json">) is data, and stays.

// A tag's attributes may hold `>` between quotes: they are read as the browser reads them.
const SCRIPT = /<script\b((?:[^>"']+|"[^"]*"|'[^']*')*)>[\s\S]*?<\/script\s*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel\s*=\s*["']?(?:modulepreload|preload)\b)(?=[^>]*\bas\s*=\s*["']?script\b|[^>]*\brel\s*=\s*["']?modulepreload)[^>]*>/gi;
// React's outlet for metadata streamed late: empty once the page is complete.
const EMPTY_HIDDEN_OUTLET = /<div hidden="">(?:<!--\$-->|<!--\/\$-->)*<\/div>/g;

// The character references a browser reads in text and attributes (the named ones that matter here:
// those an address could hide behind, and the usual ones), with or without their semicolon.
const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', tab: '\t', newline: '\n' };

/** A text or an attribute's value as the browser reads it, its character references decoded. */
export function decoded(text) {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (entity, name) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** A pattern that finds, one after the other, each comment and tag of a page (its closing slash, name and attributes); a new one for each walk, as it keeps its place. */
export const markupPattern = () => /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>/g;

/** Elements whose content is not markup but text (and may hold `<`): a walk skips to their closing tag. */
export const RAW_TEXT = new Set(['script', 'style']);

/** A tag's attributes, by name (lowercased), as the browser reads them: the first of a name counts. */
export function attributesOf(source) {
  const attributes = new Map();
  for (const [, name = '', double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decoded(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/** Whether a script tag's attributes make it a data block: its type, and nothing else, says structured data. */
const isData = (attributeSource) => (attributesOf(attributeSource).get('type') ?? '').trim().toLowerCase() === 'application/ld+json';

/** The page's HTML with no script to run and nothing preloaded for one. */
export function withoutScripts(html) {
  return html
    .replace(SCRIPT, (tag, attributes) => (isData(attributes) ? tag : ''))
    .replace(SCRIPT_PRELOAD, '')
    .replace(EMPTY_HIDDEN_OUTLET, '');
}

const SCRIPT_OPENING = /<script\b/gi;
const SCRIPT_TAG = /^<script\b((?:[^>"']+|"[^"]*"|'[^']*')*)>/i;

/**
 * Executable scripts left in a page, and preloads for scripts (data blocks excepted). Every
 * `<script` counts, the tag read as far as it can be: one whose tag cannot be read is a script.
 */
export function scriptsIn(html) {
  const scripts = [...html.matchAll(SCRIPT_OPENING)]
    .filter((m) => {
      const tag = SCRIPT_TAG.exec(html.slice(m.index));
      return !tag || !isData(tag[1] ?? '');
    })
    .map((m) => html.slice(m.index, m.index + 80));
  const preloads = [...html.matchAll(SCRIPT_PRELOAD)].map((m) => m[0]);
  return [...scripts, ...preloads];
}
