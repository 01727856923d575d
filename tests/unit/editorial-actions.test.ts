import express from 'express';
import { describe, expect, it } from 'vitest';
import { Queue } from '@/editorial/queue';
import type { Publishing } from '@/editorial/publishing';
import { publishingRoutes } from '@/editorial/publishing-routes';
import { ACTIONS, actionAddress, type ActionName, mayMergeKept, offered, refusalOf, type Situation } from '@/lib/editorial/actions';
import type { Person } from '@/lib/editorial/roles';
import { editorialWords } from '@/lib/editorial/words';

// The rule the screens ask for what to offer and the editorial server for what to accept.
const camille: Person = { email: 'camille@inserm.invalid', name: 'Camille', role: 'relecteur' };
const alex: Person = { email: 'alex@inserm.invalid', name: 'Alex', role: 'relecteur' };
const writer: Person = { email: 'dominique@inserm.invalid', name: 'Dominique', role: 'redacteur' };
const admin: Person = { email: 'sam@inserm.invalid', name: 'Sam', role: 'administrateur' };
const byCamille = (state: NonNullable<Situation['change']>['state'], changedSinceSubmitted = false): Situation => ({
  selfApproval: false,
  change: { state, writers: [{ name: 'Camille', email: 'Camille@inserm.invalid' }], changedSinceSubmitted },
});
const offeredTo = (person: Person | undefined, situation: Situation) => (Object.keys(ACTIONS) as ActionName[]).filter((name) => offered(name, person, situation) && name.startsWith('changes/'));

describe('the editorial actions', () => {
  it('offer a change under review to a reviewer who did not write it, and only its review', () => {
    expect(offeredTo(alex, byCamille('submitted'))).toEqual(['changes/send-back', 'changes/notes', 'changes/approve', 'changes/publish-unreviewed']);
    expect(offeredTo(writer, byCamille('submitted'))).toEqual([]);
    expect(offeredTo(undefined, byCamille('submitted'))).toEqual([]);
  });

  it('do not let a reviewer review, publish or schedule what they wrote, unless one person may do both', () => {
    expect(offeredTo(camille, byCamille('submitted'))).toEqual(['changes/publish-unreviewed']);
    expect(refusalOf('changes/approve', camille, byCamille('submitted'))).toBe(editorialWords.refusals.ownChange);
    expect(offeredTo(camille, byCamille('approved'))).toEqual([]);
    expect(offeredTo(camille, { ...byCamille('approved'), selfApproval: true })).toEqual(['changes/notes', 'changes/publish', 'changes/schedule']);
  });

  it('follow a change through its states', () => {
    expect(offeredTo(alex, byCamille('draft'))).toEqual(['changes/submit', 'changes/publish-unreviewed']);
    expect(offeredTo(alex, byCamille('approved'))).toEqual(['changes/notes', 'changes/publish', 'changes/schedule']);
    expect(offeredTo(alex, byCamille('scheduled'))).toEqual(['changes/notes', 'changes/publish', 'changes/schedule', 'changes/unschedule']);
    // Saved again since it was sent: a draft again, and said so to whoever tries to approve the old one.
    expect(refusalOf('changes/approve', alex, byCamille('draft', true))).toBe(editorialWords.refusals.changedSinceSubmitted);
    expect(refusalOf('changes/publish', alex, byCamille('draft', true))).toBe(editorialWords.refusals.changedSinceReview);
  });

  it('leave history and releases to those whose role allows them, on the studio’s own publications', () => {
    expect(offered('history/restore', writer, { selfApproval: false, publicationKind: 'publish' })).toBe(true);
    expect(offered('history/restore', writer, { selfApproval: false, publicationKind: 'outside' })).toBe(false);
    expect(offered('history/revert', alex, { selfApproval: false, publicationKind: 'publish' })).toBe(false);
    expect(offered('history/revert', admin, { selfApproval: false, publicationKind: 'publish' })).toBe(true);
    expect(refusalOf('history/revert', admin, { selfApproval: false, publicationKind: 'retire' })).toBe(editorialWords.refusals.notStudioPublication);
    expect(offered('releases/rollback', alex, { selfApproval: false })).toBe(false);
    expect(offered('pages/retire', admin, { selfApproval: false })).toBe(true);
  });

  it('leave a publication made without review to someone else’s review, as the self-approval setting says', () => {
    const published = { selfApproval: false, publisher: { name: 'Alex', email: 'alex@inserm.invalid' } };
    expect(offered('publications/reviewed', alex, published)).toBe(false);
    expect(offered('publications/reviewed', alex, { ...published, selfApproval: true })).toBe(true);
    expect(offered('publications/reviewed', camille, published)).toBe(true);
    expect(offered('publications/reviewed', writer, published)).toBe(false);
  });

  it('leave a kept text to its author and to an administrator', () => {
    const kept = { author: { name: 'Camille', email: 'camille@inserm.invalid' } };
    expect([camille, alex, admin, undefined].map((person) => mayMergeKept(person, kept))).toEqual([true, false, true, false]);
  });

  it('are each answered by the editorial server at its address, and nothing else is', () => {
    const app = express();
    publishingRoutes(app, {} as Publishing, new Queue(), () => true);
    const posted = (app.router.stack as { route?: { path: string; methods: Record<string, boolean> } }[]).flatMap((layer) => (layer.route?.methods.post ? [layer.route.path] : []));
    expect(posted.sort()).toEqual((Object.keys(ACTIONS) as ActionName[]).map(actionAddress).sort());
  });
});
