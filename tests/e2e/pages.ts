import path from 'node:path';
import { openContent } from '@/lib/content';

/** The content the built site serves, read as the site reads it. */
export const content = openContent({ root: path.resolve('.'), mode: 'publish' });

/** Every page the site should serve. */
export const pages = [...content.pages];

export const pageAt = (pagePath: string) => {
  const page = pages.find((p) => p.path === pagePath);
  if (!page) throw new Error(`no content page at ${pagePath}`);
  return page;
};

export const counterpart = (pagePath: string, locale: string) => {
  const key = pageAt(pagePath).key;
  const twin = pages.find((p) => p.key === key && p.locale === locale);
  if (!twin) throw new Error(`${pagePath} has no ${locale} version`);
  return twin;
};
