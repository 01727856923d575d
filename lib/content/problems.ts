import { routing, type Locale } from '../../i18n/routing';

/**
 * What in a page's text a problem is about, so that the preview can mark it where it stands: a
 * component (`<Figure>`), a link target, the exact characters of a typographic slip, or something
 * the dialect refuses (by its rule, at its line and column).
 */
export type ProblemSubject =
  | { kind: 'element'; name: string }
  | { kind: 'link'; href: string }
  | { kind: 'text'; excerpt: string }
  | { kind: 'refused'; rule: string; column?: number };

/** One thing wrong in content/, said so that an editor can find it and fix it. */
export interface ContentProblem {
  /** Path from the project root, e.g. `content/fr/strategy.mdx`. */
  file: string;
  /** 1-based line, when it can be known. */
  line?: number;
  message: string;
  /** The message in each language, for those who read the problem in theirs (the studio's French screens). */
  said?: Record<Locale, string>;
  /** Errors stop the build; warnings are reported and the site still works (e.g. a missing translation). */
  severity: 'error' | 'warning';
  subject?: ProblemSubject;
}

/** The language an editor of this file works in: the locale folder it sits in; files shared by both languages (content/data) are the default language's. */
export function localeOfFile(file: string): Locale {
  const parts = file.split('/');
  return routing.locales.find((locale) => parts.includes(locale)) ?? routing.defaultLocale;
}

export type Reporter = ReturnType<typeof reporterFor>;

/** Builds problems for one file, in that file's language. */
export function reporterFor(file: string, into: ContentProblem[]) {
  const locale = localeOfFile(file);
  const add = (severity: ContentProblem['severity']) => (text: Record<Locale, string>, line?: number, subject?: ProblemSubject) => {
    into.push({ file, ...(line ? { line } : {}), message: text[locale], said: { ...text }, severity, ...(subject ? { subject } : {}) });
  };
  return { error: add('error'), warning: add('warning') };
}

export function formatProblem({ file, line, message }: ContentProblem): string {
  return `${file}${line ? `:${line}` : ''}: ${message}`;
}

export class ContentError extends Error {
  declare readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length > 1 ? 's' : ''} / le contenu a ${problems.length} problème${problems.length > 1 ? 's' : ''}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    // Not enumerable, so that a crash report shows the readable message only, not the list twice.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
  }
}
