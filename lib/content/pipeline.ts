import path from 'node:path';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import type { PluggableList } from 'unified';
import { unified } from 'unified';
import { DIALECT } from './components';
import remarkSafeDialect, { type Dialect } from './dialect.mjs';

/**
 * The Markdown dialect of the site, declared once: MDX with GFM (tables, strikethrough, autolinks),
 * YAML frontmatter, ids on headings — and, last, the site's own dialect (lib/content/dialect.mjs),
 * which refuses anything but Markdown and the author components: compiling a page that holds code
 * fails, wherever it is compiled. The parser, the checker and the preview take the functions; the
 * MDX loader of `next.config.ts` takes the plugins by package name or file (Turbopack needs names),
 * the dialect's with its declaration as plain data.
 */
const MARKDOWN_PLUGINS = {
  remark: ['remark-frontmatter', 'remark-gfm'],
  rehype: ['rehype-slug'],
} as const;

/** The dialect's plugin, a file of the project (relative to its root): `@next/mdx`'s loader imports it with Node. */
const DIALECT_PLUGIN_FILE = 'lib/content/dialect.mjs';

type PluginName = (typeof MARKDOWN_PLUGINS)[keyof typeof MARKDOWN_PLUGINS][number];

const PLUGINS: Record<PluginName, PluggableList[number]> = {
  'remark-frontmatter': remarkFrontmatter,
  'remark-gfm': remarkGfm,
  'rehype-slug': rehypeSlug,
};

export const remarkPlugins: PluggableList = [...MARKDOWN_PLUGINS.remark.map((name) => PLUGINS[name]), [remarkSafeDialect, DIALECT]];
export const rehypePlugins: PluggableList = MARKDOWN_PLUGINS.rehype.map((name) => PLUGINS[name]);

/** The options of `@next/mdx` for the project at `root`: the same plugins, by name, the dialect's last. */
export function mdxLoaderOptions(root: string): { remarkPlugins: (string | [string, Dialect])[]; rehypePlugins: string[] } {
  return {
    remarkPlugins: [...MARKDOWN_PLUGINS.remark, [path.join(root, DIALECT_PLUGIN_FILE), DIALECT]],
    rehypePlugins: [...MARKDOWN_PLUGINS.rehype],
  };
}

/**
 * The parser of the same dialect for a page's text, its frontmatter already cut off (parsing runs no
 * plugin's check: see refusals.ts). No frontmatter is read in the text itself: a second `---` block
 * is Markdown there, as it is to the compiler reading the whole file.
 */
export const markdownProcessor = () =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins.filter((plugin) => plugin !== remarkFrontmatter));
