import { z } from 'zod';
import { CONTROL_CHARACTER } from './dialect.mjs';
import { type Field, sayFrontmatter } from './messages/frontmatter';
import { invisibleCharacter, tooLong, tooShort } from './messages/words';
import { PAGE_KEY_PATTERN, SLUG_PATTERN } from './slug';

/** A short fingerprint of the translatable text of a page (see fingerprint.ts). */
const FINGERPRINT_PATTERN = /^[0-9a-f]{8}$/;

/** What the issue of a text holding a control character says (explainIssue and the data files' messages recognise it). */
export const CONTROL_ISSUE = 'control-character';
/** A text as a person types it: no character nobody types (a control character breaks feeds and pages). */
export const typedText = () => z.string().refine((text) => !CONTROL_CHARACTER.test(text), { message: CONTROL_ISSUE });
/** A text of one line (a title): no line break or tab either, which would break what shows it. */
const typedLine = () => z.string().refine((text) => !CONTROL_CHARACTER.test(text) && !/[\t\n\r]/.test(text.trim()), { message: CONTROL_ISSUE });

export const frontmatterSchema = z.strictObject({
  title: typedLine().trim().min(1).max(120),
  /** Shorter label for menus and breadcrumbs; defaults to the title. */
  navTitle: typedLine().trim().min(1).max(40).optional(),
  /** Shown under the title and used as the meta description. */
  description: typedText().trim().min(50).max(220),
  /** The last part of the page's address in this language. The home page has none. */
  slug: z.string().regex(SLUG_PATTERN).optional(),
  /** Position among its siblings in menus, lowest first; pages without one follow, by title. */
  order: z.number().int().min(0).optional(),
  /** Date of the last meaningful update, YYYY-MM-DD. */
  updated: z.iso.date(),
  /** Where a top-level page is listed: the main menu or the footer. */
  menu: z.enum(['main', 'footer']).default('main'),
  /** On a section's page: how its pages are listed, by `order` (then title) or the most recently updated first. */
  sort: z.enum(['order', 'newest']).optional(),
  /** Forces the "on this page" table of contents on or off; by default it appears on long pages. */
  toc: z.boolean().optional(),
  /** A draft is shown by `npm run dev` only: never built, listed or linked in production. */
  draft: z.boolean().default(false),
  /** In a translation: the fingerprint of the default-language version it was translated from. */
  translatedFrom: z.string().regex(FINGERPRINT_PATTERN).optional(),
  /**
   * A page withdrawn by an administrator (the editorial server writes it): its address says why
   * (410 Gone), or leads to its replacement (a page key: a permanent redirect), and it leaves the
   * menus, the lists, the search and the sitemap. Removed, the page is back.
   */
  retired: z
    .strictObject({
      date: z.iso.date(),
      note: typedText().trim().min(1).max(400),
      replacement: z.string().regex(PAGE_KEY_PATTERN).optional(),
    })
    .optional(),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;

/** Turns one zod issue into the field it concerns and a message, in both languages, that says how to fix it. */
export function explainIssue(issue: z.core.$ZodIssue, data: unknown) {
  if (issue.code === 'unrecognized_keys') return { field: issue.keys[0] ?? '', text: sayFrontmatter.unknownField(issue.keys) };
  const field = String(issue.path[0] ?? '');
  const present = typeof data === 'object' && data !== null && field in data;
  if (!present) return { field, text: sayFrontmatter.fieldMissing(field) };
  const unit = issue.code === 'too_big' || issue.code === 'too_small' ? (issue.origin === 'string' ? 'characters' : 'number') : undefined;
  const detail =
    issue.code === 'custom' && issue.message === CONTROL_ISSUE
      ? invisibleCharacter
      : issue.code === 'too_big' && unit
        ? tooLong(issue.maximum, unit)
        : issue.code === 'too_small' && unit
          ? tooShort(issue.minimum, unit)
          : undefined;
  return { field, text: sayFrontmatter.fieldInvalid(field as Field, detail) };
}
