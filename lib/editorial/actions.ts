import { type Change, isWriterOf } from './changes';
import type { Identity } from './repository';
import { allows, type Person, type Role } from './roles';
import { editorialWords } from './words';

/**
 * The editorial actions, once: each one's address, the fields its form sends, who may do it and in
 * which state. The screens ask `offered` what to show a person; the editorial server's routes
 * accept only these addresses and fields, and `Publishing` refuses with `refusalOf` what a screen
 * would not have offered — one rule for both, so a screen never offers what the server refuses.
 */

/** What an action is done to, as far as who may do it depends on it. */
export interface Situation {
  /** Whether one person may write and approve the same change (`EDITORIAL_SELF_APPROVAL`). */
  selfApproval: boolean;
  /** The change it is done to, as it stands now. */
  change?: Pick<Change, 'state' | 'writers' | 'changedSinceSubmitted'>;
  /** The person who published a publication without review, for its review afterwards. */
  publisher?: Identity;
  /** What the publication it is done to was (lib/editorial/repository.ts): only the studio's own are restored or undone from it. */
  publicationKind?: string;
}

interface Rule {
  /** The least role that may do it (lib/editorial/roles.ts). */
  role: Role;
  /** The fields its form sends, beside `back` (where it leads back to) and the form's token. */
  fields: readonly string[];
  /** The fields a refusal gives back to the form, so that nobody types twice what was refused. */
  keep?: readonly string[];
  /** Why it may not be done in this situation, or nothing when it may. */
  unless?: (person: Person, situation: Situation) => string | undefined;
}

const w = editorialWords.refusals;
const NOTES = ['note', 'significant', 'noteFr', 'noteEn'] as const;

/** A change's writer reviews it only where one person may write and approve the same change. */
const notItsWriter = (person: Person, { change, selfApproval }: Situation) => (change && isWriterOf(change, person) && !selfApproval ? w.ownChange : undefined);
const inState =
  (states: readonly Change['state'][], otherwise: (change: NonNullable<Situation['change']>) => string) =>
  (_person: Person, { change }: Situation) =>
    !change ? w.noChange : states.includes(change.state) ? undefined : otherwise(change);
const both =
  (...rules: NonNullable<Rule['unless']>[]) =>
  (person: Person, situation: Situation) => {
    for (const rule of rules) {
      const refusal = rule(person, situation);
      if (refusal) return refusal;
    }
    return undefined;
  };
const underReview = inState(['submitted'], (change) => (change.changedSinceSubmitted ? w.changedSinceSubmitted : w.notUnderReview));
const approved = inState(['approved', 'scheduled'], (change) => (change.changedSinceSubmitted ? w.changedSinceReview : w.notApproved));
const studioPublication = (_person: Person, { publicationKind }: Situation) => (publicationKind === 'publish' ? undefined : w.notStudioPublication);

export const ACTIONS = {
  'changes/submit': { role: 'redacteur', fields: ['subject', ...NOTES], keep: NOTES, unless: inState(['draft'], () => w.alreadySubmitted) },
  'changes/send-back': { role: 'relecteur', fields: ['subject', 'note'], keep: ['note'], unless: both(underReview, notItsWriter) },
  'changes/notes': {
    role: 'relecteur',
    fields: ['subject', 'significant', 'noteFr', 'noteEn'],
    keep: NOTES,
    unless: both(
      inState(['submitted', 'approved', 'scheduled'], () => w.notUnderReview),
      notItsWriter,
    ),
  },
  'changes/approve': { role: 'relecteur', fields: ['subject'], unless: both(underReview, notItsWriter) },
  'changes/publish': { role: 'relecteur', fields: ['subject'], unless: both(approved, notItsWriter) },
  'changes/publish-unreviewed': {
    role: 'relecteur',
    fields: ['subject', 'reason', ...NOTES],
    keep: [...NOTES, 'reason'],
    unless: inState(['draft', 'submitted'], () => w.approvedAlready),
  },
  'changes/schedule': { role: 'relecteur', fields: ['subject', 'at'], unless: both(approved, notItsWriter) },
  'changes/unschedule': { role: 'relecteur', fields: ['subject'], unless: inState(['scheduled'], () => w.notScheduled) },
  'publications/reviewed': {
    role: 'relecteur',
    fields: ['commit'],
    unless: (person, { publisher, selfApproval }) => (publisher && publisher.email.toLowerCase() === person.email.toLowerCase() && !selfApproval ? w.ownUnreviewed : undefined),
  },
  'history/restore': { role: 'redacteur', fields: ['key', 'commit'], unless: studioPublication },
  'history/revert': { role: 'administrateur', fields: ['commit', 'reason'], keep: ['reason'], unless: studioPublication },
  'pages/retire': { role: 'administrateur', fields: ['key', 'noteFr', 'noteEn', 'outcome', 'replacement'], keep: ['noteFr', 'noteEn', 'outcome', 'replacement'] },
  'pages/bring-back': { role: 'administrateur', fields: ['key'] },
  'releases/rollback': { role: 'administrateur', fields: ['commit'] },
} as const satisfies Record<string, Rule>;

export type ActionName = keyof typeof ACTIONS;
export type FieldOf<A extends ActionName> = (typeof ACTIONS)[A]['fields'][number];

/** Where an action's form posts (the editorial server's address for it). */
export const actionAddress = (name: ActionName) => `/_editorial/${name}`;

/** Why this person may not do this in this situation, in French; nothing when they may. */
export function refusalOf(name: ActionName, person: Person | undefined, situation: Situation): string | undefined {
  const rule: Rule = ACTIONS[name];
  if (!person || !allows(person.role, rule.role)) return w.role[name];
  return rule.unless?.(person, situation);
}

/** Whether a screen offers this action to this person in this situation. */
export const offered = (name: ActionName, person: Person | undefined, situation: Situation) => refusalOf(name, person, situation) === undefined;

/**
 * A text kept aside after a refused save (lib/editorial/kept.ts) is its author's to merge or drop,
 * and an administrator's (a colleague gone on leave): the merge screen and its route ask this.
 */
export const mayMergeKept = (person: Person | undefined, kept: { author: Identity }) =>
  person !== undefined && (kept.author.email.toLowerCase() === person.email.toLowerCase() || allows(person.role, 'administrateur'));
