// Whether a page shows its content to a visitor without scripts — and the site runs none, so a page
// that does not must not be sent. Checked positively rather than by looking for one framework's
// markers: the page has a <main>, its own <h1> is in it (and its title, when the caller knows it),
// and nothing in its <body> is kept hidden for a script to reveal: no element with the `hidden`
// attribute or an inline `display:none` that holds text, no <template> that holds anything, none of
// the marks React leaves where its script would move content in. The caller may name texts the
// page must show in its <main> (a content page's title and the start of its text). And it does
// nothing else: no script, refresh, frame, handler or address that runs (lib/serve/inert.mjs).
// The build checks every prerendered page (scripts/postbuild.ts), the server every page it sends
// (lib/serve/response.mjs).

import { attributesOf, decoded, markupPattern, RAW_TEXT } from './html.mjs';
import { whyActive } from './inert.mjs';

/** Elements without content or closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** What React writes where a Suspense boundary is finished, or rendered, by a script. */
const REACT_MARKS = [
  [/<!--\$\?-->/, 'a Suspense boundary left for a script to complete (<!--$?-->)'],
  [/<!--\$!-->/, 'a Suspense boundary left for a script to render (<!--$!-->)'],
  [/<template id="B:\d+"/, 'a placeholder for content a script would move in (<template id="B:…">)'],
  [/<div hidden id="S:\d+"/, 'content out of place for a script to move (<div hidden id="S:…">)'],
  [/\$R[CSX]\(/, 'a call to React’s script that reveals content ($RC, $RS, $RX)'],
];

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;
const normalized = (text) => text.replace(/\s+/g, ' ').trim();
const quote = (text) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;

/** How an element hides what it holds until a script shows it, if it does. */
function hidingOf(name, attributeSource) {
  if (name === 'template') return '<template>';
  if (!/hidden|display/i.test(attributeSource)) return undefined;
  const attributes = attributesOf(attributeSource);
  if (attributes.has('hidden')) return `<${name} hidden>`;
  if (DISPLAY_NONE.test(attributes.get('style') ?? '')) return `<${name} style="display:none">`;
  return undefined;
}

/**
 * Why a page's HTML (its scripts already taken out) would not show its content without scripts:
 * one reason per problem, none when it does. Each text of `shows` must be in its <main> too.
 */
export function whyNotVisible(html, { shows = [] } = {}) {
  const reasons = [];
  const bodyTag = /<body\b[^>]*>/i.exec(html);
  if (!bodyTag) return ['no <body>'];
  const start = bodyTag.index + bodyTag[0].length;
  const end = html.slice(start).search(/<\/body\s*>/i);
  const body = html.slice(start, end < 0 ? undefined : start + end);
  for (const [mark, reason] of REACT_MARKS) if (mark.test(body)) reasons.push(reason);

  /** @type {{ name: string, isFirstH1: boolean, hiding?: string }[]} */
  const open = [];
  const reported = new Set();
  const main = { found: false, text: '' };
  const h1 = { found: false, isInMain: false, text: '' };
  const within = (name) => open.some((element) => element.name === name);
  // What a hiding element holds is reported once, at the outermost one.
  const hiddenHolds = (what) => {
    const outermost = open.find((element) => element.hiding);
    if (!outermost || reported.has(outermost)) return;
    reported.add(outermost);
    reasons.push(`${outermost.hiding} holds ${what()}`);
  };
  const onText = (raw) => {
    if (!raw) return;
    const text = raw.includes('&') ? decoded(raw) : raw;
    // The text of <main> is gathered only when there is something to find in it.
    if (shows.length > 0 && within('main')) main.text += text;
    if (open.some((element) => element.isFirstH1)) h1.text += text;
    if (/\S/.test(text)) hiddenHolds(() => `text: ${quote(normalized(text))}`);
  };

  let at = 0;
  const MARKUP = markupPattern();
  for (let match = MARKUP.exec(body); match; match = MARKUP.exec(body)) {
    onText(body.slice(at, match.index));
    at = MARKUP.lastIndex;
    const [markup, closing, tagName, attributeSource = ''] = match;
    if (!tagName) continue; // a comment
    const name = tagName.toLowerCase();
    if (closing) {
      const index = open.findLastIndex((element) => element.name === name);
      if (index >= 0) open.length = index;
      continue;
    }
    if (open.some((element) => element.name === 'template')) hiddenHolds(() => `an element: ${quote(markup)}`);
    if (RAW_TEXT.has(name)) {
      const rawEnd = new RegExp(`</${name}\\s*>`, 'gi');
      rawEnd.lastIndex = at;
      at = rawEnd.exec(body) ? rawEnd.lastIndex : body.length;
      MARKUP.lastIndex = at;
      continue;
    }
    if (VOID.has(name) || attributeSource.trimEnd().endsWith('/')) continue;
    const isFirstH1 = name === 'h1' && !h1.found;
    if (name === 'main') main.found = true;
    if (isFirstH1) Object.assign(h1, { found: true, isInMain: within('main') });
    open.push({ name, isFirstH1, hiding: hidingOf(name, attributeSource) });
  }
  onText(body.slice(at));

  const heading = normalized(h1.text);
  if (!main.found) reasons.push('no <main>');
  if (!h1.found) reasons.push('no <h1>');
  else if (!heading) reasons.push('its <h1> is empty');
  else if (main.found && !h1.isInMain) reasons.push(`its <h1>, ${quote(heading)}, is outside its <main>`);
  const shown = normalized(main.text);
  if (main.found) for (const text of shows) if (!shown.includes(normalized(text))) reasons.push(`its <main> does not show ${quote(normalized(text))}`);
  // A page that shows itself does nothing else either (lib/serve/inert.mjs).
  return [...reasons, ...whyActive(html)];
}
