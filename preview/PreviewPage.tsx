import type { MDXComponents } from 'mdx/types';
import { getTranslations } from 'next-intl/server';
import { PageView } from '@/components/layout/PageView';
import { type ContentPage, type ContentProblem, localeOfFile, siteContent } from '@/lib/content';
import { withDataProblems } from './DataProblems';
import { ProblemList } from './ProblemMark';
import { previewBody } from './PreviewBody';

/** The problems of a page that have no place in its text (its frontmatter, its translation), at its top. */
async function ProblemBanner({ problems }: { problems: ContentProblem[] }) {
  const [first] = problems;
  if (!first) return null;
  const locale = localeOfFile(first.file);
  const t = await getTranslations({ locale, namespace: 'Preview' });
  const isError = problems.some((p) => p.severity === 'error');
  return (
    <section
      lang={locale}
      aria-labelledby="preview-problems-title"
      data-preview="banner"
      className={`not-prose mb-6 rounded border-l-4 p-4 text-sm text-slate-900 ${isError ? 'border-red-700 bg-red-50' : 'border-amber-600 bg-amber-50'}`}
    >
      <h2 id="preview-problems-title" className="text-base font-bold">
        {t('banner', { count: problems.length })}
      </h2>
      <ul className="mt-2 space-y-2">
        <ProblemList problems={problems} as="li" />
      </ul>
    </section>
  );
}

/** A page of the preview: its text compiled from the file, each problem where it stands, the others at the top. */
export async function PreviewPage({ page, listPage, components }: { page: ContentPage; listPage: number; components: MDXComponents }) {
  const problems = siteContent()
    .problems()
    .filter((p) => p.file === page.file);
  const { body, unplaced } = await previewBody(page, problems, withDataProblems(components));
  return (
    <PageView page={page} listPage={listPage} notice={<ProblemBanner problems={unplaced} />}>
      {body}
    </PageView>
  );
}
