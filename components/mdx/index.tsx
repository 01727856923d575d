import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { Callout } from './Callout';
import { Card, Cards } from './Cards';
import { Fact, Facts } from './Facts';
import { KeyFigure, KeyFigures } from './KeyFigures';
import { SiteMap } from './SiteMap';

/** Links inside the site use client navigation; others stay plain links. */
function MdxLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}

/** What MDX renders for Markdown elements, and the components authors may use by name. */
export const mdxComponents = {
  a: MdxLink,
  Callout,
  Card,
  Cards,
  Fact,
  Facts,
  KeyFigure,
  KeyFigures,
  SiteMap,
} satisfies MDXComponents;

