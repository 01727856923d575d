import { type OnlineStatus, onlineReleases, onlineStatuses, type Serving, siteServing } from '@/lib/editorial/releases';
import type { Publication } from '@/lib/editorial/repository';
import { studioText } from '@/lib/editorial/words';
import type { StudioPerson } from './person';
import { actionAddress, moment, offers, storyOf, studioRepository } from './workflow';
import { FormToken } from './FormToken';

const t = studioText.workflow;
const small = 'rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2';

/** Where each of these publications stands online, as the release system and the public site say. */
export async function statusesOf(publications: readonly Publication[], serving?: Serving): Promise<Map<string, OnlineStatus>> {
  return onlineStatuses(studioRepository(), publications, serving ?? (await siteServing(process.env.EDITORIAL_SITE_URL)));
}

/** One publication's place online, in a sentence (and what failed, when it did). */
export function PublicationStatus({ status }: { status?: OnlineStatus }) {
  if (!status) return null;
  if (status.state === 'online') return <p className="text-sm font-semibold text-green-800">{t.online(status.since && moment(status.since))}</p>;
  if (status.state === 'on-its-way') return <p className="text-sm font-semibold text-slate-900">{t.onItsWay}</p>;
  if (status.state === 'rolled-back') return <p className="text-sm font-semibold text-amber-900">{t.rolledBack(moment(status.at))}</p>;
  return (
    <div className="mt-1 border-l-4 border-red-700 bg-red-50 p-3 text-sm text-slate-900">
      <p className="font-semibold">{t.failed(moment(status.at))}</p>
      <details className="mt-1">
        <summary className="cursor-pointer">{t.failedWhy}</summary>
        <pre className="mt-1 overflow-x-auto text-xs whitespace-pre-wrap">{status.reason}</pre>
      </details>
      <p className="mt-1">{t.failedNext}</p>
    </div>
  );
}

/**
 * The recent publications and where each stands online; for an administrator, the versions of the
 * site that were online, each to put back online in seconds.
 */
export async function Releases({ person }: { person?: StudioPerson }) {
  const repository = studioRepository();
  const publications = await repository.publications([], 8);
  if (publications.length === 0) return null;
  const serving = await siteServing(process.env.EDITORIAL_SITE_URL);
  const statuses = await statusesOf(publications, serving);
  const versions = offers('releases/rollback', person) ? (await onlineReleases(repository)).slice(0, 6) : [];
  const current = serving?.commit ?? versions[0]?.commit;
  return (
    <>
      <section aria-labelledby="recent" className="mt-12">
        <h2 id="recent" className="text-2xl font-bold text-slate-900">
          {t.recentTitle}
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700">{t.recentIntro}</p>
        {statuses.size === 0 && <p className="mt-2 max-w-3xl text-slate-700">{t.releaseUnknown}</p>}
        <ul className="mt-4 space-y-4">
          {publications.map((publication) => (
            <li key={publication.commit} className="border-b border-slate-200 pb-3">
              <p className="font-semibold text-slate-900">
                {moment(publication.at)} — {storyOf(publication, publications).title}
              </p>
              <p className="text-sm text-slate-800">{publication.kind === 'publish' ? t.publishedBy(publication.author.name, publication.publisher.name) : t.madeBy(publication.publisher.name)}</p>
              {statuses.size > 0 && <PublicationStatus status={statuses.get(publication.commit)} />}
            </li>
          ))}
        </ul>
      </section>
      {versions.length > 1 && (
        <section aria-labelledby="versions" className="mt-12 mb-12">
          <h2 id="versions" className="text-2xl font-bold text-slate-900">
            {t.versionsTitle}
          </h2>
          <p className="mt-2 max-w-3xl text-slate-700">{t.versionsIntro}</p>
          <ul className="mt-4 space-y-3">
            {versions.map((version) => (
              <li key={version.commit} className="flex flex-wrap items-center gap-3">
                <span className="text-slate-900">{t.versionOnline(moment(version.at))}</span>
                {version.commit === current ? (
                  <span className="text-sm font-semibold text-green-800">{t.currentVersion}</span>
                ) : (
                  <form method="post" action={actionAddress('releases/rollback')}>
                    <FormToken />
                    <input type="hidden" name="commit" value={version.commit} />
                    <input type="hidden" name="back" value="/fr/studio/changements" />
                    <button type="submit" className={small}>
                      {t.rollback}
                      <span className="sr-only"> : {t.rollbackOf(moment(version.at))}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
