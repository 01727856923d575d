// What a page needs no script for, it gets none: every page of the site works without JavaScript
// (links, <details> menus, GET forms, anchors), so the framework's runtime, its hydration payload
// and its preloads are taken out of the HTML, at build time for prerendered pages and on the way
// out for the others. Structured data (<script type="application/ld+json">) is data, and stays.

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const DATA_SCRIPT = /\btype\s*=\s*["']?application\/ld\+json/i;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel\s*=\s*["']?(?:modulepreload|preload)\b)(?=[^>]*\bas\s*=\s*["']?script\b|[^>]*\brel\s*=\s*["']?modulepreload)[^>]*>/gi;
// React's outlet for metadata streamed late: empty once the page is complete.
const EMPTY_HIDDEN_OUTLET = /<div hidden="">(?:<!--\$-->|<!--\/\$-->)*<\/div>/g;

/** The page's HTML with no script to run and nothing preloaded for one. */
export function withoutScripts(html) {
  return html
    .replace(SCRIPT, (tag, attributes) => (DATA_SCRIPT.test(attributes) ? tag : ''))
    .replace(SCRIPT_PRELOAD, '')
    .replace(EMPTY_HIDDEN_OUTLET, '');
}

/** Executable scripts left in a page, and preloads for scripts (data blocks excepted). */
export function scriptsIn(html) {
  const scripts = [...html.matchAll(SCRIPT)].filter((m) => !DATA_SCRIPT.test(m[1] ?? '')).map((m) => m[0].slice(0, 80));
  const preloads = [...html.matchAll(SCRIPT_PRELOAD)].map((m) => m[0]);
  return [...scripts, ...preloads];
}
