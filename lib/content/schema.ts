import { z } from 'zod';

/** Lowercase ASCII words joined by single hyphens: safe in any URL, no accents, no spaces. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  /** Shorter label for menus and breadcrumbs; defaults to the title. */
  navTitle: z.string().trim().min(1).max(40).optional(),
  /** Shown under the title and used as the meta description. */
  description: z.string().trim().min(50).max(220),
  /** The last part of the page's address in this language. The home page has none. */
  slug: z.string().regex(SLUG_PATTERN).optional(),
  /** Position among its siblings in menus, lowest first. */
  order: z.number().int().min(0).max(999),
  /** Date of the last meaningful update, YYYY-MM-DD. */
  updated: z.iso.date(),
  /** Where a top-level page is listed: the main menu or the footer. */
  menu: z.enum(['main', 'footer']).default('main'),
  /** Forces the "on this page" table of contents on or off; by default it appears on long pages. */
  toc: z.boolean().optional(),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;

/** What to tell an editor about each field, so that an error message can say how to fix it. */
const fieldHelp: Record<string, string> = {
  title: 'a short text, for example `title: Cooperation tools`',
  navTitle: 'a short label of at most 40 characters, for example `navTitle: Tools`',
  description: 'one or two sentences of 50 to 220 characters, used by search engines',
  slug: 'lowercase letters, digits and hyphens only, for example `slug: cooperation-tools` (no accents, no spaces)',
  order: 'a whole number, for example `order: 2` (lower numbers come first in menus)',
  updated: 'a date written YYYY-MM-DD, for example `updated: 2026-11-24`',
  menu: '`main` (main menu) or `footer` (footer links)',
  toc: '`true` or `false`',
};

/** Turns one zod issue into a sentence that names the field and the fix. */
export function explainIssue(issue: z.core.$ZodIssue, data: unknown): { field: string; message: string } {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join('`, `');
    return {
      field: issue.keys[0] ?? '',
      message: `unknown field \`${keys}\`: check its spelling; allowed fields are ${Object.keys(fieldHelp).map((f) => `\`${f}\``).join(', ')}`,
    };
  }
  const field = String(issue.path[0] ?? '');
  const help = fieldHelp[field] ?? 'see the editor guide';
  const missing = typeof data !== 'object' || data === null || !(field in data);
  if (missing) return { field, message: `the field \`${field}\` is missing: add it, as ${help}` };
  return { field, message: `the field \`${field}\` is not valid (${issue.message}): it must be ${help}` };
}
