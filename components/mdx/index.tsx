import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { ComponentProps } from 'react';
import type { AuthorComponent } from '@/lib/content/components';
import { Callout } from './Callout';
import { Card, Cards } from './Cards';
import { Fact, Facts } from './Facts';
import { Figure } from './Figure';
import { KeyFigure, KeyFigures } from './KeyFigures';
import { SiteMap } from './SiteMap';
import { WorldMap } from './WorldMap';
import { ToolFacts, ToolsComparison } from './CooperationTools';

/** Links inside the site use client navigation; others stay plain links. */
function MdxLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}

/** The components authors may use by name: exactly the list the content check knows. */
const authorComponents: Record<AuthorComponent, MDXComponents[string]> = {
  Callout,
  Card,
  Cards,
  Fact,
  Facts,
  Figure,
  KeyFigure,
  KeyFigures,
  SiteMap,
  ToolFacts,
  ToolsComparison,
  WorldMap,
};

/** What MDX renders for Markdown elements, and the author components. */
export const mdxComponents: MDXComponents = { a: MdxLink, ...authorComponents };

