import Link from 'next/link';
import { dayOf } from '@/lib/editorial/dates';
import { type ContentPage, filesOfPage } from '@/lib/content';
import { notesFileOf } from '@/lib/editorial/changes';
import type { Publication } from '@/lib/editorial/repository';
import { Flash } from './Flash';
import { PublicationStatus, statusesOf } from './Releases';
import { studioText } from '@/lib/editorial/words';
import type { StudioPerson } from './person';
import { actionAddress, historyAddress, moment, offers, storyOf, studioRepository } from './workflow';
import { FormToken } from './FormToken';

const t = studioText.workflow;
const primary = 'rounded min-h-11 bg-bar px-5 font-semibold text-white hover:bg-bar-hover focus-visible:outline-3 focus-visible:outline-offset-2';
const small = 'rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2';
const input = 'w-full max-w-full rounded border border-slate-500 bg-canvas p-2 font-normal';
const label = 'flex flex-col gap-1 font-semibold text-slate-900';

/** The files of a page in both languages, and its notes: what its history is made of. */
const pageFilesOf = (key: string) => [...filesOfPage(key), notesFileOf(key)];

async function pagePublications(key: string): Promise<Publication[]> {
  return studioRepository().publications(pageFilesOf(key));
}

/**
 * A page's history: each publication (when, who wrote, who approved, the note), each version to see
 * as it was, to restore (a change, reviewed like any other), or — an administrator — to revert in
 * one step; and the page's retirement, or its return.
 */
export async function HistoryScreen({
  page,
  retired,
  person,
  replacements,
  done,
  error,
  typed = () => undefined,
}: {
  page: ContentPage;
  retired: boolean;
  person?: StudioPerson;
  replacements: ContentPage[];
  done?: string;
  error?: string;
  /** What this person typed in a form that was refused, by field, to fill it again. */
  typed?: (field: string) => string | undefined;
}) {
  const publications = await pagePublications(page.key);
  const statuses = await statusesOf(publications);
  const here = historyAddress(page.key);
  return (
    <div className="mx-auto max-w-5xl px-4 pt-8">
      <p className="text-sm font-semibold text-slate-700">{t.history}</p>
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900">{page.frontmatter.title}</h1>
      <p className="mt-4 max-w-3xl text-slate-700">{t.historyIntro}</p>
      <Flash done={done} error={error} />
      {retired && page.frontmatter.retired && <p className="mt-6 border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-900">{t.retiredOn(dayOf(page.frontmatter.retired.date))}</p>}
      {publications.length === 0 ? (
        <p className="mt-6 text-slate-800">{t.noHistory}</p>
      ) : (
        <ol className="mt-6 space-y-6">
          {publications.map((publication) => {
            const story = storyOf(publication, publications);
            return (
              <li key={publication.commit} className="border-b border-slate-200 pb-4">
                <p className="font-bold text-slate-900">
                  {moment(publication.at)} — {story.title}
                </p>
                <p className="text-sm text-slate-800">{publication.kind === 'publish' ? t.publishedBy(publication.author.name, publication.publisher.name) : t.madeBy(publication.publisher.name)}</p>
                {publication.reviewedBy && <p className="text-sm text-slate-800">{t.reviewedBy(publication.reviewedBy.replace(/\s*<[^>]*>/, ''))}</p>}
                {publication.withoutReview && <p className="text-sm font-semibold text-amber-900">{t.withoutReview(publication.withoutReview)}</p>}
                {statuses.size > 0 && <PublicationStatus status={statuses.get(publication.commit)} />}
                {story.note && <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{story.note}</p>}
                <div className="mt-2 flex flex-wrap items-start gap-3">
                  <Link className={small} href={`${here}?version=${publication.commit}`}>
                    {t.viewVersion}
                  </Link>
                  {offers('history/restore', person, { publicationKind: publication.kind }) && (
                    <form method="post" action={actionAddress('history/restore')}>
                      <FormToken />
                      <input type="hidden" name="key" value={page.key} />
                      <input type="hidden" name="commit" value={publication.commit} />
                      <input type="hidden" name="back" value={here} />
                      <button type="submit" className={small}>
                        {t.restore}
                      </button>
                    </form>
                  )}
                  {offers('history/revert', person, { publicationKind: publication.kind }) && (
                    <details>
                      <summary className={`${small} cursor-pointer list-none`}>{t.revert}</summary>
                      <form method="post" action={actionAddress('history/revert')} className="mt-2 flex flex-col gap-2">
                        <FormToken />
                        <input type="hidden" name="commit" value={publication.commit} />
                        <input type="hidden" name="back" value={here} />
                        <label className={label}>
                          {t.revertLabel}
                          <textarea name="reason" rows={2} required className={input} />
                        </label>
                        <p>
                          <button type="submit" className={primary}>
                            {t.revert}
                          </button>
                        </p>
                      </form>
                    </details>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {offers(retired ? 'pages/bring-back' : 'pages/retire', person) && page.key !== '' && (
        <section aria-labelledby="retire" className="mt-12 mb-12 max-w-3xl">
          <h2 id="retire" className="text-2xl font-bold text-slate-900">
            {retired ? t.bringBack : t.retireTitle}
          </h2>
          {retired ? (
            <form method="post" action={actionAddress('pages/bring-back')} className="mt-4">
              <FormToken />
              <input type="hidden" name="key" value={page.key} />
              <input type="hidden" name="back" value={here} />
              <button type="submit" className={primary}>
                {t.bringBack}
              </button>
            </form>
          ) : (
            <form method="post" action={actionAddress('pages/retire')} className="mt-4 flex flex-col gap-4">
              <FormToken />
              <p className="text-slate-700">{t.retireIntro}</p>
              <input type="hidden" name="key" value={page.key} />
              <input type="hidden" name="back" value={here} />
              <label className={label}>
                {t.retireFr}
                <textarea name="noteFr" rows={2} required lang="fr" defaultValue={typed('noteFr')} className={input} />
              </label>
              <label className={label}>
                {t.retireEn}
                <textarea name="noteEn" rows={2} required lang="en" defaultValue={typed('noteEn')} className={input} />
              </label>
              <fieldset className="flex min-w-0 flex-col gap-3 rounded border border-slate-300 p-4">
                <legend className="px-1 font-semibold text-slate-900">{t.outcomeLegend}</legend>
                <label className="flex items-start gap-2 text-slate-900">
                  <input type="radio" name="outcome" value="gone" required defaultChecked={typed('outcome') === 'gone'} className="mt-1 size-5" />
                  {t.outcomeGone}
                </label>
                <label className="flex items-start gap-2 text-slate-900">
                  <input type="radio" name="outcome" value="redirect" required defaultChecked={typed('outcome') === 'redirect'} className="mt-1 size-5" />
                  {t.outcomeRedirect}
                </label>
                <label className={label}>
                  {t.replacement}
                  <select name="replacement" className={input} defaultValue={typed('replacement') ?? ''}>
                    <option value="">{t.chooseReplacement}</option>
                    {replacements.map((candidate) => (
                      <option key={candidate.key} value={`page:${candidate.key}`}>
                        {candidate.key === '' ? t.homePage(candidate.frontmatter.title) : candidate.frontmatter.title}
                      </option>
                    ))}
                  </select>
                </label>
              </fieldset>
              <p>
                <button type="submit" className={primary}>
                  {t.retire}
                </button>
              </p>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
