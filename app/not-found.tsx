import type { Metadata, Viewport } from 'next';
import { NotFoundNotice } from '@/components/layout/NotFoundNotice';
import { routing } from '@/i18n/routing';
import { viewport as siteViewport } from '@/lib/site/viewport';
import './globals.css';

export const metadata: Metadata = {
  title: 'Page introuvable – Page not found | Inserm',
  robots: { index: false },
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
};

export const viewport: Viewport = siteViewport;

// Every unknown address gets this one prerendered page, in both languages: Next.js cannot
// server-render a not-found page on demand (the HTML would be empty without JavaScript), and a
// static page cannot know which language the visitor reads. server.mjs answers those under /fr/ and
// /en/ with that language's page instead (app/[locale]/page-not-found); the others keep this one.
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <header className="border-b border-slate-200 bg-canvas">
          <p className="mx-auto max-w-5xl px-4 py-3 text-xl font-extrabold tracking-tight text-brand-800">
            Inserm <span className="text-base font-semibold text-slate-800">– Europe et international</span>{' '}
            <span lang="en" className="text-base font-semibold text-slate-800">
              / Europe and International
            </span>
          </p>
        </header>
        <main id="contenu" className="mx-auto grid max-w-5xl gap-6 px-4 py-12 md:grid-cols-2">
          {routing.locales.map((locale, index) => (
            <NotFoundNotice key={locale} locale={locale} headingLevel={index === 0 ? 1 : 2} />
          ))}
        </main>
      </body>
    </html>
  );
}
