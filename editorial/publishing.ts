import { momentOf, parisDayOf } from '@/lib/editorial/dates';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { withRetirement, withUpdatedDate, withUpdateNote } from '@/lib/content';
import { PAGE_KEY_PATTERN } from '@/lib/content/schemas';
import { isObjectName, refusalOfSave, writeWhole } from '@/lib/editorial/files';
import { checkWith } from '@/lib/editorial/check-change';
import { type Change, changesInProgress, isWriterOf, notesFileOf, pageKeyOf, readUnreviewed, type Unreviewed, unreviewedFile, Workflow, type WorkflowRecord } from '@/lib/editorial/changes';
import { onlineReleases } from '@/lib/editorial/releases';
import { EDITORIAL_ACTION_TRAILER, type Identity, type Repository, type Version } from '@/lib/editorial/repository';
import { allows, type Person } from '@/lib/editorial/roles';
import { recordSave } from './git';
import type { Notice } from './notify';

/**
 * Publishing, on git: a change is submitted, reviewed by someone who did not write it, sent back or
 * approved, then published — one commit on the published branch, the writer its author, the
 * publisher its committer, the reviewer named, the internal note its message — pushed to the
 * remote without ever forcing. The rest of the history follows the same road: a past version
 * restored opens a change like any other; a publication reverted, a page retired or brought back,
 * are publications of their own.
 */

/** A refusal said to the person, in French. */
export class Refusal extends Error {}

/** A version named by a form: a full object name, never anything git would read otherwise (`--output=…`, `HEAD~3`). */
function versionNamed(commit: string): string {
  if (!isObjectName(commit)) throw new Refusal('Cette version est inconnue : rien n’a été fait.');
  return commit;
}

/** A page named by a form: its key (`''`, the home page), never a path. */
function pageNamed(key: string): string {
  if (key !== '' && !PAGE_KEY_PATTERN.test(key)) throw new Refusal('Cette page est inconnue : rien n’a été fait.');
  return key;
}

/** The time, for scheduling (tests give their own clock). */
export type Clock = () => Date;

/** Today in Paris, YYYY-MM-DD: the date a significant update gives its pages. */
const parisDay = parisDayOf;
const when = momentOf;

/** The reference a scheduled publication is handed to the release system under, to be built ahead of its minute. */
const scheduledRef = (subject: string) => `refs/scheduled/${createHash('sha256').update(subject).digest('hex').slice(0, 16)}`;

export interface SubmitOptions {
  note: string;
  significant: boolean;
  changeNote?: { fr: string; en: string };
}

/** The people who wrote a change: those who saved it, and who sent it for review. */
const writersOf = (change: Change): Identity[] => [...change.writers, ...(change.record?.submitted ? [change.record.submitted.by] : [])];

export class Publishing {
  private readonly workflow: Workflow;
  private readonly unreviewedFile: string;

  constructor(
    private readonly repository: Repository,
    private readonly stateDir: string,
    private readonly options: { selfApproval: boolean; clock: Clock; notify?: (notice: Notice) => Promise<void> },
  ) {
    this.workflow = new Workflow(stateDir);
    this.unreviewedFile = unreviewedFile(stateDir);
  }

  private now() {
    return this.options.clock();
  }

  /** Tells those concerned by e-mail (editorial/notify.ts), without waiting: a mail never holds up nor stops an action. */
  private tell(notice: Notice) {
    void this.options.notify?.(notice).catch((error: Error) => console.error(`Notification not sent: ${error.message}`));
  }

  private async change(subject: string): Promise<Change> {
    const change = (await changesInProgress(this.repository, this.workflow)).find((candidate) => candidate.subject === subject);
    if (!change) throw new Refusal('Ce changement n’existe plus : il a peut-être été publié, ou ses fichiers sont revenus à la version publiée.');
    return change;
  }

  /** Whether a person may approve (or publish as reviewed) a change: a reviewer who did not write it (unless one person is allowed to). */
  private mayReview(person: Person, change: Change) {
    if (!allows(person.role, 'relecteur')) throw new Refusal('Seuls les relecteurs approuvent et publient.');
    if (isWriterOf(change, person) && !this.options.selfApproval)
      throw new Refusal('Vous avez écrit ce changement : un autre relecteur doit l’approuver. (Sans relecture, publiez-le en donnant la raison.)');
  }

  private event(record: WorkflowRecord, who: Identity, what: WorkflowRecord['events'][number]['what'], note?: string) {
    record.events.push({ at: this.now().toISOString(), who: { name: who.name, email: who.email }, what, ...(note ? { note } : {}) });
  }

  /** Sends a change for review: its versions now are the ones reviewed. */
  async submit(person: Person, subject: string, options: SubmitOptions) {
    if (!allows(person.role, 'redacteur')) throw new Refusal('Votre rôle ne permet pas de proposer un changement.');
    if (options.significant && (!options.changeNote?.fr.trim() || !options.changeNote.en.trim()))
      throw new Refusal('Une mise à jour importante a une note de changement en français et en anglais : écrivez les deux.');
    const change = await this.change(subject);
    const published = await this.repository.published();
    if (!published) throw new Refusal('La version publiée est inconnue : le dépôt distant n’a pas encore été lu.');
    const record: WorkflowRecord = {
      ...(change.record ?? { events: [] }),
      subject,
      state: 'submitted',
      files: await this.repository.versionsAt('HEAD', change.files),
      base: await this.repository.versionsAt(published, change.files),
      submitted: { by: { name: person.name, email: person.email }, at: this.now().toISOString(), note: options.note.trim() },
      approved: undefined,
      scheduledFor: undefined,
      significant: options.significant,
      changeNote: options.significant ? { fr: options.changeNote?.fr.trim() ?? '', en: options.changeNote?.en.trim() ?? '' } : undefined,
      events: [...(change.record?.events ?? [])],
    };
    this.event(record, person, 'submitted', record.submitted?.note);
    this.workflow.set(record);
    this.tell({ kind: 'submitted', subject, by: person, note: record.submitted?.note || undefined });
  }

  /** Back to its writers, with what to fix. */
  async sendBack(person: Person, subject: string, note: string) {
    const change = await this.change(subject);
    this.mayReview(person, change);
    if (change.state === 'draft') throw new Refusal('Ce changement n’est pas en relecture.');
    if (!note.trim()) throw new Refusal('Dites ce qu’il faut reprendre : la note est obligatoire pour renvoyer un changement.');
    const record = {
      ...(change.record as WorkflowRecord),
      state: 'draft' as const,
      approved: undefined,
      scheduledFor: undefined,
      sentBack: { by: { name: person.name, email: person.email }, at: this.now().toISOString(), note: note.trim() },
      reviewed: { by: { name: person.name, email: person.email }, at: this.now().toISOString(), files: (change.record as WorkflowRecord).files },
      prepared: undefined,
    };
    await this.dropPrepared(change.record);
    this.event(record, person, 'sent-back', note.trim());
    this.workflow.set(record);
    this.tell({ kind: 'sent-back', subject, by: person, note: note.trim(), writers: writersOf(change) });
  }

  /**
   * A reviewer corrects what the change will tell the public (whether it is significant, its notes
   * in both languages) while it is under review or approved: the versions reviewed stay the same.
   */
  async editNotes(person: Person, subject: string, options: Omit<SubmitOptions, 'note'>) {
    const change = await this.change(subject);
    this.mayReview(person, change);
    if (change.state === 'draft' || !change.record) throw new Refusal('Ce changement n’est pas en relecture.');
    if (options.significant && (!options.changeNote?.fr.trim() || !options.changeNote.en.trim()))
      throw new Refusal(`Une mise à jour importante a une note de changement en français et en anglais : écrivez les deux.`);
    const record: WorkflowRecord = {
      ...change.record,
      significant: options.significant,
      changeNote: options.significant ? { fr: options.changeNote?.fr.trim() ?? '', en: options.changeNote?.en.trim() ?? '' } : undefined,
      events: [...change.record.events],
    };
    this.event(record, person, 'notes-edited');
    this.workflow.set(record);
  }

  /** The content check of the site with these versions published over `base` (the published branch by default). */
  async checkWith(files: Record<string, Version>, base?: string) {
    const published = base ?? (await this.repository.published());
    if (!published) throw new Refusal('La version publiée est inconnue.');
    return checkWith(this.repository, published, files);
  }

  async approve(person: Person, subject: string) {
    const change = await this.change(subject);
    this.mayReview(person, change);
    if (change.state !== 'submitted')
      throw new Refusal(change.changedSinceSubmitted ? 'Ce changement a été modifié depuis son envoi en relecture : il doit être renvoyé.' : 'Ce changement n’est pas en relecture.');
    const { errors } = await this.checkWith(await this.repository.versionsAt('HEAD', change.files));
    if (errors.length > 0)
      throw new Refusal(`La vérification du contenu trouve ${errors.length} erreur${errors.length > 1 ? 's' : ''} : le changement ne peut pas être approuvé.\n${errors.join('\n')}`);
    const record = {
      ...(change.record as WorkflowRecord),
      state: 'approved' as const,
      approved: { by: { name: person.name, email: person.email }, at: this.now().toISOString() },
      reviewed: { by: { name: person.name, email: person.email }, at: this.now().toISOString(), files: (change.record as WorkflowRecord).files },
      sentBack: undefined,
    };
    this.event(record, person, 'approved');
    this.workflow.set(record);
    this.tell({ kind: 'approved', subject, by: person, writers: writersOf(change) });
  }

  async schedule(person: Person, subject: string, at: Date) {
    const change = await this.change(subject);
    if (!allows(person.role, 'relecteur')) throw new Refusal('Seuls les relecteurs programment une publication.');
    if (change.state !== 'approved' && change.state !== 'scheduled') throw new Refusal('Seul un changement approuvé peut être programmé.');
    if (Number.isNaN(at.getTime()) || at.getTime() <= this.now().getTime()) throw new Refusal('Choisissez une date et une heure à venir.');
    await this.dropPrepared(change.record);
    const record = { ...(change.record as WorkflowRecord), state: 'scheduled' as const, scheduledFor: at.toISOString(), prepared: undefined };
    this.event(record, person, 'scheduled', when(record.scheduledFor));
    // Prepared by the scheduler within seconds (prepareScheduled), not while the reviewer waits.
    this.workflow.set(record);
  }

  /** Takes a scheduled publication's prepared commit back from the release system. */
  private async dropPrepared(record: WorkflowRecord | undefined) {
    if (record?.prepared) await this.repository.setRemoteRef(record.prepared.ref, null).catch(() => undefined);
  }

  /** The reviewer who scheduled a publication: it is theirs, the approval standing as given. */
  private schedulerOf(record: WorkflowRecord): Person {
    const scheduler = record.events.findLast((event) => event.what === 'scheduled')?.who ?? record.approved?.by;
    return { ...(scheduler as Identity), role: 'relecteur' };
  }

  /**
   * Prepares the scheduled publications: each one's commit as it will be (dated its minute), on the
   * published branch as it is now, handed to the release system (refs/scheduled/*) to build and
   * verify ahead of time, so that at its minute only the switch remains. Prepared again when the
   * published branch moves. One that could not be published now is left for its minute, which says why.
   */
  async prepareScheduled(): Promise<void> {
    const tip = await this.repository.published();
    if (!tip) return;
    for (const record of Object.values(this.workflow.all())) {
      if (record.state !== 'scheduled' || !record.scheduledFor || record.prepared?.parent === tip) continue;
      const at = new Date(record.scheduledFor);
      try {
        const scheduler = this.schedulerOf(record);
        const { base, files, author, message } = await this.compose(scheduler, record.subject, at);
        const there = await this.repository.versionsAt(tip, Object.keys(base));
        if (Object.keys(base).some((file) => (there[file] ?? null) !== (base[file] ?? null))) continue;
        if ((await this.checkWith(files, tip)).errors.length > 0) continue;
        const commit = await this.repository.buildCommit({ parent: tip, files, author, publisher: scheduler, message, date: at });
        const ref = scheduledRef(record.subject);
        await this.repository.setRemoteRef(ref, commit);
        const now = this.workflow.get(record.subject);
        if (now?.state === 'scheduled') this.workflow.set({ ...now, prepared: { commit, parent: tip, ref } });
      } catch (error) {
        if (!(error instanceof Refusal)) console.warn(`Scheduled publication of ${record.subject} not prepared: ${(error as Error).message}`);
      }
    }
  }

  /**
   * A scheduled publication at its minute: its prepared commit, when the published branch is still
   * the one it was built on (the release system has it built: only the switch remains); else
   * published as any other.
   */
  private async publishScheduled(record: WorkflowRecord): Promise<void> {
    const scheduler = this.schedulerOf(record);
    const prepared = record.prepared;
    if (prepared && (await this.repository.fetch()) === prepared.parent) {
      const { files, writers } = await this.compose(scheduler, record.subject, new Date(record.scheduledFor ?? this.now()));
      const inPrepared = await this.repository.versionsAt(prepared.commit, Object.keys(files));
      const same = Object.keys(files).every((file) => (files[file] ?? null) === (inPrepared[file] ?? null));
      if (same && (await this.repository.push(prepared.commit)) === 'pushed') {
        await this.afterPublication(scheduler, record.subject, files, prepared.commit);
        this.tell({ kind: 'published', subject: record.subject, by: scheduler, writers });
        return;
      }
    }
    await this.publish(scheduler, record.subject);
  }

  async unschedule(person: Person, subject: string) {
    const change = await this.change(subject);
    if (!allows(person.role, 'relecteur')) throw new Refusal('Seuls les relecteurs déprogramment une publication.');
    if (change.state !== 'scheduled') throw new Refusal('Ce changement n’est pas programmé.');
    const record = { ...(change.record as WorkflowRecord), state: 'approved' as const, scheduledFor: undefined, prepared: undefined };
    await this.dropPrepared(change.record);
    this.event(record, person, 'unscheduled');
    this.workflow.set(record);
  }

  /**
   * What publishing a change would put on the published branch: the versions of its files (with a
   * significant update's date, `at`'s day in Paris, and its note), the versions they replace, and
   * the commit's people and message. Refuses what may not be published, saying why.
   */
  private async compose(person: Person, subject: string, at: Date, unreviewed?: { reason: string } & Partial<SubmitOptions>) {
    const change = await this.change(subject);
    if (!allows(person.role, 'relecteur')) throw new Refusal('Seuls les relecteurs publient.');
    const record = change.record;
    if (unreviewed) {
      if (!unreviewed.reason.trim()) throw new Refusal('Une publication sans relecture demande sa raison, par écrit.');
      if (unreviewed.significant && (!unreviewed.changeNote?.fr.trim() || !unreviewed.changeNote.en.trim()))
        throw new Refusal('Une mise à jour importante a une note de changement en français et en anglais : écrivez les deux.');
    } else {
      if (change.state !== 'approved' && change.state !== 'scheduled')
        throw new Refusal(change.changedSinceSubmitted ? 'Ce changement a été modifié depuis sa relecture : il doit être relu à nouveau.' : 'Ce changement n’est pas approuvé.');
      this.mayReview(person, change);
    }
    const before = (await this.repository.published()) as string;
    const versions = await this.repository.versionsAt('HEAD', change.files);
    const base = record && !unreviewed ? record.base : await this.repository.versionsAt(before, change.files);
    const significant = unreviewed ? Boolean(unreviewed.significant) : Boolean(record?.significant);
    const changeNote = unreviewed ? unreviewed.changeNote : record?.changeNote;
    const writers = change.writers.length > 0 ? change.writers : [person];
    const author = record?.submitted?.by ?? writers[0] ?? person;
    const key = pageKeyOf(subject);
    const internal = (unreviewed ? unreviewed.note : record?.submitted?.note)?.trim();
    const trailers = [
      ...(unreviewed ? [`Published-without-review: ${unreviewed.reason.trim().replace(/\s+/g, ' ')}`] : [`Reviewed-by: ${record?.approved?.by.name} <${record?.approved?.by.email}>`]),
      ...writers.filter((writer) => writer.email !== author.email).map((writer) => `Co-authored-by: ${writer.name} <${writer.email}>`),
      `${EDITORIAL_ACTION_TRAILER}: publish`,
    ];
    const message = `${internal || `Publication: ${subject}`}\n\n${trailers.join('\n')}\n`;

    // A significant update dates its pages and adds its note: texts computed here, written once published.
    const files = { ...versions };
    if (significant && key !== undefined && changeNote) {
      const day = parisDay(at);
      for (const file of await this.pageFiles(key)) {
        const text = await this.repository.text(files[file] ?? (await this.repository.versionsAt('HEAD', [file]))[file] ?? null);
        if (text) files[file] = await this.repository.store(withUpdatedDate(text, day));
      }
      const notesFile = notesFileOf(key);
      const notes = await this.repository.text((await this.repository.versionsAt('HEAD', [notesFile]))[notesFile] ?? null);
      files[notesFile] = await this.repository.store(withUpdateNote(notes, { date: day, note: changeNote }));
    }
    return { base, files, author, message, writers: [...writers, ...(record?.submitted ? [record.submitted.by] : [])] };
  }

  /**
   * Publishes an approved change, or — by a reviewer, with a reason — a change nobody reviewed
   * (marked "not reviewed" until someone else reviews it). Answers the publication's commit.
   */
  async publish(person: Person, subject: string, unreviewed?: { reason: string } & Partial<SubmitOptions>): Promise<string> {
    // The list a publication without review goes on is read first: unreadable, nothing is published (it would go unrecorded).
    if (unreviewed) this.unreviewed();
    const { base, files, author, message, writers } = await this.compose(person, subject, this.now(), unreviewed);
    const commit = await this.land(person, author, subject, base, files, message);
    await this.afterPublication(person, subject, files, commit, unreviewed?.reason);
    this.tell({ kind: 'published', subject, by: person, writers });
    return commit;
  }

  /** The files of a page, in both languages, as the checkout has them. */
  private async pageFiles(key: string): Promise<string[]> {
    const candidates = ['fr', 'en'].flatMap((locale) => (key === '' ? [`content/${locale}/index.mdx`] : [`content/${locale}/${key}.mdx`, `content/${locale}/${key}/index.mdx`]));
    const versions = await this.repository.versionsAt('HEAD', candidates);
    return candidates.filter((file) => versions[file]);
  }

  /**
   * Puts files on the published branch: checked as the site will be, built on its newest commit,
   * pushed. If the remote moved meanwhile without touching these files, built again on top of it
   * (a rebase); if it changed them, stopped and explained — nothing forced, nothing lost.
   */
  private async land(publisher: Person, author: Identity, subject: string, base: Record<string, Version>, files: Record<string, Version>, message: string): Promise<string> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const tip = await this.repository.fetch();
      const there = await this.repository.versionsAt(tip, Object.keys(base));
      const moved = Object.keys(base).filter((file) => (there[file] ?? null) !== (base[file] ?? null));
      if (moved.length > 0) {
        const last = (await this.repository.publications(moved, 1))[0];
        throw new Refusal(
          `Publication arrêtée : ${moved.join(', ')} ${moved.length > 1 ? 'ont' : 'a'} changé sur le site publié depuis la relecture${last ? ` (${last.author.name}, le ${when(last.at)} : « ${last.subject} »)` : ''}. Rien n’a été publié ni perdu : le changement reste dans l’espace de rédaction ; faites-le relire à nouveau sur la version actuelle.`,
        );
      }
      const { errors } = await this.checkWith(files, tip);
      if (errors.length > 0) throw new Refusal(`Publication refusée : la vérification du contenu trouve ${errors.length} erreur${errors.length > 1 ? 's' : ''}.\n${errors.join('\n')}`);
      const commit = await this.repository.buildCommit({ parent: tip, files, author, publisher, message });
      if ((await this.repository.push(commit)) === 'pushed') return commit;
    }
    throw new Refusal(`Publication arrêtée : le dépôt distant change sans cesse pendant la publication de ${subject}. Rien n’a été perdu ; réessayez dans un instant.`);
  }

  /** After a publication: the checkout has what was published, the workflow forgets the change. */
  private async afterPublication(person: Person, subject: string, files: Record<string, Version>, commit: string, reasonWithoutReview?: string) {
    // The versions published, written into the checkout's own files (a significant update's date and note).
    let wrote = false;
    for (const [file, version] of Object.entries(files)) {
      const full = path.join(this.repository.root, file);
      const wanted = version ? await this.repository.text(version) : undefined;
      let current: string | undefined;
      try {
        current = readFileSync(full, 'utf8');
      } catch {
        current = undefined;
      }
      if (wanted === current) continue;
      if (wanted === undefined) rmSync(full, { force: true });
      else writeWhole(full, wanted);
      wrote = true;
    }
    if (wrote) await recordSave(this.repository.root, person, 'Publication');
    await this.repository.mergePublished(person);
    await this.dropPrepared(this.workflow.get(subject));
    this.workflow.delete(subject);
    if (reasonWithoutReview)
      this.writeUnreviewed([...this.unreviewed(), { commit, subject, publisher: { name: person.name, email: person.email }, reason: reasonWithoutReview.trim(), at: this.now().toISOString() }]);
  }

  unreviewed(): Unreviewed[] {
    return readUnreviewed(this.stateDir);
  }

  private writeUnreviewed(list: Unreviewed[]) {
    writeWhole(this.unreviewedFile, JSON.stringify(list, null, 1), { mode: 0o600 });
  }

  /** A publication made without review, reviewed afterwards by someone else. */
  markReviewed(person: Person, commit: string) {
    if (!allows(person.role, 'relecteur')) throw new Refusal('Seuls les relecteurs relisent.');
    const list = this.unreviewed();
    const entry = list.find((item) => item.commit === commit);
    if (!entry) throw new Refusal('Cette publication n’attend pas de relecture.');
    if (entry.publisher.email === person.email && !this.options.selfApproval) throw new Refusal('Vous avez publié sans relecture : quelqu’un d’autre doit relire cette publication.');
    this.writeUnreviewed(list.filter((item) => item.commit !== commit));
  }

  /** Publishes the scheduled changes whose time has come; answers what it published, and what it could not. */
  async runDue(): Promise<{ published: string[]; failed: { subject: string; reason: string }[] }> {
    const due = Object.values(this.workflow.all()).filter((record) => record.state === 'scheduled' && record.scheduledFor && new Date(record.scheduledFor).getTime() <= this.now().getTime());
    const published: string[] = [];
    const failed: { subject: string; reason: string }[] = [];
    for (const record of due) {
      try {
        await this.publishScheduled(record);
        published.push(record.subject);
      } catch (error) {
        const reason = error instanceof Refusal ? error.message : String(error);
        failed.push({ subject: record.subject, reason });
        const again = this.workflow.get(record.subject);
        if (again) {
          await this.dropPrepared(again);
          this.event(again, { name: 'Espace de rédaction', email: 'redaction@inserm.invalid' }, 'publication-refused', reason);
          this.workflow.set({ ...again, state: 'approved', scheduledFor: undefined, prepared: undefined });
        }
      }
    }
    return { published, failed };
  }

  /**
   * A past version of a page, brought back as a change in the checkout (saved under the person's
   * name): it is reviewed and published like any other.
   */
  async restore(person: Person, key: string, commit: string) {
    if (!allows(person.role, 'redacteur')) throw new Refusal('Votre rôle ne permet pas de modifier les pages.');
    pageNamed(key);
    versionNamed(commit);
    const files = await this.pageFiles(key);
    const named = files.length ? files : ['fr', 'en'].map((locale) => `content/${locale}/${key === '' ? 'index' : key}.mdx`);
    // Only a version the studio published of this page: not a commit of another branch, nor a change made outside the studio.
    const publication = (await this.repository.publications(named)).find((candidate) => candidate.commit === commit);
    if (!publication) throw new Refusal('Cette version n’est pas une publication de cette page : rien n’a été restauré.');
    if (publication.kind !== 'publish') throw new Refusal(`Cette version n’est pas une publication faite dans l’espace de rédaction : elle ne se restaure pas d’ici. Rien n’a été écrit.`);
    const then = await this.repository.versionsAt(commit, named);
    const texts: [string, string][] = [];
    for (const [file, version] of Object.entries(then)) {
      if (!version) continue;
      const text = await this.repository.text(version);
      // A version from before the site's dialect may hold what no page may hold now: refused, nothing written.
      const refusal = refusalOfSave(file, text);
      if (refusal)
        throw new Refusal(`Cette version ne peut pas être restaurée telle quelle : ${refusal.what} contient ce qu’aucune page ne peut contenir (${refusal.reasons.join(' ; ')}). Rien n’a été écrit.`);
      texts.push([file, text]);
    }
    if (texts.length === 0) throw new Refusal('Cette page n’existait pas dans cette version : rien n’a été restauré.');
    for (const [file, text] of texts) writeWhole(path.join(this.repository.root, file), text);
    await recordSave(this.repository.root, person, `Restore the version of ${commit.slice(0, 7)}`);
  }

  /**
   * Asks the release system to put the site back to a release that was online (an administrator):
   * a rollback request on the remote (refs/rollback/<moment>), answered in seconds, with no build.
   * The published branch stays as it is: its next publication goes online again.
   */
  async rollback(person: Person, commit: string): Promise<void> {
    if (!allows(person.role, 'administrateur')) throw new Refusal('Seul un administrateur remet en ligne une version précédente du site.');
    versionNamed(commit);
    const online = await onlineReleases(this.repository);
    if (!online.some((release) => release.commit === commit)) throw new Refusal('Cette version n’a jamais été en ligne : elle ne peut pas être remise en ligne.');
    await this.repository.setRemoteRef(`refs/rollback/${this.now().getTime()}`, commit);
  }

  /**
   * Reverts a publication in one step (an administrator, with a reason): its files go back to what
   * they were before it, as a publication of their own. Stops if they changed since.
   */
  async revert(person: Person, commit: string, reason: string): Promise<string> {
    if (!allows(person.role, 'administrateur')) throw new Refusal('Seul un administrateur annule une publication.');
    if (!reason.trim()) throw new Refusal('Donnez la raison de l’annulation.');
    versionNamed(commit);
    if (!(await this.repository.isPublished(commit))) throw new Refusal('Cette version n’est pas une publication du site : rien n’a été annulé.');
    const files = await this.repository.filesOf(commit);
    const after = await this.repository.versionsAt(commit, files);
    const before = await this.repository.versionsAt(`${commit}^`, files);
    const [publication] = await this.repository.publications(files, 200).then((list) => list.filter((p) => p.commit === commit));
    if (publication && publication.kind !== 'publish')
      throw new Refusal(`Seule une publication faite dans l’espace de rédaction s’annule d’ici : pour rétablir une page retirée, utilisez « Rétablir la page ». Rien n’a été annulé.`);
    const message = `Revert: ${publication?.subject ?? commit.slice(0, 7)}\n\n${reason.trim()}\n\nReverts: ${commit}\n${EDITORIAL_ACTION_TRAILER}: revert\n`;
    const landed = await this.land(person, person, `revert ${commit.slice(0, 7)}`, after, before, message);
    await this.afterPublication(person, `revert:${commit}`, before, landed);
    return landed;
  }

  /** Retires a page (both languages), or brings it back: an administrator's publication, with what the page says meanwhile. */
  async retire(person: Person, key: string, retirement: { note: { fr: string; en: string }; replacement?: string } | undefined): Promise<string> {
    if (!allows(person.role, 'administrateur')) throw new Refusal('Seul un administrateur retire une page ou la rétablit.');
    pageNamed(key);
    if (retirement?.replacement !== undefined) pageNamed(retirement.replacement);
    if (retirement && (!retirement.note.fr.trim() || !retirement.note.en.trim())) throw new Refusal('Dites aux visiteurs, en français et en anglais, pourquoi la page est retirée.');
    const tip = await this.repository.fetch();
    const candidates = ['fr', 'en'].flatMap((locale) => (key === '' ? [] : [`content/${locale}/${key}.mdx`, `content/${locale}/${key}/index.mdx`]));
    const there = await this.repository.versionsAt(tip, candidates);
    const files = candidates.filter((file) => there[file]);
    if (files.length === 0) throw new Refusal('Cette page n’est pas publiée.');
    const changed: Record<string, Version> = {};
    for (const file of files) {
      const locale = file.split('/')[1] as 'fr' | 'en';
      const text = await this.repository.text(there[file] ?? null);
      changed[file] = await this.repository.store(withRetirement(text, retirement && { date: parisDay(this.now()), note: retirement.note[locale], replacement: retirement.replacement }));
    }
    const message = `${retirement ? 'Retire' : 'Bring back'}: ${key}\n\n${retirement ? retirement.note.fr : 'La page est rétablie.'}\n\n${EDITORIAL_ACTION_TRAILER}: ${retirement ? 'retire' : 'bring-back'}\n`;
    const landed = await this.land(person, person, `retire ${key}`, there, changed, message);
    await this.afterPublication(person, `retire:${key}`, changed, landed);
    return landed;
  }
}
