/**
 * The content layer: the only code that reads `content/`, and its one door. Everything outside
 * `lib/content/` imports from here (or, for the rules alone, from `@/lib/content/schemas`); a lint
 * rule refuses any other path into it.
 *
 * - `siteContent()`: the content this process serves (the site, or the editors' preview);
 * - `openContent({ root, mode })`: the content of any checkout, in a mode (scripts, the studio,
 *   releases, tests);
 * - `checkContent({ root })`: the whole check, compiling every page, its verdict reused while nothing changes;
 * - `stampTranslation`, `writeNewPage`: what writes to content/, given what `openContent` returned.
 */
export { type Address, type Content, type ContentMode, openContent } from './open';
export { siteContent } from './site';
export { checkContent } from './check';
export { stampTranslation } from './stamp';
export { type NewPage, writeNewPage } from './scaffold';
export { withRetirement, withUpdatedDate, withUpdateNote } from './publication';

export type { ContentPage, TranslationState } from './load';
export { filesOfPage, pageKeyOfFile } from './load';
export { type Heading, parseSource as readPageSource } from './parse';
export type { CooperationTool, Figure, FinderRule, SiteData, ToolFinderData, WorldMapData } from './data/load';
export { dataFile, FIGURE_PLACEHOLDER } from './data/load';
export { formatStatusTable, needsTranslation, type VersionStatus, versionStatus } from './status';
export { ContentError, type ContentProblem, formatProblem, localeOfFile } from './problems';
export { LIST_PAGE_SIZE, listPageCount, listPagePath, NEIGHBOURS, SITE_MAP_PAGES } from './listing';
export { hasTableOfContents, lastUpdated, navTitleOf, neighbourhood } from './query';
export { loadPageBody } from './body';
export type { PageUpdate } from './updates';
export { compileFailure } from './explain';
export { fingerprint } from './fingerprint';
export { markdownProcessor, mdxLoaderOptions, rehypePlugins, remarkPlugins } from './pipeline';
export { type Refusal, refusalsOf } from './refusals';
export { refusedInSave } from './save-check';
