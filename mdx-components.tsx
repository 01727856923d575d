import type { MDXComponents } from 'mdx/types';

// @next/mdx asks this file for the components of every MDX file. Pages pass theirs when they render
// their text (components/mdx: mdxComponentsFor), in the language of that text.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components;
}
