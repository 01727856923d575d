import type { MDXComponents } from 'mdx/types';
import type { ComponentType } from 'react';
import { dataFile, siteContent } from '@/lib/content';
import { type AuthorComponent, DATA_SHOWN } from '@/lib/content/schemas';
import { ProblemMark } from './ProblemMark';

/**
 * The author components that show a data file, as the preview renders them: a component that shows
 * a whole file (the comparison table, the map, the finder) has the file's problems above it; one
 * that shows an entry (a figure, a tool's facts) whose entry cannot be used shows that entry's
 * problems in its place. The components themselves know nothing of the preview.
 */
export function withDataProblems(components: MDXComponents): MDXComponents {
  const content = siteContent();
  const usable = { figures: (name: string) => name in content.data.figures, tools: (name: string) => content.data.tools.some((tool) => tool.id === name) };
  const wrapped = Object.entries(DATA_SHOWN).map(([name, shown]) => {
    const Component = components[name as AuthorComponent] as ComponentType<Record<string, unknown>>;
    const file = dataFile('content', shown.data);
    function WithProblems(props: Record<string, unknown>) {
      const problems = content.problems().filter((problem) => problem.file === file);
      const entry = shown.attribute ? String(props[shown.attribute] ?? '') : undefined;
      if (entry !== undefined && (shown.data === 'figures' || shown.data === 'tools')) {
        if (usable[shown.data](entry)) return <Component {...props} />;
        const about = problems.filter((problem) => problem.message.includes(`\`${entry}\``));
        return about.length > 0 ? <ProblemMark problems={about} display="inline" /> : null;
      }
      return (
        <>
          {problems.length > 0 && <ProblemMark problems={problems} display="block" />}
          <Component {...props} />
        </>
      );
    }
    return [name, WithProblems] as const;
  });
  return { ...components, ...Object.fromEntries(wrapped) };
}
