import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: 'Page introuvable – Page not found | Inserm',
  robots: { index: false },
};

// Reached only for addresses outside both languages (e.g. /de or /favicon.php): it speaks both.
export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body>
        <main id="contenu" className="mx-auto max-w-3xl px-4 py-16">
          <h1 className="text-3xl font-extrabold text-slate-900">Cette page est introuvable</h1>
          <p className="mt-4 text-lg text-slate-700">L’adresse demandée ne correspond à aucune page du site.</p>
          <p className="mt-4">
            <Link href="/fr" className="font-semibold text-brand-800 underline">
              Aller à l’accueil en français
            </Link>
          </p>
          <div lang="en" className="mt-12 border-t border-slate-200 pt-8">
            <h2 className="text-2xl font-bold text-slate-900">We can’t find this page</h2>
            <p className="mt-4 text-lg text-slate-700">The address you asked for does not match any page on this site.</p>
            <p className="mt-4">
              <Link href="/en" hrefLang="en" className="font-semibold text-brand-800 underline">
                Go to the English home page
              </Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
