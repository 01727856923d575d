import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import type { PluggableList } from 'unified';
import { unified } from 'unified';

/**
 * The Markdown dialect of the site, declared once: MDX with GFM (tables, strikethrough, autolinks),
 * YAML frontmatter, and ids on headings. The MDX loader of `next.config.ts` takes the plugins by
 * package name (Turbopack needs names); the parser, the checker and the preview take the functions.
 */
export const MARKDOWN_PLUGINS = {
  remark: ['remark-frontmatter', 'remark-gfm'],
  rehype: ['rehype-slug'],
} as const;

type PluginName = (typeof MARKDOWN_PLUGINS)[keyof typeof MARKDOWN_PLUGINS][number];

const PLUGINS: Record<PluginName, PluggableList[number]> = {
  'remark-frontmatter': remarkFrontmatter,
  'remark-gfm': remarkGfm,
  'rehype-slug': rehypeSlug,
};

export const remarkPlugins: PluggableList = MARKDOWN_PLUGINS.remark.map((name) => PLUGINS[name]);
export const rehypePlugins: PluggableList = MARKDOWN_PLUGINS.rehype.map((name) => PLUGINS[name]);

/** The parser of the same dialect, for reading a page's structure without rendering it. */
export const markdownProcessor = () => unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);
