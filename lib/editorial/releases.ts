import { z } from 'zod';
import type { Repository } from './repository';

/**
 * What the release system says back (release/repo.ts writes it): one line per event, in git notes
 * on the commit concerned (refs/notes/releases of the remote) — online, failed and why, prepared,
 * rolled back — and what the public site says it serves (`/_release`). From both, where each
 * publication stands: online since when, on its way, or approved and not online, and why.
 */

export const RELEASE_NOTES_REF = 'refs/notes/releases';

/** One line of the release system's notes, as release/repo.ts writes it: a line that is not one is not read. */
const releaseEvent = z.object({
  event: z.enum(['online', 'failed', 'prepared', 'rollback']),
  at: z.iso.datetime({ offset: true }),
  release: z.string().optional(),
  machine: z.string(),
  reason: z.string().optional(),
  seconds: z.number().optional(),
});
export type ReleaseEvent = z.output<typeof releaseEvent>;

/** What the public site's `/_release` answers. */
const serving = z.looseObject({ commit: z.union([z.string().regex(/^[0-9a-f]{40,64}$/), z.null()]), startedAt: z.string().optional() });

interface CommitEvent {
  commit: string;
  event: ReleaseEvent;
}

/** What the public site says it serves. */
export interface Serving {
  commit: string | null;
  startedAt?: string;
}

export type OnlineStatus =
  | { state: 'online'; since?: string }
  | { state: 'on-its-way' }
  | { state: 'failed'; at: string; reason: string }
  /** Online once, then rolled back by an administrator. */
  | { state: 'rolled-back'; at: string };

/** Fetches the release system's notes from the remote (none yet is no error). */
export async function fetchReleaseNotes(repository: Repository) {
  await repository.git(['fetch', '--quiet', '--no-tags', '--end-of-options', repository.remote, `+${RELEASE_NOTES_REF}:${RELEASE_NOTES_REF}`]).catch(() => undefined);
}

/** The events recorded on commits, oldest first. */
async function releaseEvents(repository: Repository): Promise<CommitEvent[]> {
  let listed: string;
  try {
    listed = await repository.git(['notes', '--ref', RELEASE_NOTES_REF, 'list']);
  } catch {
    return [];
  }
  const events: CommitEvent[] = [];
  for (const line of listed.split('\n').filter(Boolean)) {
    const [note = '', commit = ''] = line.split(' ');
    for (const entry of (await repository.git(['cat-file', 'blob', '--end-of-options', note])).split('\n')) {
      if (!entry.trim().startsWith('{')) continue;
      try {
        const event = releaseEvent.safeParse(JSON.parse(entry));
        // A line not written by the release system is not one of its events.
        if (event.success) events.push({ commit, event: event.data });
      } catch {
        // Not even JSON: not the release system's either.
      }
    }
  }
  return events.sort((a, b) => a.event.at.localeCompare(b.event.at));
}

/** What the public site at `siteUrl` serves, if it answers within two seconds. */
export async function siteServing(siteUrl: string | undefined): Promise<Serving | undefined> {
  if (!siteUrl) return undefined;
  try {
    const response = await fetch(new URL('/_release', siteUrl), { signal: AbortSignal.timeout(2000), cache: 'no-store' });
    if (!response.ok) return undefined;
    const said = serving.safeParse(await response.json());
    return said.success ? said.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where each publication stands. The commit online is the site's word when it answers, else the
 * last one the notes say went online. A publication is online when that commit holds it (it, or a
 * later publication, went online): since the first such event after it was published.
 */
export async function onlineStatuses(repository: Repository, publications: readonly { commit: string; at: string }[], serving?: Serving): Promise<Map<string, OnlineStatus>> {
  const events = await releaseEvents(repository);
  const wentOnline = events.filter(({ event }) => event.event === 'online' || event.event === 'rollback');
  const live = serving?.commit ?? wentOnline.at(-1)?.commit;
  const statuses = new Map<string, OnlineStatus>();
  if (events.length === 0 && !serving) return statuses;
  const contains = async (ancestor: string, descendant: string) =>
    ancestor === descendant ||
    (await repository.git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]).then(
      () => true,
      () => false,
    ));
  for (const publication of publications) {
    if (live && (await contains(publication.commit, live))) {
      let since: string | undefined;
      for (const { commit, event } of wentOnline) {
        if (await contains(publication.commit, commit)) {
          since = event.at;
          break;
        }
      }
      statuses.set(publication.commit, { state: 'online', since: since ?? serving?.startedAt });
      continue;
    }
    // Not online: went online once and was rolled back, or failed, or is on its way.
    const onlineBefore = await (async () => {
      for (const { commit, event } of wentOnline) if (event.event === 'online' && (await contains(publication.commit, commit))) return true;
      return false;
    })();
    const rollback = wentOnline.findLast(({ event }) => event.event === 'rollback');
    if (onlineBefore && rollback) {
      statuses.set(publication.commit, { state: 'rolled-back', at: rollback.event.at });
      continue;
    }
    let failure: ReleaseEvent | undefined;
    for (const { commit, event } of events) if (event.event === 'failed' && (await contains(publication.commit, commit))) failure = event;
    statuses.set(publication.commit, failure ? { state: 'failed', at: failure.at, reason: failure.reason ?? '' } : { state: 'on-its-way' });
  }
  return statuses;
}

/** The releases that were online, newest first, once each: what an administrator can go back to. */
export async function onlineReleases(repository: Repository): Promise<{ commit: string; at: string; release?: string }[]> {
  const seen = new Set<string>();
  const list: { commit: string; at: string; release?: string }[] = [];
  for (const { commit, event } of (await releaseEvents(repository)).reverse()) {
    if (event.event !== 'online' || seen.has(commit)) continue;
    seen.add(commit);
    list.push({ commit, at: event.at, release: event.release });
  }
  return list;
}

/** The failures the release system recorded, oldest first: each commit it could not put online, when, and why. */
export async function releaseFailures(repository: Repository): Promise<{ commit: string; at: string; reason: string; machine: string }[]> {
  return (await releaseEvents(repository)).filter(({ event }) => event.event === 'failed').map(({ commit, event }) => ({ commit, at: event.at, reason: event.reason ?? '', machine: event.machine }));
}
