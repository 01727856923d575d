/** One thing wrong in content/, said so that an editor can find it and fix it. */
export interface ContentProblem {
  /** Path from the project root, e.g. `content/fr/strategy.mdx`. */
  file: string;
  /** 1-based line, when it can be known. */
  line?: number;
  message: string;
}

export function formatProblem({ file, line, message }: ContentProblem): string {
  return `${file}${line ? `:${line}` : ''}: ${message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
