import { getProblems } from '@/lib/content';
import { dataFile } from '@/lib/content/data';
import type { DATA_FILES } from '@/lib/content/data/schema';
import { ProblemMark } from './ProblemMark';

/** In the preview, the problems of a data file (or of one of its entries, inline, where it would show). */
export function DataProblemsBlock({ data, entry }: { data: keyof typeof DATA_FILES; entry?: string }) {
  const file = dataFile('content', data);
  const problems = getProblems().filter((p) => p.file === file && (entry === undefined || p.message.includes(`\`${entry}\``)));
  return problems.length > 0 ? <ProblemMark problems={problems} display={entry === undefined ? 'block' : 'inline'} /> : null;
}
