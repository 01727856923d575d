import Link from 'next/link';
import type { ReactNode } from 'react';

/** Entry points to other pages: `<Cards><Card href="/fr/strategie" title="Stratégie">…</Card></Cards>`. */
export function Cards({ children }: { children: ReactNode }) {
  return <ul className="cards not-prose my-8 grid list-none gap-4 p-0 sm:grid-cols-2">{children}</ul>;
}

export function Card({ href, title, children }: { href: string; title: string; children: ReactNode }) {
  return (
    <li className="card relative rounded-lg border border-slate-200 bg-canvas p-5 shadow-sm transition hover:border-brand-700 hover:shadow">
      <h3 className="text-lg font-bold text-brand-800">
        <Link href={href} className="card-link underline-offset-4 hover:underline">
          {title}
        </Link>
      </h3>
      <div className="mt-2 text-slate-700">{children}</div>
    </li>
  );
}
