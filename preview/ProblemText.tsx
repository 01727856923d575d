import { type ContentProblem, formatProblem } from '@/lib/content';

/** Text with `code` between backticks, as the content check writes it. */
function WithCode({ text }: { text: string }) {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/** One problem, in the very words of `npm run content:check`: `content/fr/strategy.mdx:12: …`. */
export function ProblemText({ problem }: { problem: ContentProblem }) {
  return <WithCode text={formatProblem(problem)} />;
}
