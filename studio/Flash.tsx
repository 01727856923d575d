import { studioText } from '@/lib/editorial/words';

const t = studioText.workflow;

/** What the last action did (`?fait=`), or why it was refused (`?erreur=`), at the top of a publishing screen. */
export function Flash({ done, error }: { done?: string; error?: string }) {
  if (error) {
    return (
      <div role="alert" className="mt-6 border-l-4 border-red-700 bg-red-50 p-4 text-slate-900">
        <p className="font-semibold">{t.refused}</p>
        <p className="mt-1 whitespace-pre-line">{error}</p>
      </div>
    );
  }
  const said = done && t.done[done];
  return said ? (
    <p role="status" className="mt-6 border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-slate-900">
      {said}
    </p>
  ) : null;
}
