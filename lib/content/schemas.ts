/**
 * What content may hold, for code that only needs the rules: the schemas of the frontmatter and of
 * the data files, the patterns of names and addresses, and what each field expects, in the editors'
 * words. Pure (no file is read): the studio's forms run them in the browser.
 * Everything else about content comes through `@/lib/content`.
 */
export { CONTROL_CHARACTER } from './dialect.mjs';
export { frontmatterSchema } from './schema';
export { PAGE_KEY_PATTERN, SLUG_PATTERN, slugify } from './slug';
export { COUNTRY_CODE_PATTERN } from '../world/country-code';
export { DATA_FILES, FIGURE_KINDS, figureSchema, FINDER_QUESTIONS, type FinderQuestion, TOOL_CRITERIA } from './data/schema';
export { AUTHOR_COMPONENTS, type AuthorComponent, type AuthorProps, DATA_SHOWN } from './components';
