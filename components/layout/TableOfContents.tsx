import { getTranslations } from 'next-intl/server';
import type { Heading } from '@/lib/content';

/** Links to the page's own headings, nested by level. */
export async function TableOfContents({ headings }: { headings: Heading[] }) {
  const t = await getTranslations('Toc');
  const groups: { heading: Heading; children: Heading[] }[] = [];
  for (const heading of headings) {
    const last = groups.at(-1);
    if (heading.depth === 3 && last) last.children.push(heading);
    else groups.push({ heading, children: [] });
  }
  return (
    <nav aria-labelledby="toc-title" className="toc">
      <h2 id="toc-title" className="mb-2 text-sm font-bold tracking-wide text-slate-700 uppercase">
        {t('title')}
      </h2>
      <ol className="space-y-1 text-sm">
        {groups.map(({ heading, children }) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="toc-link">
              {heading.text}
            </a>
            {children.length > 0 && (
              <ol className="mt-1 ml-3 space-y-1 border-l border-slate-200 pl-3">
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`} className="toc-link">
                      {child.text}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
