import { readFileSync, writeFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { routing } from '../../i18n/routing';
import type { ContentPage } from './load';

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
 * Records in the translation `file` (relative to the project, as `page.file`) that it now matches its
 * original, what `npm run content:stamp` and the studio's button do. Answers the original, or
 * nothing when `file` is not a translation of a page of the default language.
 */
export function stampTranslation(pages: readonly ContentPage[], file: string): ContentPage | undefined {
  const page = pages.find((p) => p.file === file && !p.isFallback && p.locale !== routing.defaultLocale);
  const original = page && pages.find((p) => p.key === page.key && p.locale === routing.defaultLocale && !p.isFallback);
  if (!page || !original) return undefined;
  writeFileSync(page.file, withTranslatedFrom(readFileSync(page.file, 'utf8'), original.fingerprint));
  return original;
}
