import express, { type Express, type Request, type Response } from 'express';
import { localAddress, pathOf } from '@/lib/site/local-address';
import type { Person } from '@/lib/editorial/roles';
import { fetchReleaseNotes } from '@/lib/editorial/releases';
import type { Repository } from '@/lib/editorial/repository';
import type { Queue } from './queue';
import { CONTROL_CHARACTER } from '@/lib/content/schemas';
import { UnreadableState } from '@/lib/editorial/state';
import { editorialWords } from '@/lib/editorial/words';
import { ACTIONS, actionAddress, type ActionName, type FieldOf } from '@/lib/editorial/actions';
import { Publishing, Refusal, type SubmitOptions } from './publishing';

/**
 * The studio's publishing forms (studio/ChangeScreen.tsx, studio/HistoryScreen.tsx) post here: each
 * action runs once at a time with the saves, and leads back to the screen it came from, saying what
 * happened — or, in French, why not.
 */

/** A Paris wall-clock time from a form (`2026-12-01T09:30`), as an instant. */
export function parisTime(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return new Date(Number.NaN);
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const asUtc = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  // Paris is one or two hours ahead of UTC: the offset of that very moment, as Paris reckons it.
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(
      instant,
    );
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - instant;
  };
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

const words = editorialWords.forms;

/**
 * A field of the form, as typed: a text holding a character nobody types (a control character,
 * which would break the feeds and the history) is refused, naming the field, before anything is done.
 */
const fieldOf = (body: Record<string, unknown>, name: string) => {
  const value = String(body[name] ?? '').replace(/\r\n?/g, '\n');
  if (CONTROL_CHARACTER.test(value)) throw new Refusal(words.invisible(words.typed[name]));
  return value;
};
const notesOf = (field: (name: 'note' | 'significant' | 'noteFr' | 'noteEn') => string): SubmitOptions => ({
  note: field('note'),
  significant: field('significant') === 'yes',
  changeNote: { fr: field('noteFr'), en: field('noteEn') },
});

/**
 * What a retired page's address becomes, as the form says it: « page retirée » (410), or a
 * redirection to the page chosen (`page:<key>`, `page:` for the home page). Neither is a default.
 */
function replacementOf(field: (name: 'outcome' | 'replacement') => string): string | undefined {
  const outcome = field('outcome');
  if (outcome === 'gone') return undefined;
  if (outcome !== 'redirect') throw new Refusal(words.chooseOutcome);
  const chosen = /^page:(.*)$/s.exec(field('replacement'))?.[1];
  if (chosen === undefined) throw new Refusal(words.chooseReplacement);
  return chosen;
}

/**
 * The routes, each refusing a form not sent from the person's own screen (`fromOwnScreen`, the
 * editorial server's check: its token, how the browser sent it).
 */
export function publishingRoutes(app: Express, publishing: Publishing, queue: Queue, fromOwnScreen: (req: Request) => boolean) {
  const form = express.urlencoded({ extended: false, limit: '64kb' });
  /** What each action does, given the person and its form's fields (lib/editorial/actions.ts says which). */
  const runs: { [A in ActionName]: (person: Person, field: (name: FieldOf<A>) => string) => Promise<unknown> } = {
    'changes/submit': (person, f) => publishing.submit(person, f('subject'), notesOf(f)),
    'changes/send-back': (person, f) => publishing.sendBack(person, f('subject'), f('note')),
    'changes/notes': (person, f) =>
      publishing.editNotes(
        person,
        f('subject'),
        notesOf((name) => (name === 'note' ? '' : f(name))),
      ),
    'changes/approve': (person, f) => publishing.approve(person, f('subject')),
    'changes/publish': (person, f) => publishing.publish(person, f('subject')),
    'changes/publish-unreviewed': (person, f) => publishing.publish(person, f('subject'), { ...notesOf(f), reason: f('reason') }),
    'changes/schedule': (person, f) => publishing.schedule(person, f('subject'), parisTime(f('at'))),
    'changes/unschedule': (person, f) => publishing.unschedule(person, f('subject')),
    'publications/reviewed': async (person, f) => publishing.markReviewed(person, f('commit')),
    'history/restore': (person, f) => publishing.restore(person, f('key'), f('commit')),
    'history/revert': (person, f) => publishing.revert(person, f('commit'), f('reason')),
    'pages/retire': (person, f) => publishing.retire(person, f('key'), { note: { fr: f('noteFr'), en: f('noteEn') }, replacement: replacementOf(f) }),
    'pages/bring-back': (person, f) => publishing.retire(person, f('key'), undefined),
    'releases/rollback': (person, f) => publishing.rollback(person, f('commit')),
  };

  /**
   * Each action of the table, at its address: done once at a time with the saves, then back to the
   * screen it came from, saying what happened — or why not, giving back to the form what was typed
   * in the fields the table keeps, so that nobody types twice what was refused.
   */
  for (const name of Object.keys(ACTIONS) as ActionName[]) {
    const rule: { fields: readonly string[]; keep?: readonly string[] } = ACTIONS[name];
    app.post(actionAddress(name), form, async (req: Request, res: Response) => {
      const person = res.locals.person as Person;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const back = localAddress(String(body.back ?? '')) ?? new URL('/fr/studio/changements', 'https://site.invalid');
      if (!fromOwnScreen(req)) {
        // Nothing is done; the person, if it was theirs, is told what to do.
        back.searchParams.set('erreur', words.notFromScreen);
        back.searchParams.delete('fait');
        return res.redirect(303, pathOf(back));
      }
      try {
        // Only the fields the table names are read: a field the form should not send is never taken.
        const typed = (field: string) => (rule.fields.includes(field) ? fieldOf(body, field) : '');
        await queue.run(() => (runs[name] as (person: Person, field: (name: string) => string) => Promise<unknown>)(person, typed));
        back.searchParams.set('fait', name.split('/').pop() ?? name);
        back.searchParams.delete('erreur');
      } catch (error) {
        const said = error instanceof Refusal || error instanceof UnreadableState;
        if (!said) console.error(error);
        back.searchParams.set('erreur', said ? error.message : words.failed);
        back.searchParams.delete('fait');
        for (const kept of rule.keep ?? []) {
          const typed = String(body[kept] ?? '');
          // What was typed goes back as it is; a text too long for an address (a few pages) is the only one not kept.
          if (typed && typed.length <= 4000) back.searchParams.set(`garde-${kept}`, typed);
        }
      }
      res.redirect(303, pathOf(back));
    });
  }
}

/**
 * Publishes, at their minute, the changes scheduled for it (prepared ahead of time for the release
 * system), and reads the published branch and the release system's notes again (a publication made
 * elsewhere, a release online or failed, shows): every `everyMs`, once at a time with everything else.
 */
export function startScheduler(publishing: Publishing, repository: Repository, queue: Queue, everyMs = 5_000, afterFetch?: () => Promise<void>) {
  const timer = setInterval(() => {
    queue
      .run(async () => {
        await repository.fetch().catch(() => undefined);
        await fetchReleaseNotes(repository);
        await afterFetch?.().catch((error: Error) => console.error(error));
        const result = await publishing.runDue();
        await publishing.prepareScheduled();
        return result;
      })
      .then(({ failed }) => {
        for (const { subject, reason } of failed) console.warn(`Scheduled publication of ${subject} refused: ${reason}`);
      })
      .catch((error) => console.error(error));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
