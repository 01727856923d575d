import type { Locale } from '@/i18n/routing';
import { siteContent } from '@/lib/content';
import { ToolFinderForm } from '../finder/ToolFinderForm';

/**
 * « Quel outil pour mon projet ? »: the finder's questions, in the page (`<ToolFinder />`). The form
 * is answered on the server, at the finder's own address; its questions and rules are
 * content/data/tool-finder.yaml.
 */
export async function ToolFinder({ locale }: { locale: Locale }) {
  const finder = siteContent().data.toolFinder;
  // Only the preview can lack it (the build refuses such content): it shows the file's problems instead.
  return finder ? <ToolFinderForm finder={finder} locale={locale} /> : null;
}
