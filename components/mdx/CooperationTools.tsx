import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getPageLocale } from '@/i18n/locale';
import { getPageByKey } from '@/lib/content';
import { cooperationTools, TOOL_CRITERIA, toolById } from '@/lib/cooperation-tools';
import { Fact, Facts } from './Facts';
import { withFigures } from './Figure';

/** The four tools side by side, criteria as rows: a real table, scrollable on its own on a phone. */
export async function ToolsComparison() {
  const locale = await getPageLocale();
  const t = await getTranslations('Tools');
  const rows = await Promise.all(
    TOOL_CRITERIA.map(async (criterion) => ({
      criterion,
      cells: await Promise.all(cooperationTools.map((tool) => withFigures(tool[criterion][locale]))),
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
            {cooperationTools.map((tool) => {
              const page = getPageByKey(locale, tool.pageKey);
              return (
                <th key={tool.id} scope="col" className="p-3 align-bottom font-bold text-brand-800">
                  {page ? (
                    <Link href={page.path} className="underline underline-offset-2">
                      {tool.name[locale]}
                    </Link>
                  ) : (
                    tool.name[locale]
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ criterion, cells }) => (
            <tr key={criterion} className="border-t border-slate-200">
              <th scope="row" className="sticky left-0 w-28 bg-white p-3 align-top font-semibold text-slate-900 shadow-[1px_0_0_var(--color-slate-200)]">
                {t(criterion)}
              </th>
              {cells.map((cell, i) => (
                <td key={cooperationTools[i]?.id} className="p-3 align-top text-slate-800">
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
export async function ToolFacts({ tool: id }: { tool: string }) {
  const tool = toolById(id);
  if (!tool) throw new Error(`Unknown cooperation tool "${id}": see lib/cooperation-tools.ts`);
  const locale = await getPageLocale();
  const t = await getTranslations('Tools');
  const facts = await Promise.all(TOOL_CRITERIA.filter((c) => c !== 'purpose').map(async (c) => [c, await withFigures(tool[c][locale])] as const));
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
