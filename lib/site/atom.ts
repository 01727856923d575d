import { createHash } from 'node:crypto';

/** An Atom 1.0 feed (RFC 4287), written by hand: a handful of elements, each text escaped. */

export interface FeedEntry {
  title: string;
  url: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
}

/**
 * The characters XML 1.0 cannot hold at all, not even escaped (control characters, lone halves of a
 * character, U+FFFE and U+FFFF): a feed holding one is not XML, and readers drop it whole. The studio
 * refuses them in notes and titles; whatever got in anyway is left out here.
 */
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const escape = (text: string) => text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
/** A day as Atom's date-time: noon UTC, the same day everywhere. */
const instant = (day: string) => `${day}T12:00:00Z`;

/** An entry's id: the same update keeps the same id from one build to the next (RFC 4151 tag URI). */
function entryId({ url, date, summary }: FeedEntry): string {
  const { host, pathname } = new URL(url);
  return `tag:${host},${date}:${pathname}#${createHash('sha256').update(summary).digest('hex').slice(0, 12)}`;
}

export function atomFeed({ locale, title, self, alternate, updated, entries }: { locale: string; title: string; self: string; alternate: string; updated: string; entries: FeedEntry[] }): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(locale)}">`,
    `  <title>${escape(title)}</title>`,
    `  <id>${escape(alternate)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(alternate)}"/>`,
    `  <updated>${instant(updated)}</updated>`,
    '  <author><name>Inserm</name></author>',
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <title>${escape(entry.title)}</title>`,
      `    <id>${escape(entryId(entry))}</id>`,
      `    <link rel="alternate" type="text/html" href="${escape(entry.url)}"/>`,
      `    <updated>${instant(entry.date)}</updated>`,
      `    <summary>${escape(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
