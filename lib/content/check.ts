import { existsSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { type Locale, routing } from '../../i18n/routing';
import { cooperationTools } from '../cooperation-tools';
import { FIGURE_IDS } from '../figures/data';
import { AUTHOR_COMPONENTS, type AuthorComponent, DATA_REFERENCES } from './components';
import { type ContentPage, loadContentTree } from './load';
import { say } from './messages';
import { whereAndWhat } from './parse';
import { type ContentProblem, reporterFor } from './problems';

export interface CheckResult {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** Every page, drafts included, as the check saw them. */
  pages: ContentPage[];
}

/** In French, ; : ! ? and » take a no-break space before them, « one after: an ordinary space, or none after a letter, is a slip. */
const SPACING_RULES: Partial<Record<Locale, RegExp>> = { fr: /(?: [;:!?»]|\p{L}[;!?»]|« )/u };
/** The data modules pages may name entries of, and those entries. */
const DATA = {
  figures: { file: 'lib/figures/data.ts', known: FIGURE_IDS as readonly string[] },
  tools: { file: 'lib/cooperation-tools.ts', known: cooperationTools.map((tool) => tool.id) as readonly string[] },
};

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const byFileAndLine = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

/**
 * Everything `npm run content:check` and the build verify, all at once: frontmatter, addresses,
 * MDX that compiles with known components only, internal links and anchors, and translations.
 */
export async function checkContent(root: string, { label, publicDir }: { label?: string; publicDir?: string } = {}): Promise<CheckResult> {
  const { pages, problems } = loadContentTree(root, { label, includeDrafts: true });
  const own = pages.filter((p) => !p.isFallback);
  const published = pages.filter((p) => !p.frontmatter.draft);

  await Promise.all(
    own.map(async (page) => {
      const report = reporterFor(page.file, problems);
      // A page whose text could not even be parsed has been reported already: compiling would say it twice.
      const unreadable = problems.some((p) => p.file === page.file && p.severity === 'error');
      if (!unreadable) {
        try {
          await compile(page.body, { remarkPlugins: [remarkFrontmatter, remarkGfm] });
        } catch (error) {
          const { line, what } = whereAndWhat(error);
          report.error(say.mdxUnreadable(what), line ? line + page.bodyStartLine - 1 : undefined);
        }
      }
      for (const { value: name, line, attributes } of page.elements) {
        if (/^[A-Z]/.test(name) && !(AUTHOR_COMPONENTS as readonly string[]).includes(name)) report.error(say.unknownComponent(name, AUTHOR_COMPONENTS), line);
        const reference = DATA_REFERENCES[name as AuthorComponent];
        if (!reference) continue;
        const { file, known } = DATA[reference.data];
        const id = attributes[reference.attribute];
        if (id === undefined) report.error(say.referenceMissing(name, reference.attribute, file), line);
        else if (!known.includes(id)) report.error(say.unknownReference(id, file, known), line);
      }
      const spacing = SPACING_RULES[page.contentLocale];
      for (const { value, line } of spacing ? page.texts : []) {
        const slip = spacing?.exec(value);
        if (slip) report.warning(say.frenchSpacing(value.slice(Math.max(0, slip.index - 12), slip.index + 14).trim()), line);
      }
      for (const { value: href, line } of page.links) {
        const text = linkProblem(href, page, published, pages, publicDir);
        if (text) (page.frontmatter.draft ? report.warning : report.error)(text, line);
      }
    }),
  );

  for (const page of own.filter((p) => p.locale === routing.defaultLocale || !own.some((o) => o.key === p.key && o.locale === routing.defaultLocale))) {
    for (const locale of routing.locales) {
      if (own.some((p) => p.key === page.key && p.locale === locale)) continue;
      const missing = page.file.replace(`/${page.locale}/`, `/${locale}/`);
      reporterFor(page.file, problems).warning(say.noCounterpart(missing));
    }
  }
  for (const page of own) {
    const original = own.find((p) => p.key === page.key && p.locale === routing.defaultLocale);
    if (!original) continue;
    if (page.translationState === 'outdated') reporterFor(page.file, problems).warning(say.outdated(original.file));
    if (page.translationState === 'untracked') reporterFor(page.file, problems).warning(say.untracked(original.file));
  }

  return {
    errors: problems.filter((p) => p.severity === 'error').sort(byFileAndLine),
    warnings: problems.filter((p) => p.severity === 'warning').sort(byFileAndLine),
    pages,
  };
}

/** What is wrong with one link of a page, or nothing. Published pages may only link to published pages. */
function linkProblem(href: string, from: ContentPage, published: ContentPage[], all: ContentPage[], publicDir?: string) {
  if (EXTERNAL.test(href)) return undefined;
  const [rawPath = '', anchor] = href.split('#', 2);
  if (rawPath !== '' && !rawPath.startsWith('/')) return say.linkRelative(href);
  const targetPath = rawPath === '' ? from.path : decodeURI(rawPath).replace(/\/+$/, '') || '/';
  if (publicDir && rawPath !== '' && !anchor && existsSync(path.join(publicDir, targetPath))) return undefined;
  const candidates = from.frontmatter.draft ? all : published;
  const target = candidates.find((p) => p.path === targetPath);
  if (!target) return all.some((p) => p.path === targetPath) ? say.linkToDraft(href) : say.linkBroken(href);
  if (anchor && !target.anchors.includes(decodeURIComponent(anchor))) return say.anchorBroken(href, target.anchors);
  return undefined;
}
