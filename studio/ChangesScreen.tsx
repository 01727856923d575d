import Link from 'next/link';
import { studioText } from '@/lib/editorial/words';
import type { StudioPerson } from './person';
import { Flash } from './Flash';
import { Releases } from './Releases';
import { actionAddress, changeAddress, moment, offers, studioChanges, studioUnreviewed, subjectLabel } from './workflow';
import { FormToken } from './FormToken';
import { partOfChange } from '@/lib/editorial/files';

const t = studioText.workflow;
const button = 'rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2';

/** The changes in progress: what, by whom, since when, in which state; and the publications still to review afterwards. */
export async function ChangesScreen({ person, done, error }: { person?: StudioPerson; done?: string; error?: string }) {
  const { published, changes, unreadable } = await studioChanges();
  const { unreviewed, unreadable: unreviewedUnreadable } = studioUnreviewed();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900">{t.changes}</h1>
      <p className="mt-4 max-w-3xl text-slate-700">{t.changesIntro}</p>
      <Flash done={done} error={error} />
      {[unreadable, unreviewedUnreadable].filter(Boolean).map((message) => (
        <p key={message} role="alert" className="mt-6 max-w-3xl border-l-4 border-red-700 bg-red-50 p-4 text-slate-900">
          {message}
        </p>
      ))}
      {unreadable ? null : !published ? (
        <p className="mt-6 text-slate-800">{t.unknownPublished}</p>
      ) : changes.length === 0 ? (
        <p className="mt-6 text-slate-800">{t.none}</p>
      ) : (
        <div className="relative mt-6 overflow-x-auto" role="region" aria-label={t.changes} tabIndex={0}>
          <table className="w-full border-collapse text-left">
            <thead>
              <tr>
                {[t.what, t.by, t.since, t.state, ''].map((head, i) => (
                  <th key={i} scope="col" className="border-b border-slate-300 py-2 pr-4 text-slate-900">
                    {head}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.subject} className="align-top">
                  <td className="border-b border-slate-200 py-3 pr-4">
                    <span className="font-semibold text-slate-900">{subjectLabel(change.subject)}</span>
                    <span className="block text-sm text-slate-700">{change.files.map(partOfChange).join(', ')}</span>
                  </td>
                  <td className="border-b border-slate-200 py-3 pr-4 text-slate-800">{change.writers.map((w) => w.name).join(', ')}</td>
                  <td className="border-b border-slate-200 py-3 pr-4 text-slate-800">{change.since ? moment(change.since) : ''}</td>
                  <td className="border-b border-slate-200 py-3 pr-4">
                    <span className="font-semibold text-slate-900">{t.states[change.state]}</span>
                    {change.state === 'scheduled' && change.record?.scheduledFor && <span className="block text-sm text-slate-700">{moment(change.record.scheduledFor)}</span>}
                    {change.changedSinceSubmitted && <span className="block text-sm text-slate-700">{t.changedSinceSubmitted}</span>}
                  </td>
                  <td className="border-b border-slate-200 py-3">
                    <Link className={button} href={changeAddress(change.subject)}>
                      {t.open}
                      <span className="sr-only"> {subjectLabel(change.subject)}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {unreviewed.length > 0 && (
        <section aria-labelledby="unreviewed" className="mt-12">
          <h2 id="unreviewed" className="text-2xl font-bold text-slate-900">
            {t.unreviewedTitle}
          </h2>
          <p className="mt-2 text-slate-700">{t.unreviewedIntro}</p>
          <ul className="mt-4 space-y-4">
            {unreviewed.map((entry) => (
              <li key={entry.commit} className="border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-900">
                <p className="font-semibold">{subjectLabel(entry.subject)}</p>
                <p className="text-sm">{t.unreviewedBy(entry.publisher.name, moment(entry.at), entry.reason)}</p>
                {offers('publications/reviewed', person, { publisher: entry.publisher }) && (
                  <form method="post" action={actionAddress('publications/reviewed')} className="mt-2">
                    <FormToken />
                    <input type="hidden" name="commit" value={entry.commit} />
                    <input type="hidden" name="back" value="/fr/studio/changements" />
                    <button type="submit" className={button}>
                      {t.markReviewed}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Releases person={person} />
    </div>
  );
}
