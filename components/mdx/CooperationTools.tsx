import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { type CooperationTool, siteContent } from '@/lib/content';
import { TOOL_CRITERIA } from '@/lib/content/schemas';
import { Fact, Facts } from './Facts';
import { withFigures } from './Figure';
import type { AuthorProps } from '@/lib/content/schemas';

/** A tool's name, a link to the page that presents it when that page exists in this language. */
export function ToolName({ tool, locale, linkClassName }: { tool: CooperationTool; locale: Locale; linkClassName: string }) {
  const page = siteContent().pageByKey(locale, tool.page);
  return page ? (
    <Link href={page.path} className={linkClassName}>
      {tool.name[locale]}
    </Link>
  ) : (
    tool.name[locale]
  );
}

/** The four tools side by side, criteria as rows: a real table, scrollable on its own on a phone. */
export async function ToolsComparison({ locale }: { locale: Locale }) {
  const { tools } = siteContent().data;
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const rows = await Promise.all(
    TOOL_CRITERIA.map(async (criterion) => ({
      criterion,
      cells: await Promise.all(tools.map((tool) => withFigures(tool[criterion][locale], locale))),
    })),
  );
  return (
    <div role="region" aria-labelledby="tools-comparison-caption" tabIndex={0} className="tools-comparison not-prose my-8 overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full min-w-[52rem] border-collapse text-left text-sm md:min-w-0">
        <caption className="p-4 text-left">
          <span id="tools-comparison-caption" className="block text-base font-bold text-slate-900">
            {t('caption')}
          </span>
          <span className="mt-1 block text-sm font-normal text-slate-600 md:hidden">{t('scrollHint')}</span>
        </caption>
        <thead>
          <tr className="bg-slate-50">
            <td className="sticky left-0 bg-slate-50 p-3" />
            {tools.map((tool) => (
              <th key={tool.id} scope="col" className="p-3 align-bottom font-bold text-brand-800">
                <ToolName tool={tool} locale={locale} linkClassName="underline underline-offset-2" />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ criterion, cells }) => (
            <tr key={criterion} className="border-t border-slate-200">
              <th scope="row" className="sticky left-0 w-28 bg-canvas p-3 align-top font-semibold text-slate-900 shadow-[1px_0_0_var(--color-slate-200)]">
                {t(criterion)}
              </th>
              {cells.map((cell, i) => (
                <td key={tools[i]?.id} className="p-3 align-top text-slate-800">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One tool's essentials, from the same data as the comparison: `<ToolFacts tool="explore" />`. */
export async function ToolFacts({ tool: id, locale }: AuthorProps<'ToolFacts'> & { locale: Locale }) {
  const tool = siteContent().data.tools.find((candidate) => candidate.id === id);
  // Only the preview can lack it (the build refuses such content): it shows the entry's problem instead.
  if (!tool) return null;
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const facts = await Promise.all(TOOL_CRITERIA.filter((c) => c !== 'purpose').map(async (c) => [c, await withFigures(tool[c][locale], locale)] as const));
  return (
    <Facts>
      {facts.map(([criterion, text]) => (
        <Fact key={criterion} term={t(criterion)}>
          {text}
        </Fact>
      ))}
    </Facts>
  );
}
