import { phrasing } from './phrasing';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { AuthorProps } from '@/lib/content/schemas';

/**
 * Entry points to other pages: `<Cards><Card href="/fr/strategie" title="Stratégie">…</Card></Cards>`.
 * As many columns as the width holds: two beside a page's text, four across the home page.
 */
export function Cards({ children }: { children: ReactNode }) {
  return <ul className="cards not-prose my-8 grid list-none grid-cols-[repeat(auto-fit,minmax(min(16rem,100%),1fr))] gap-4 p-0">{children}</ul>;
}

export function Card({ href, title, children }: AuthorProps<'Card'> & { children: ReactNode }) {
  return (
    <li className="card relative rounded-lg border border-slate-200 bg-canvas p-5 shadow-sm transition hover:border-brand-700 hover:shadow">
      <h3 className="text-lg font-bold text-brand-800">
        <Link href={href} className="card-link underline-offset-4 hover:underline">
          {title}
        </Link>
      </h3>
      <div className="mt-2 text-slate-700">{phrasing(children)}</div>
    </li>
  );
}
