import type { ReactNode } from 'react';
import type { FigureId } from '@/lib/figures/data';
import { formattedFigure } from './Figure';

/** A row of large numbers with short labels: `<KeyFigures><KeyFigure figure="countries">…</KeyFigure></KeyFigures>`. */
export function KeyFigures({ children }: { children: ReactNode }) {
  return <dl className="key-figures not-prose my-8 grid grid-cols-1 gap-4 min-[30rem]:grid-cols-2 lg:grid-cols-3">{children}</dl>;
}

export async function KeyFigure({ figure, children }: { figure: FigureId; children: ReactNode }) {
  return (
    <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <dt className="mt-1 text-base text-slate-700">{children}</dt>
      <dd className="text-4xl font-extrabold tracking-tight text-brand-800">{await formattedFigure(figure, 'headline')}</dd>
    </div>
  );
}
