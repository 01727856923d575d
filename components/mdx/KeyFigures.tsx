import { phrasing } from './phrasing';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { siteContent } from '@/lib/content';
import type { AuthorProps } from '@/lib/content/schemas';
import { formattedFigure } from './Figure';

/**
 * A row of large numbers with short labels: `<KeyFigures><KeyFigure figure="countries">…</KeyFigure></KeyFigures>`.
 * As many per row as the width holds; a number never breaks (« + de 7 000 » is held together by
 * no-break spaces, lib/figures and messages): a box is never narrower than its number, and goes to
 * the next row instead.
 */
export function KeyFigures({ children }: { children: ReactNode }) {
  return <dl className="key-figures not-prose my-8 flex flex-wrap gap-4">{children}</dl>;
}

export async function KeyFigure({ figure: id, locale, children }: AuthorProps<'KeyFigure'> & { locale: Locale; children: ReactNode }) {
  // Only the preview can lack it (the build refuses such content): it shows the entry's problem instead.
  const figure = siteContent().data.figures[id];
  if (!figure) return null;
  return (
    <div className="flex flex-[1_1_10rem] flex-col-reverse justify-end rounded-lg border border-slate-200 bg-canvas p-5 shadow-sm">
      <dt className="mt-1 text-base text-slate-700">{phrasing(children)}</dt>
      <dd className="text-4xl font-extrabold tracking-tight text-brand-800">{await formattedFigure(figure, locale, 'headline')}</dd>
    </div>
  );
}
