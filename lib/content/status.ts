import { routing, type Locale } from '../../i18n/routing';
import type { ContentPage } from './load';

export type VersionStatus = 'original' | 'up to date' | 'outdated' | 'untracked' | 'missing' | 'draft';

export interface StatusRow {
  key: string;
  versions: Record<Locale, { status: VersionStatus; file?: string }>;
}

const statusOf = (page: ContentPage | undefined): VersionStatus => {
  if (!page || page.isFallback) return 'missing';
  if (page.frontmatter.draft) return 'draft';
  return page.translationState === 'current' ? 'up to date' : page.translationState;
};

/** One row per page, one column per language: is each version there, and does it match the original? */
export function translationStatus(pages: ContentPage[]): StatusRow[] {
  const keys = [...new Set(pages.map((p) => p.key))].sort();
  return keys.map((key) => {
    const versions = Object.fromEntries(
      routing.locales.map((locale) => {
        const page = pages.find((p) => p.key === key && p.locale === locale && !p.isFallback);
        return [locale, { status: statusOf(page), file: page?.file }];
      }),
    ) as StatusRow['versions'];
    return { key, versions };
  });
}

const MARK: Record<VersionStatus, string> = { original: '✓', 'up to date': '✓', draft: '…', untracked: '?', outdated: '✗', missing: '✗' };

/** The status as a plain-text table for the terminal. */
export function formatStatusTable(rows: StatusRow[]): string {
  const cell = (status: VersionStatus) => `${MARK[status]} ${status}`;
  const head = ['page', ...routing.locales];
  const body = rows.map((row) => [row.key === '' ? '(home)' : row.key, ...routing.locales.map((l) => cell(row.versions[l].status))]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
