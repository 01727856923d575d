import { hasLocale } from 'next-intl';
import { routing, searchPaths, toolFinderPaths, updatesPaths } from '../../i18n/routing';
import { siteContent } from '../content';
import { answersOf } from './tool-finder';

/**
 * Whether an address is a page of the site: a content page (or a further page of a section's list),
 * the search, the updates page, the tool finder's form or one of its answers. What the language switch may lead to.
 */
export function isSiteAddress(pathname: string): boolean {
  const [, locale = '', ...segments] = pathname.split('/');
  if (!hasLocale(routing.locales, locale)) return false;
  if (siteContent().resolve(locale, segments) || siteContent().retiredAt(locale, segments)) return true;
  if (pathname === searchPaths[locale] || pathname === toolFinderPaths[locale] || pathname === updatesPaths[locale]) return true;
  const finder = siteContent().data.toolFinder;
  if (!finder || !pathname.startsWith(`${toolFinderPaths[locale]}/`)) return false;
  const [applicant = '', stage = '', partner = '', ...rest] = pathname.slice(toolFinderPaths[locale].length + 1).split('/');
  return rest.length === 0 && answersOf(finder, locale, { applicant, stage, partner }) !== undefined;
}
