import { readFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { routing } from '../../i18n/routing';
import type { ContentPage } from './load';
import type { Content } from './open';
import { writeWhole } from '../write-whole';

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

/**
 * Records in the translation `file` (named as `page.file` names it: `content/en/strategy.mdx`) that it
 * now matches its original, what `npm run content:stamp` and the studio's button do. Answers the
 * original, or nothing when `file` is not a translation of a page of the default language.
 */
export function stampTranslation(content: Content, file: string): ContentPage | undefined {
  const page = content.pageOfFile(file);
  const original = page && page.locale !== routing.defaultLocale ? content.pageByKey(routing.defaultLocale, page.key) : undefined;
  if (!page || !original || original.isFallback) return undefined;
  const onDisk = content.pathOf(page.file);
  writeWhole(onDisk, withTranslatedFrom(readFileSync(onDisk, 'utf8'), original.fingerprint));
  return original;
}
