import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { Footer } from './Footer';
import { Header } from './Header';
import type { LanguageLink } from './LanguageSwitch';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

interface SiteChromeProps {
  locale: Locale;
  currentKey?: string;
  currentSectionKey?: string;
  languageLinks: LanguageLink[];
  /** The editor's bar, in the preview only. */
  preview?: ReactNode;
  children: ReactNode;
}

/** Skip link, header with navigation and language switch, the main content, footer. */
export function SiteChrome({ locale, currentKey, currentSectionKey, languageLinks, preview, children }: SiteChromeProps) {
  return (
    <>
      <SkipLink />
      {preview}
      <Header locale={locale} currentKey={currentKey} currentSectionKey={currentSectionKey} languageLinks={languageLinks} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <Footer locale={locale} />
    </>
  );
}
