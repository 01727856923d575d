import { phrasing } from './phrasing';
import type { ReactNode } from 'react';
import type { AuthorProps } from '@/lib/content/schemas';

/**
 * A tool's essentials as a definition list: `<Facts><Fact term="Montant">10 000 €</Fact></Facts>`. Two
 * per row from small screens; an odd last one takes the whole row.
 */
export function Facts({ children }: { children: ReactNode }) {
  return <dl className="facts not-prose my-6 grid gap-px overflow-hidden rounded-lg border border-slate-200 bg-slate-200 sm:grid-cols-2 sm:[&>:last-child:nth-child(odd)]:col-span-2">{children}</dl>;
}

export function Fact({ term, children }: AuthorProps<'Fact'> & { children: ReactNode }) {
  return (
    <div className="bg-canvas p-4">
      <dt className="text-sm font-semibold tracking-wide text-slate-600 uppercase">{term}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900">{phrasing(children)}</dd>
    </div>
  );
}
