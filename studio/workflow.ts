import { type Change, changesInProgress, pageKeyOf, readUnreviewed, type Unreviewed, Workflow } from '@/lib/editorial/changes';
import { UnreadableState, unlessUnreadable } from '@/lib/editorial/state';
import { type Publication, Repository } from '@/lib/editorial/repository';
import { siteContent } from '@/lib/content';
import { studioText } from '@/lib/editorial/words';
import { editorialStateDir, type StudioPerson } from './person';
import { actionAddress, type ActionName, offered, type Situation } from '@/lib/editorial/actions';

/**
 * What the studio's publishing screens read (the editorial server writes it): the checkout and its
 * published branch, as the editorial server configured them when it started the preview, and the
 * workflow's records in its state directory.
 */
export function studioRepository(): Repository {
  return new Repository(process.cwd(), process.env.EDITORIAL_REMOTE ?? 'origin', process.env.EDITORIAL_PUBLISHED_BRANCH ?? 'main');
}

/** The changes in progress; `unreadable`, what to say instead when the workflow's state cannot be read (lib/editorial/state.ts). */
export async function studioChanges(): Promise<{ published?: string; changes: Change[]; unreadable?: string }> {
  const stateDir = editorialStateDir();
  const repository = studioRepository();
  const published = await repository.published();
  if (!stateDir || !published) return { published, changes: [] };
  try {
    return { published, changes: await changesInProgress(repository, new Workflow(stateDir)) };
  } catch (error) {
    if (error instanceof UnreadableState) return { published, changes: [], unreadable: error.message };
    throw error;
  }
}

/** The publications still to review afterwards, or what to say when their list cannot be read. */
export const studioUnreviewed = (): { unreviewed: Unreviewed[]; unreadable?: string } => {
  const stateDir = editorialStateDir();
  const { value = [], unreadable } = unlessUnreadable(() => (stateDir ? readUnreviewed(stateDir) : []));
  return { unreviewed: value, unreadable };
};

export const selfApproval = () => process.env.EDITORIAL_SELF_APPROVAL === 'true';

/** Whether the screens offer an action to this person here: the editorial server's own rule (lib/editorial/actions.ts). */
export const offers = (name: ActionName, person: StudioPerson | undefined, situation: Omit<Situation, 'selfApproval'> = {}) => offered(name, person, { ...situation, selfApproval: selfApproval() });
export { actionAddress };

const t = studioText.workflow;

/** A change's subject as editors name it: the page's French title, or the data file's name. */
export function subjectLabel(subject: string): string {
  const key = pageKeyOf(subject);
  if (key !== undefined) {
    const page = siteContent().pageByKey('fr', key) ?? siteContent().retired.find((p) => p.key === key && p.locale === 'fr');
    return t.page(page?.frontmatter.title ?? key);
  }
  if (subject.startsWith('data:')) return t.dataFile(subject.slice('data:'.length));
  return subject.replace(/^file:/, '');
}

/** The address of a change's review screen, of a page's history. */
export const changeAddress = (subject: string) => `/fr/studio/changements/${encodeURIComponent(subject)}`;
export const historyAddress = (key: string) => `/fr/studio/historique${key ? `/${key}` : ''}`;

/** A moment, as the studio says it (lib/editorial/dates). */
export { momentOf as moment } from '@/lib/editorial/dates';

/**
 * A publication as a page's history tells it, in French: what it was, its note (the internal note
 * its author wrote, the reason of a revert, what a retired page says), and what may be done with
 * it. A change made outside the studio is said to be one, without its code message; only what the
 * studio published may be restored or reverted (lib/editorial/actions.ts).
 */
export function storyOf(publication: Publication, publications: readonly Publication[] = []): { title: string; note?: string } {
  const note = publication.body.replace(/^(Reviewed-by|Co-authored-by|Published-without-review|Reverts|Editorial-action):.*$/gm, '').trim();
  switch (publication.kind) {
    case 'publish':
      // Without an internal note, the studio wrote its own line: not a note of the author's.
      return { title: /^Publication: /.test(publication.subject) ? t.story.publish : publication.subject, note: note || undefined };
    case 'revert': {
      const undone = publications.find((other) => other.commit === publication.reverts);
      const undoneTitle = undone && storyOf(undone).title;
      return { title: t.story.revert(undoneTitle === t.story.publish ? undefined : undoneTitle), note: note || undefined };
    }
    case 'retire':
      return { title: t.story.retire, note: note || undefined };
    case 'bring-back':
      return { title: t.story['bring-back'] };
    default:
      return { title: t.story.outside, note: t.story.outsideNote };
  }
}
