import type { Locale } from '@/i18n/routing';
import { getData } from '@/lib/content';
import { ToolFinderForm } from '../finder/ToolFinderForm';
import { DataProblems } from '../preview/gates';

/**
 * « Quel outil pour mon projet ? »: the finder's questions, in the page (`<ToolFinder />`). The form
 * is answered on the server, at the finder's own address; its questions and rules are
 * content/data/tool-finder.yaml.
 */
export async function ToolFinder({ locale }: { locale: Locale }) {
  const finder = getData().toolFinder;
  if (!finder) return <DataProblems data="toolFinder" />;
  return (
    <>
      <DataProblems data="toolFinder" />
      <ToolFinderForm finder={finder} locale={locale} />
    </>
  );
}
