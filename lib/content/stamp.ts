import { dump } from 'js-yaml';

const TRANSLATED_FROM = /^translatedFrom:.*$/m;

/** The file's text with `translatedFrom: <fingerprint>` set in its frontmatter, added or replaced. */
export function withTranslatedFrom(source: string, fingerprint: string): string {
  const end = source.indexOf('\n---', 3);
  if (!source.startsWith('---') || end === -1) throw new Error('the file has no frontmatter');
  const frontmatter = source.slice(0, end);
  // Written as the studio writes it (js-yaml): quoted only where it would otherwise read as a number.
  const line = dump({ translatedFrom: fingerprint }).trimEnd();
  const stamped = TRANSLATED_FROM.test(frontmatter) ? frontmatter.replace(TRANSLATED_FROM, line) : `${frontmatter}\n${line}`;
  return stamped + source.slice(end);
}
