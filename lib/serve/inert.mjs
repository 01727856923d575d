// Whether a page, as it leaves the site, does nothing but show itself: no script (structured data
// excepted), no refresh or redirect of its own (<meta http-equiv> — the Content-Security-Policy does
// not cover it), no frame, plugin or <base>, no event handler, no address that runs (javascript:,
// vbscript:, data:), no form that sends elsewhere. The dialect keeps all of it out of the pages
// (lib/content/dialect.mjs); this is the check of what actually came out, whatever let it in, at
// build time, at each page rendered on request and at each release (lib/serve/visible.mjs calls it).

import { attributesOf, markupPattern, RAW_TEXT, scriptsIn } from './html.mjs';

const ACTIVE_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe']);
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'background', 'ping']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme an address has once a browser has read it (spaces and controls dropped), lowercased; '' for a relative one. */
function schemeOf(address) {
  const read = address.replace(/[\u0000-\u0020\u007f]/g, '');
  return (/^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1] ?? '').toLowerCase();
}

const cut = (text) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** What in the page would act on its own, one reason each; none when it only shows itself. */
export function whyActive(html) {
  const reasons = scriptsIn(html).map((script) => `a script: ${cut(script)}`);
  const MARKUP = markupPattern();
  for (let match = MARKUP.exec(html); match; match = MARKUP.exec(html)) {
    const [markup, closing, tagName, attributeSource = ''] = match;
    if (!tagName || closing) continue;
    const name = tagName.toLowerCase();
    if (RAW_TEXT.has(name)) {
      const rawEnd = new RegExp(`</${name}\\s*>`, 'gi');
      rawEnd.lastIndex = MARKUP.lastIndex;
      MARKUP.lastIndex = rawEnd.exec(html) ? rawEnd.lastIndex : html.length;
      continue;
    }
    const attributes = attributesOf(attributeSource);
    if (ACTIVE_ELEMENTS.has(name)) reasons.push(`a <${name}>: ${cut(markup)}`);
    if (name === 'meta' && attributes.has('http-equiv')) reasons.push(`a <meta http-equiv>: ${cut(markup)}`);
    for (const [attribute, value] of attributes) {
      if (attribute.startsWith('on')) reasons.push(`an event handler (${attribute}): ${cut(markup)}`);
      else if (ADDRESS_ATTRIBUTES.has(attribute)) {
        const scheme = schemeOf(value);
        if (scheme && !SAFE_SCHEMES.has(scheme)) reasons.push(`an address that runs (${scheme}:): ${cut(markup)}`);
        else if ((attribute === 'action' || attribute === 'formaction') && (scheme || value.trim().startsWith('//'))) reasons.push(`a form sent to another site: ${cut(markup)}`);
      }
    }
  }
  return reasons;
}
