import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { type KeptText } from '@/lib/editorial/kept';
import { differences, MARKS, merged, type MergeTexts } from './merge';
import { FormToken } from './FormToken';
import { momentOf } from '@/lib/editorial/dates';
import { nameOfFileInSentence } from '@/lib/editorial/files';

const button = 'rounded min-h-11 px-5 font-semibold focus-visible:outline-3 focus-visible:outline-offset-2';

/**
 * A save refused because someone else had changed the file meanwhile, side by side with the file as
 * it is now: what differs, and a text holding both people's changes (git's three-way merge) to read
 * over and save, or the author's text dropped.
 */
export async function MergeScreen({
  locale,
  kept,
  texts,
  who,
  changedAgain,
  stillMarked,
  stillRefused,
  back,
}: {
  locale: Locale;
  kept: KeptText;
  texts: MergeTexts;
  who?: string;
  changedAgain: boolean;
  stillMarked: boolean;
  /** The text sent from this screen was refused again, for what no page may hold. */
  stillRefused: boolean;
  back: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Merge' });
  const { text, clashes } = await merged(texts);
  const parts = differences(texts.current, texts.mine);
  const differs = parts.some((part) => part.kind !== 'both');
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  // The file as editors name it, mid-sentence: « la page « Priorités » (en français) ».
  const title = /^title: *(.+)$/m.exec(texts.mine)?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
  const named = nameOfFileInSentence(kept.file, title);
  return (
    <div className="mx-auto max-w-5xl px-4 pt-8">
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900">{t(kept.refused ? 'refusedTitle' : 'title')}</h1>
      <p className="mt-4 max-w-3xl text-slate-700">{t.rich(kept.refused ? 'refusedIntro' : 'intro', { at: momentOf(kept.at), file: named, who: who ?? t('someone'), code })}</p>
      {kept.refused && kept.refused.length > 0 && (
        <section aria-labelledby="merge-refused" role={stillRefused ? 'alert' : undefined} className="mt-4 border-l-4 border-red-700 bg-red-50 p-4 text-slate-900">
          <h2 id="merge-refused" className="font-bold">
            {t('refusedWhy')}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {kept.refused.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {stillRefused && <p className="mt-2">{t('stillRefused')}</p>}
        </section>
      )}
      {(changedAgain || stillMarked) && (
        <div role="alert" className="mt-4 border-l-4 border-red-700 bg-red-50 p-4 text-slate-900">
          {changedAgain && <p>{t('changedAgain')}</p>}
          {stillMarked && <p>{t('stillMarked', { marks: '<<<<<<<, =======, >>>>>>>' })}</p>}
        </div>
      )}
      <section aria-labelledby="merge-differences" className="mt-8">
        <h2 id="merge-differences" className="text-2xl font-bold text-slate-900">
          {t('differences')}
        </h2>
        {differs ? (
          <>
            <p className="mt-2 text-slate-700">{t('differencesIntro', { who: who ?? t('someone') })}</p>
            {/* Focusable: a long line scrolls sideways, and the keyboard must reach it. */}
            <pre tabIndex={0} aria-labelledby="merge-differences" className="mt-3 max-h-[28rem] overflow-auto rounded border border-slate-300 bg-canvas p-3 text-sm leading-6 whitespace-pre-wrap">
              {parts.map((part, i) =>
                // Whose each text is, said in words, not by a strike-through: neither is deleted until the person chooses.
                part.kind === 'mine' ? (
                  <span key={i} className="bg-green-50 text-slate-900">
                    <span className="mr-1 rounded bg-green-800 px-1 font-sans text-xs font-semibold text-canvas">{t('mineLabel')}</span>
                    {part.text}
                  </span>
                ) : part.kind === 'current' ? (
                  <span key={i} className="bg-brand-50 text-slate-900">
                    <span className="mr-1 rounded bg-brand-800 px-1 font-sans text-xs font-semibold text-canvas">{t('currentLabel', { who: who ?? t('someone') })}</span>
                    {part.text}
                  </span>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </pre>
          </>
        ) : (
          <p className="mt-2 text-slate-700">{t('noDifference')}</p>
        )}
      </section>
      <section aria-labelledby="merge-text" className="mt-8">
        <h2 id="merge-text" className="text-2xl font-bold text-slate-900">
          {t('mergedTitle')}
        </h2>
        <p className="mt-2 text-slate-700">{clashes > 0 ? t('mergedClashes', { count: clashes, start: `<<<<<<< ${MARKS.mine}`, end: `>>>>>>> ${MARKS.current}` }) : t('mergedClean')}</p>
        <form method="post" action="/api/studio/merge" className="mt-4 flex flex-col gap-4">
          <FormToken />
          <input type="hidden" name="id" value={kept.id} />
          <input type="hidden" name="current" value={kept.current ?? ''} />
          <label className="flex flex-col gap-1 font-semibold text-slate-900">
            {t('textLabel', { file: named })}
            <textarea
              name="text"
              defaultValue={kept.draft ?? text}
              rows={24}
              spellCheck
              lang={kept.file.includes('/en/') ? 'en' : 'fr'}
              className="rounded border border-slate-500 bg-canvas p-2 font-mono text-sm font-normal"
            />
          </label>
          <p className="flex flex-wrap gap-3">
            <button type="submit" name="action" value="merge" className={`${button} bg-bar text-white hover:bg-bar-hover`}>
              {t('save')}
            </button>
            <button type="submit" name="action" value="drop" className={`${button} border border-brand-700 text-brand-800 hover:bg-brand-50`}>
              {t('drop')}
            </button>
          </p>
        </form>
      </section>
      <p className="mt-8">
        <Link className="font-semibold text-brand-800 underline" href={back}>
          {t('back')}
        </Link>
      </p>
    </div>
  );
}
