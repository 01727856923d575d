import type { ReactNode } from 'react';

/** A row of large numbers with short labels: `<KeyFigures><KeyFigure value="7 000+">…</KeyFigure></KeyFigures>`. */
export function KeyFigures({ children }: { children: ReactNode }) {
  return <dl className="key-figures not-prose my-8 grid grid-cols-1 gap-4 min-[30rem]:grid-cols-2 lg:grid-cols-3">{children}</dl>;
}

export function KeyFigure({ value, children }: { value: string; children: ReactNode }) {
  return (
    <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <dt className="mt-1 text-base text-slate-700">{children}</dt>
      <dd className="text-4xl font-extrabold tracking-tight text-brand-800">{value}</dd>
    </div>
  );
}
