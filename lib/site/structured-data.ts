import { absoluteUrl, siteUrl } from './url';

/**
 * What search engines read of each page, as schema.org JSON-LD: the page (its name, language, date),
 * where it sits (BreadcrumbList, the very trail the page shows) and, on the home page, who publishes
 * the site (Inserm, and its Europe and International section).
 */

export interface Crumb {
  name: string;
  path: string;
}

export interface PageFacts {
  path: string;
  name: string;
  description?: string;
  /** The language of the text, as the page's `lang` says. */
  inLanguage: string;
  /** YYYY-MM-DD */
  dateModified?: string;
  /** From the home page to this page, this page last; absent where the page shows none. */
  trail?: Crumb[];
  type?: 'WebPage' | 'SearchResultsPage';
}

export interface Publisher {
  /** The site's name, in the page's language: « Inserm – Europe et international ». */
  siteName: string;
  institution: string;
  institutionName: string;
  institutionUrl: string;
  description: string;
}

const INSTITUTION_ID = 'https://www.inserm.fr/#organization';
const sectionId = () => `${siteUrl}/#organization`;
const websiteId = () => `${siteUrl}/#website`;

export function structuredData(page: PageFacts, publisher?: Publisher): Record<string, unknown> {
  const url = absoluteUrl(page.path);
  const graph: Record<string, unknown>[] = [
    {
      '@type': page.type ?? 'WebPage',
      '@id': url,
      url,
      name: page.name,
      ...(page.description ? { description: page.description } : {}),
      inLanguage: page.inLanguage,
      ...(page.dateModified ? { dateModified: page.dateModified } : {}),
      isPartOf: { '@id': websiteId() },
      ...(page.trail ? { breadcrumb: { '@id': `${url}#breadcrumb` } } : {}),
    },
  ];
  if (page.trail) {
    graph.push({
      '@type': 'BreadcrumbList',
      '@id': `${url}#breadcrumb`,
      itemListElement: page.trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
    });
  }
  if (publisher) {
    graph.push(
      { '@type': 'ResearchOrganization', '@id': INSTITUTION_ID, name: publisher.institution, alternateName: publisher.institutionName, url: publisher.institutionUrl },
      { '@type': 'Organization', '@id': sectionId(), name: publisher.siteName, url, description: publisher.description, parentOrganization: { '@id': INSTITUTION_ID } },
      { '@type': 'WebSite', '@id': websiteId(), url: `${siteUrl}/`, name: publisher.siteName, publisher: { '@id': sectionId() } },
    );
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** JSON-LD safe inside a <script> element: nothing in it can close the element. */
export const jsonLd = (data: unknown) =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
