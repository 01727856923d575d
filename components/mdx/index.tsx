import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { ComponentProps, ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Address } from '@/lib/content';
import type { AuthorComponent } from '@/lib/content/schemas';
import { Callout } from './Callout';
import { Card, Cards } from './Cards';
import { ToolFacts, ToolsComparison } from './CooperationTools';
import { ToolFinder } from './ToolFinder';
import { Fact, Facts } from './Facts';
import { Figure } from './Figure';
import { KeyFigure, KeyFigures } from './KeyFigures';
import { SectionPages } from './SectionPages';
import { SiteMap } from './SiteMap';
import { WorldMap } from './WorldMap';

/** Links inside the site use the framework's link; others stay plain links. */
function MdxLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}

type Localized<P> = (props: P & { locale: Locale }) => ReactNode | Promise<ReactNode>;

/** The component with the language of the text it stands in: figures, tools and the map speak it. */
const inLanguage = <P,>(Component: Localized<P>, locale: Locale) =>
  function InLanguage(props: P) {
    return <Component {...props} locale={locale} />;
  };

/**
 * What MDX renders for Markdown elements and for the components authors may use, exactly the list
 * the content check knows, in the language of the page's text (a page not yet translated keeps its
 * original language, and formats its figures in it). `address` is the page being shown (and which
 * page of its list, for a section that lists its pages).
 */
export function mdxComponentsFor(locale: Locale, address: Address): MDXComponents {
  const authorComponents: Record<AuthorComponent, MDXComponents[string]> = {
    Callout,
    Card,
    Cards,
    Fact,
    Facts,
    Figure: inLanguage(Figure, locale),
    KeyFigure: inLanguage(KeyFigure, locale),
    KeyFigures,
    SectionPages: function ListOfThisSection() {
      return <SectionPages locale={locale} address={address} />;
    },
    SiteMap: inLanguage(SiteMap, locale),
    ToolFacts: inLanguage(ToolFacts, locale),
    ToolFinder: inLanguage(ToolFinder, locale),
    ToolsComparison: inLanguage(ToolsComparison, locale),
    WorldMap: inLanguage(WorldMap, locale),
  };
  return { a: MdxLink, ...authorComponents };
}
