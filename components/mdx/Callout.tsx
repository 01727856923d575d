import type { ReactNode } from 'react';
import type { AuthorProps } from '@/lib/content/schemas';

/** A short note set apart from the text, e.g. where staff apply. */
export function Callout({ title, children }: AuthorProps<'Callout'> & { children: ReactNode }) {
  return (
    <aside className="callout not-prose my-6 rounded-r-lg border-l-4 border-brand-700 bg-brand-50 p-4 text-slate-800">
      {title && <p className="font-bold text-slate-900">{title}</p>}
      <div className="callout-body">{children}</div>
    </aside>
  );
}
