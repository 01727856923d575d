import { routing, type Locale } from '../../i18n/routing';
import type { ContentPage } from './load';

/**
 * Where one language's version of a page stands: the words every screen uses (the preview's bar, the
 * studio, `npm run content:status`), each in its own language.
 * - `original`: the default language's version, or a page that exists in one language only;
 * - `current`: a translation made from the original as it is now;
 * - `outdated`: a translation made from an older original;
 * - `untracked`: a translation that does not record which original it was made from;
 * - `missing`: no version in this language (visitors get the other language's, with a notice);
 * - `draft`: a version not yet published.
 */
export type VersionStatus = ContentPage['translationState'] | 'missing' | 'draft';

export function versionStatus(version: ContentPage | undefined): VersionStatus {
  if (!version || version.isFallback) return 'missing';
  if (version.frontmatter.draft) return 'draft';
  return version.translationState;
}

/** A status that asks a translator to do something. */
export const needsTranslation = (status: VersionStatus) => status === 'outdated' || status === 'untracked';

const MARK: Record<VersionStatus, string> = { original: '✓', current: '✓', draft: '…', untracked: '?', outdated: '✗', missing: '✗' };

/** The status of each page's versions as a plain-text table for the terminal. */
export function formatStatusTable(rows: { key: string; versions: Record<Locale, { status: VersionStatus }> }[]): string {
  const cell = (status: VersionStatus) => `${MARK[status]} ${status}`;
  const head = ['page', ...routing.locales];
  const body = rows.map((row) => [row.key === '' ? '(home)' : row.key, ...routing.locales.map((l) => cell(row.versions[l].status))]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
