import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '@/lib/site/atom';

/** The feed read by a conformant XML parser: its errors, and the text of each summary. */
function read(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  const summaries: string[] = [];
  let inSummary = false;
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => (inSummary = tag.local === 'summary'));
  parser.on('text', (text) => inSummary && summaries.push(text));
  parser.on('closetag', () => (inSummary = false));
  parser.write(xml).close();
  return { errors, summaries };
}

const feed = (summary: string, title = 'Stratégie') =>
  atomFeed({
    locale: 'fr',
    title: 'Mises à jour',
    self: 'https://site.example/feeds/fr.atom',
    alternate: 'https://site.example/fr/mises-a-jour',
    updated: '2026-12-07',
    entries: [{ title, url: 'https://site.example/fr/strategie', date: '2026-12-07', summary }],
  });

describe('the Atom feeds', () => {
  it('stay well-formed XML whatever a note holds: controls, halves of a character, noncharacters, markup', () => {
    const every = [
      ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)),
      '\u007f',
      '\u0085',
      '\ud800',
      '\udfff',
      '\ufffe',
      '\uffff',
      ']]>',
      '<script>',
      '&amp;',
      '"\'',
      '😀',
      'é',
    ].join(' ');
    const { errors, summaries } = read(feed(`Note : ${every}`, `Titre\u0007 ${every}`));
    expect(errors).toEqual([]);
    // What XML can hold is kept, as written; the rest is left out.
    expect(summaries.join('')).toContain(']]> <script> &amp; "\' 😀 é');
    expect(summaries.join('')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/u);
  });
});
