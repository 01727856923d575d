import { type Change, changesInProgress, pageKeyOf, readUnreviewed, Workflow } from '@/lib/editorial/changes';
import { Repository } from '@/lib/editorial/repository';
import { siteContent } from '@/lib/content';
import { studioText } from './messages';
import { editorialStateDir } from './person';

/**
 * What the studio's publishing screens read (the editorial server writes it): the checkout and its
 * published branch, as the editorial server configured them when it started the preview, and the
 * workflow's records in its state directory.
 */
export function studioRepository(): Repository {
  return new Repository(process.cwd(), process.env.EDITORIAL_REMOTE ?? 'origin', process.env.EDITORIAL_PUBLISHED_BRANCH ?? 'main');
}

export async function studioChanges(): Promise<{ published?: string; changes: Change[] }> {
  const stateDir = editorialStateDir();
  const repository = studioRepository();
  const published = await repository.published();
  if (!stateDir || !published) return { published, changes: [] };
  return { published, changes: await changesInProgress(repository, new Workflow(stateDir)) };
}

export const studioUnreviewed = () => {
  const stateDir = editorialStateDir();
  return stateDir ? readUnreviewed(stateDir) : [];
};

export const selfApproval = () => process.env.EDITORIAL_SELF_APPROVAL === 'true';

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

/** A moment, as the studio says it. */
export const moment = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso)).replace(/ (\d+):(\d+)$/, ' $1 h $2');
