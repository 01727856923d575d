import express, { type Express, type Request, type Response } from 'express';
import { localAddress, pathOf } from '@/lib/site/local-address';
import type { Person } from '@/lib/editorial/roles';
import { fetchReleaseNotes } from '@/lib/editorial/releases';
import type { Repository } from '@/lib/editorial/repository';
import type { Queue } from './git';
import { CONTROL_CHARACTER } from '@/lib/content/schemas';
import { UnreadableState } from '@/lib/editorial/state';
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

/** What each text a person types on a publishing form is, in French, to say which one is refused. */
const TYPED: Record<string, string> = {
  note: 'La note',
  noteFr: 'La note publique en français',
  noteEn: 'La note publique en anglais',
  reason: 'La raison',
};

/**
 * A field of the form, as typed: a text holding a character nobody types (a control character,
 * which would break the feeds and the history) is refused, naming the field, before anything is done.
 */
const field = (req: Request, name: string) => {
  const value = String((req.body as Record<string, unknown> | undefined)?.[name] ?? '').replace(/\r\n?/g, '\n');
  if (CONTROL_CHARACTER.test(value)) throw new Refusal(`${TYPED[name] ?? 'Un des champs'} contient un caractère invisible, qui ne se tape pas : effacez-le et retapez le texte. Rien n’a été fait.`);
  return value;
};
const noteOptions = (req: Request): SubmitOptions => ({
  note: field(req, 'note'),
  significant: field(req, 'significant') === 'yes',
  changeNote: { fr: field(req, 'noteFr'), en: field(req, 'noteEn') },
});

/**
 * What a retired page's address becomes, as the form says it: « page retirée » (410), or a
 * redirection to the page chosen (`page:<key>`, `page:` for the home page). Neither is a default.
 */
function replacementOf(req: Request): string | undefined {
  const outcome = field(req, 'outcome');
  if (outcome === 'gone') return undefined;
  if (outcome !== 'redirect') throw new Refusal('Choisissez ce que devient l’adresse de la page : « page retirée », ou une autre page. Rien n’a été fait.');
  const chosen = /^page:(.*)$/s.exec(field(req, 'replacement'))?.[1];
  if (chosen === undefined) throw new Refusal('Choisissez la page vers laquelle l’adresse mènera. Rien n’a été fait.');
  return chosen;
}

/**
 * The routes, each refusing a form not sent from the person's own screen (`fromOwnScreen`, the
 * editorial server's check: its token, how the browser sent it).
 */
export function publishingRoutes(app: Express, publishing: Publishing, queue: Queue, fromOwnScreen: (req: Request) => boolean) {
  const form = express.urlencoded({ extended: false, limit: '64kb' });
  /**
   * An action of the forms. `keep` names the fields a refusal gives back to the form (`garde-<field>`
   * in the address it leads back to), so that nobody types twice what was refused.
   */
  const action = (name: string, run: (person: Person, req: Request) => Promise<unknown>, keep: readonly string[] = []) =>
    app.post(`/_editorial/${name}`, form, async (req: Request, res: Response) => {
      const person = res.locals.person as Person;
      const back = localAddress(String((req.body as Record<string, unknown> | undefined)?.back ?? '')) ?? new URL('/fr/studio/changements', 'https://site.invalid');
      if (!fromOwnScreen(req)) {
        // Nothing is done; the person, if it was theirs, is told what to do.
        back.searchParams.set('erreur', 'Ce formulaire ne vient pas de votre écran, ou il a expiré : rechargez la page, puis recommencez. Rien n’a été fait.');
        back.searchParams.delete('fait');
        return res.redirect(303, pathOf(back));
      }
      try {
        await queue.run(() => run(person, req));
        back.searchParams.set('fait', name.split('/').pop() ?? name);
        back.searchParams.delete('erreur');
      } catch (error) {
        const said = error instanceof Refusal || error instanceof UnreadableState;
        if (!said) console.error(error);
        back.searchParams.set('erreur', said ? error.message : 'L’action n’a pas abouti : réessayez ; si l’erreur revient, prévenez un administrateur.');
        back.searchParams.delete('fait');
        for (const name of keep) {
          const typed = String((req.body as Record<string, unknown> | undefined)?.[name] ?? '');
          // What was typed goes back as it is; a text too long for an address (a few pages) is the only one not kept.
          if (typed && typed.length <= 4000) back.searchParams.set(`garde-${name}`, typed);
        }
      }
      res.redirect(303, pathOf(back));
    });

  const NOTES = ['note', 'significant', 'noteFr', 'noteEn'] as const;
  action('changes/submit', (person, req) => publishing.submit(person, field(req, 'subject'), noteOptions(req)), NOTES);
  action('changes/send-back', (person, req) => publishing.sendBack(person, field(req, 'subject'), field(req, 'note')), ['note']);
  action('changes/notes', (person, req) => publishing.editNotes(person, field(req, 'subject'), noteOptions(req)), NOTES);
  action('changes/approve', (person, req) => publishing.approve(person, field(req, 'subject')));
  action('changes/publish', (person, req) => publishing.publish(person, field(req, 'subject')));
  action('changes/publish-unreviewed', (person, req) => publishing.publish(person, field(req, 'subject'), { ...noteOptions(req), reason: field(req, 'reason') }), [...NOTES, 'reason']);
  action('changes/schedule', (person, req) => publishing.schedule(person, field(req, 'subject'), parisTime(field(req, 'at'))));
  action('changes/unschedule', (person, req) => publishing.unschedule(person, field(req, 'subject')));
  action('publications/reviewed', async (person, req) => publishing.markReviewed(person, field(req, 'commit')));
  action('history/restore', (person, req) => publishing.restore(person, field(req, 'key'), field(req, 'commit')));
  action('history/revert', (person, req) => publishing.revert(person, field(req, 'commit'), field(req, 'reason')), ['reason']);
  action('pages/retire', (person, req) => publishing.retire(person, field(req, 'key'), { note: { fr: field(req, 'noteFr'), en: field(req, 'noteEn') }, replacement: replacementOf(req) }), [
    'noteFr',
    'noteEn',
    'outcome',
    'replacement',
  ]);
  action('releases/rollback', (person, req) => publishing.rollback(person, field(req, 'commit')));
  action('pages/bring-back', (person, req) => publishing.retire(person, field(req, 'key'), undefined));
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
