import Link from 'next/link';
import { routing } from '@/i18n/routing';
import { siteContent } from '@/lib/content';
import { checkWith } from '@/lib/editorial/check-change';
import { partOfChange } from '@/lib/editorial/files';
import { type Change, pageKeyOf } from '@/lib/editorial/changes';
import { refusalOf } from '@/lib/editorial/actions';
import { editorialWords } from '@/lib/editorial/words';
import { Flash } from './Flash';
import { studioText } from '@/lib/editorial/words';
import type { StudioPerson } from './person';
import { type FileReview, reviewFiles, reviewFilesFrom } from './review';
import { actionAddress, historyAddress, moment, offers, selfApproval, studioRepository, subjectLabel } from './workflow';
import { FormToken } from './FormToken';

const t = studioText.workflow;
const primary = 'rounded min-h-11 bg-bar px-5 font-semibold text-white hover:bg-bar-hover focus-visible:outline-3 focus-visible:outline-offset-2';
const secondary = 'rounded min-h-11 border border-brand-700 px-5 font-semibold text-brand-800 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2';
const input = 'rounded border border-slate-500 bg-canvas p-2 font-normal';
const label = 'flex flex-col gap-1 font-semibold text-slate-900';

function FileDifferences({ review }: { review: FileReview }) {
  const language = review.file.split('/')[1];
  return (
    <section aria-label={partOfChange(review.file)} className="rounded border border-slate-300 p-4">
      <h3 className="font-bold text-slate-900">
        {partOfChange(review.file)}
        {review.status !== 'changed' && <span className="ml-2 text-sm font-semibold text-slate-700">({review.status === 'added' ? t.added : t.removed})</span>}
      </h3>
      {review.fields.length > 0 && (
        <div className="relative mt-3 overflow-x-auto" role="region" aria-label={t.fieldsTitle} tabIndex={0}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="text-left font-semibold text-slate-900">{t.fieldsTitle}</caption>
            <thead>
              <tr>
                {[t.field, t.before, t.after].map((head) => (
                  <th key={head} scope="col" className="border-b border-slate-300 py-1 pr-3">
                    {head}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {review.fields.map((change) => (
                <tr key={change.field} className="align-top">
                  <th scope="row" className="border-b border-slate-200 py-1 pr-3 font-normal">
                    {change.label}
                  </th>
                  <td className="border-b border-slate-200 py-1 pr-3" lang={language === 'en' ? 'en' : undefined}>
                    {change.before !== undefined && <del className="bg-red-50 text-slate-800">{change.before}</del>}
                  </td>
                  <td className="border-b border-slate-200 py-1" lang={language === 'en' ? 'en' : undefined}>
                    {change.after !== undefined && <ins className="bg-green-50 text-slate-900 no-underline">{change.after}</ins>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {review.file.endsWith('.mdx') && (
        <div className="mt-3">
          <h4 className="font-semibold text-slate-900">{t.textTitle}</h4>
          {review.text.length === 0 ? (
            <p className="text-sm text-slate-700">{t.noTextChange}</p>
          ) : (
            <p className="mt-1 text-sm leading-6 whitespace-pre-wrap text-slate-800" lang={language === 'en' ? 'en' : undefined}>
              {review.text.map((part, i) =>
                part.kind === 'added' ? (
                  <ins key={i} className="bg-green-50 text-slate-900 no-underline">
                    <span className="sr-only">[{t.addedText}] </span>
                    {part.text}
                  </ins>
                ) : part.kind === 'removed' ? (
                  <del key={i} className="bg-red-50 text-slate-700">
                    <span className="sr-only">[{t.removedText}] </span>
                    {part.text}
                  </del>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** What a change tells the public, as its form shows it: filled with what was written last, so that nothing is typed twice. */
interface PublicNotes {
  significant?: boolean;
  changeNote?: { fr: string; en: string };
}

function NoteFields({ notes = {} }: { notes?: PublicNotes }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded border border-slate-300 p-4">
      <legend className="px-1 font-semibold text-slate-900">{t.notesLegend}</legend>
      <label className="flex items-center gap-2 font-normal text-slate-900">
        <input type="checkbox" name="significant" value="yes" defaultChecked={Boolean(notes.significant)} className="h-5 w-5" />
        {t.significant}
      </label>
      <label className={label}>
        {t.noteFr}
        <textarea name="noteFr" rows={2} lang="fr" defaultValue={notes.changeNote?.fr ?? ''} className={input} />
      </label>
      <label className={label}>
        {t.noteEn}
        <textarea name="noteEn" rows={2} lang="en" defaultValue={notes.changeNote?.en ?? ''} className={input} />
      </label>
      <p className="text-sm text-slate-700">{t.notesHint}</p>
    </fieldset>
  );
}

/**
 * A change under review: what it changes, file by file (French and English side by side), the page
 * in the preview, the content check's verdict, what happened so far, and what this person may do.
 */
export async function ChangeScreen({
  change,
  published,
  person,
  done,
  error,
  typed = () => undefined,
  since,
}: {
  change: Change;
  published: string;
  person?: StudioPerson;
  done?: string;
  error?: string;
  /** What this person typed in a form that was refused, by field, to fill it again. */
  typed?: (field: string) => string | undefined;
  /** `relecture`: compared with the versions last reviewed, not with the version online. */
  since?: string;
}) {
  const repository = studioRepository();
  const figures = siteContent().data.figures;
  const lastReview = change.record?.reviewed;
  const sinceReview = since === 'relecture' && lastReview !== undefined;
  // A file the last review did not have was, for that reviewer, as it is online.
  const compared = sinceReview
    ? await reviewFilesFrom(repository, { ...(await repository.versionsAt(published, change.files)), ...lastReview.files }, change.files, figures)
    : await reviewFiles(repository, published, change.files, figures);
  // Since a review, the files that did not change since are left out.
  const reviews = sinceReview ? compared.filter((review) => review.status !== 'changed' || review.fields.length > 0 || review.text.length > 0) : compared;
  const unchanged = reviews.length === 0;
  const { errors, warnings } = await checkWith(repository, published, await repository.versionsAt('HEAD', change.files));
  const key = pageKeyOf(change.subject);
  const page = key !== undefined ? siteContent().pageByKey('fr', key) : undefined;
  const may = (action: Parameters<typeof offers>[0]) => offers(action, person, { change });
  // A reviewer who wrote the change is told why they are not offered its review.
  const wrote = (['changes/approve', 'changes/publish'] as const).some((action) => refusalOf(action, person, { change, selfApproval: selfApproval() }) === editorialWords.refusals.ownChange);
  const here = `/fr/studio/changements/${encodeURIComponent(change.subject)}`;
  /** A form that is one button: the action, on this change, from this screen. */
  const oneButton = (action: Parameters<typeof actionAddress>[0], className: string, label: string) => (
    <form method="post" action={actionAddress(action)}>
      <FormToken />
      {hidden}
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
  const hidden = (
    <>
      <input type="hidden" name="subject" value={change.subject} />
      <input type="hidden" name="back" value={here} />
    </>
  );
  const record = change.record;
  // A refused form comes back with what was typed; otherwise with what the change last said.
  const wasTyped = typed('note') !== undefined || typed('noteFr') !== undefined || typed('noteEn') !== undefined || typed('significant') !== undefined;
  const notes: PublicNotes = wasTyped
    ? { significant: typed('significant') === 'yes', changeNote: { fr: typed('noteFr') ?? '', en: typed('noteEn') ?? '' } }
    : { significant: record?.significant, changeNote: record?.changeNote };
  const byLanguage = (language: string) => reviews.filter((review) => review.file.startsWith(`content/${language}/`));
  const others = reviews.filter((review) => !routing.locales.some((language) => review.file.startsWith(`content/${language}/`)));

  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <p className="text-sm font-semibold text-slate-700">{t.review}</p>
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900">{subjectLabel(change.subject)}</h1>
      <p className="mt-2 text-slate-800">
        <strong>{t.states[change.state]}</strong>
        {change.changedSinceSubmitted && ` — ${t.changedSinceSubmitted}`} · {t.writers} {change.writers.map((w) => w.name).join(', ')}
        {change.since && ` · ${t.since.toLowerCase()} le ${moment(change.since)}`}
      </p>
      <p className="mt-2 flex flex-wrap gap-4">
        {page && (
          <Link className="font-semibold text-brand-800 underline" href={page.path}>
            {t.preview}
          </Link>
        )}
        {key !== undefined && (
          <Link className="font-semibold text-brand-800 underline" href={historyAddress(key)}>
            {t.history}
          </Link>
        )}
      </p>
      <Flash done={done} error={error} />
      {record?.sentBack && change.state === 'draft' && (
        <div className="mt-6 border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-900">
          <p className="font-semibold">{t.sentBack(record.sentBack.by.name)}</p>
          <p className="mt-1 whitespace-pre-line">{record.sentBack.note}</p>
        </div>
      )}

      <section aria-labelledby="change-files" className="mt-8">
        <h2 id="change-files" className="text-2xl font-bold text-slate-900">
          {t.files}
        </h2>
        {lastReview && (
          <nav aria-label={t.compareWith} className="mt-2 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-slate-800">
            <span>{t.compareWith}</span>
            {[
              { href: here, label: t.sinceOnline, current: !sinceReview },
              { href: `${here}?depuis=relecture`, label: t.sinceReview(lastReview.by.name, moment(lastReview.at)), current: sinceReview },
            ].map(({ href, label, current }) =>
              current ? (
                <strong key={href} aria-current="page" className="text-slate-900">
                  {label}
                </strong>
              ) : (
                <Link key={href} className="font-semibold text-brand-800 underline" href={href}>
                  {label}
                </Link>
              ),
            )}
          </nav>
        )}
        {sinceReview && unchanged && <p className="mt-4 text-slate-800">{t.nothingSinceReview}</p>}
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          {routing.locales.map((language) => (
            <div key={language} className="flex flex-col gap-4">
              {byLanguage(language).map((review) => (
                <FileDifferences key={review.file} review={review} />
              ))}
            </div>
          ))}
        </div>
        <div className="mt-4 flex flex-col gap-4">
          {others.map((review) => (
            <FileDifferences key={review.file} review={review} />
          ))}
        </div>
      </section>

      {record?.submitted && change.state !== 'draft' && (
        <section aria-labelledby="change-public" className="mt-8 max-w-3xl">
          <h2 id="change-public" className="text-2xl font-bold text-slate-900">
            {t.publicTitle}
          </h2>
          {record.submitted.note && (
            <p className="mt-2 text-slate-800">
              <strong>{t.internalNote}</strong> <span className="whitespace-pre-line">{record.submitted.note}</span>
            </p>
          )}
          {record.significant && record.changeNote ? (
            <>
              <p className="mt-2 text-slate-900">{t.isSignificant}</p>
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold text-slate-900">{t.inFrench}</dt>
                <dd lang="fr" className="whitespace-pre-line text-slate-800">
                  {record.changeNote.fr}
                </dd>
                <dt className="font-semibold text-slate-900">{t.inEnglish}</dt>
                <dd lang="en" className="whitespace-pre-line text-slate-800">
                  {record.changeNote.en}
                </dd>
              </dl>
            </>
          ) : (
            <p className="mt-2 text-slate-900">{t.isMinor}</p>
          )}
          {may('changes/notes') && (
            <details className="mt-3 rounded border border-slate-300 p-4">
              <summary className="cursor-pointer font-semibold text-slate-900">{t.editNotes}</summary>
              <form method="post" action={actionAddress('changes/notes')} className="mt-4 flex flex-col gap-4">
                <FormToken />
                {hidden}
                <NoteFields notes={notes} />
                <p>
                  <button type="submit" className={secondary}>
                    {t.saveNotes}
                  </button>
                </p>
              </form>
            </details>
          )}
        </section>
      )}

      <section aria-labelledby="change-check" className="mt-8">
        <h2 id="change-check" className="text-2xl font-bold text-slate-900">
          {t.check}
        </h2>
        {errors.length === 0 ? (
          <p className="mt-2 border-l-4 border-green-700 bg-green-50 p-3 text-slate-900">{t.checkOk}</p>
        ) : (
          <Problems tone="error" title={t.checkErrors(errors.length)} problems={errors} />
        )}
        {warnings.length > 0 && <Problems tone="warning" title={t.checkWarnings(warnings.length)} problems={warnings} />}
      </section>

      {record && record.events.length > 0 && (
        <section aria-labelledby="change-events" className="mt-8">
          <h2 id="change-events" className="text-2xl font-bold text-slate-900">
            {t.events}
          </h2>
          <ol className="mt-2 space-y-2">
            {record.events.map((event, i) => (
              <li key={i} className="text-slate-800">
                <strong>{moment(event.at)}</strong> — {event.who.name} : {t.eventWords[event.what] ?? event.what}
                {event.note && <span className="block whitespace-pre-line text-sm text-slate-700">{event.note}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="change-actions" className="mt-8 mb-12 flex flex-col gap-8">
        <h2 id="change-actions" className="sr-only">
          {t.review}
        </h2>
        {may('changes/submit') && (
          <form method="post" action={actionAddress('changes/submit')} className="flex max-w-3xl flex-col gap-4">
            <FormToken />
            <h3 className="text-xl font-bold text-slate-900">{t.submitTitle}</h3>
            {hidden}
            <label className={label}>
              {t.noteLabel}
              <textarea name="note" rows={3} defaultValue={typed('note') ?? record?.submitted?.note ?? ''} className={input} />
            </label>
            <NoteFields notes={notes} />
            <p>
              <button type="submit" className={primary}>
                {t.submit}
              </button>
            </p>
          </form>
        )}
        {wrote && <p className="border-l-4 border-amber-600 bg-amber-50 p-3 text-slate-900">{t.youWrote}</p>}
        {may('changes/send-back') && (
          <div className="flex max-w-3xl flex-col gap-6">
            {may('changes/approve') && errors.length === 0 && oneButton('changes/approve', primary, t.approve)}
            <form method="post" action={actionAddress('changes/send-back')} className="flex flex-col gap-3">
              <FormToken />
              {hidden}
              <label className={label}>
                {t.sendBackLabel}
                <textarea name="note" rows={3} required defaultValue={typed('note')} className={input} />
              </label>
              <p>
                <button type="submit" className={secondary}>
                  {t.sendBack}
                </button>
              </p>
            </form>
          </div>
        )}
        {(may('changes/publish') || may('changes/unschedule')) && (
          <div className="flex max-w-3xl flex-col gap-6">
            {change.state === 'scheduled' && record?.scheduledFor && <p className="font-semibold text-slate-900">{t.scheduledFor(moment(record.scheduledFor))}</p>}
            {may('changes/publish') && oneButton('changes/publish', primary, t.publish)}
            {may('changes/schedule') && (
              <form method="post" action={actionAddress('changes/schedule')} className="flex flex-wrap items-end gap-3">
                <FormToken />
                {hidden}
                <label className={label}>
                  {change.state === 'scheduled' ? t.rescheduleLabel : t.scheduleLabel}
                  <input type="datetime-local" name="at" required className={input} />
                </label>
                <button type="submit" className={secondary}>
                  {change.state === 'scheduled' ? t.reschedule : t.schedule}
                </button>
              </form>
            )}
            {may('changes/unschedule') && oneButton('changes/unschedule', secondary, t.unschedule)}
          </div>
        )}
        {may('changes/publish-unreviewed') && (
          <details className="max-w-3xl rounded border border-slate-300 p-4">
            <summary className="cursor-pointer font-semibold text-slate-900">{t.unreviewedPublish}</summary>
            <form method="post" action={actionAddress('changes/publish-unreviewed')} className="mt-4 flex flex-col gap-4">
              <FormToken />
              {hidden}
              <label className={label}>
                {t.reasonLabel}
                <textarea name="reason" rows={2} required defaultValue={typed('reason')} className={input} />
              </label>
              <label className={label}>
                {t.noteLabel}
                <textarea name="note" rows={2} defaultValue={typed('note')} className={input} />
              </label>
              <NoteFields notes={notes} />
              <p>
                <button type="submit" className={secondary}>
                  {t.publishUnreviewed}
                </button>
              </p>
            </form>
          </details>
        )}
      </section>
    </div>
  );
}

const problemTones = {
  error: 'mt-2 border-l-4 border-red-700 bg-red-50 p-3 text-slate-900',
  warning: 'mt-2 border-l-4 border-amber-600 bg-amber-50 p-3 text-slate-900',
};

/** The content check's errors or warnings for a change, in a box of their colour. */
function Problems({ tone, title, problems }: { tone: keyof typeof problemTones; title: string; problems: string[] }) {
  return (
    <div className={problemTones[tone]}>
      <p className="font-semibold">{title}</p>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
