import { momentOf, parisDayOf } from '@/lib/editorial/dates';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { filesOfPage, withRetirement, withUpdatedDate, withUpdateNote } from '@/lib/content';
import { PAGE_KEY_PATTERN } from '@/lib/content/schemas';
import { isObjectName, nameOfFileInSentence, refusalOfSave, titleInText, writeWhole } from '@/lib/editorial/files';
import { checkWith } from '@/lib/editorial/check-change';
import { type Change, changesInProgress, notesFileOf, pageKeyOf, readUnreviewed, type Unreviewed, unreviewedFile, Workflow, type WorkflowRecord } from '@/lib/editorial/changes';
import { onlineReleases } from '@/lib/editorial/releases';
import { EDITORIAL_ACTION_TRAILER, type Identity, type Repository, STUDIO_IDENTITY, type Version } from '@/lib/editorial/repository';
import type { Person } from '@/lib/editorial/roles';
import { type ActionName, refusalOf, type Situation } from '@/lib/editorial/actions';
import { editorialWords } from '@/lib/editorial/words';
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

const r = editorialWords.refusals;

/** A version named by a form: a full object name, never anything git would read otherwise (`--output=…`, `HEAD~3`). */
function versionNamed(commit: string): string {
  if (!isObjectName(commit)) throw new Refusal(r.unknownVersion);
  return commit;
}

/** A page named by a form: its key (`''`, the home page), never a path. */
function pageNamed(key: string): string {
  if (key !== '' && !PAGE_KEY_PATTERN.test(key)) throw new Refusal(r.unknownPage);
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
    if (!change) throw new Refusal(r.noChange);
    return change;
  }

  /** Refuses, saying why, what the screens would not have offered this person (lib/editorial/actions.ts). */
  private may(action: ActionName, person: Person, situation: Omit<Situation, 'selfApproval'> = {}) {
    const refusal = refusalOf(action, person, { ...situation, selfApproval: this.options.selfApproval });
    if (refusal) throw new Refusal(refusal);
  }

  private event(record: WorkflowRecord, who: Identity, what: WorkflowRecord['events'][number]['what'], note?: string) {
    record.events.push({ at: this.now().toISOString(), who: { name: who.name, email: who.email }, what, ...(note ? { note } : {}) });
  }

  /** Sends a change for review: its versions now are the ones reviewed. */
  async submit(person: Person, subject: string, options: SubmitOptions) {
    this.may('changes/submit', person, { change: { state: 'draft', writers: [], changedSinceSubmitted: false } });
    if (options.significant && (!options.changeNote?.fr.trim() || !options.changeNote.en.trim())) throw new Refusal(r.bothNotes);
    const change = await this.change(subject);
    this.may('changes/submit', person, { change });
    const published = await this.repository.published();
    if (!published) throw new Refusal(r.publishedUnknown);
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
    // Its verdict is worked out now, for the review screen, the approval and the build to find (lib/editorial/check-change.ts).
    void this.checkWith(record.files, published).catch(() => undefined);
    this.tell({ kind: 'submitted', subject, by: person, note: record.submitted?.note || undefined });
  }

  /** Back to its writers, with what to fix. */
  async sendBack(person: Person, subject: string, note: string) {
    const change = await this.change(subject);
    this.may('changes/send-back', person, { change });
    if (!note.trim()) throw new Refusal(r.sendBackNote);
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
    this.may('changes/notes', person, { change });
    if (!change.record) throw new Refusal(r.notUnderReview);
    if (options.significant && (!options.changeNote?.fr.trim() || !options.changeNote.en.trim())) throw new Refusal(r.bothNotes);
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
    if (!published) throw new Refusal(r.publishedUnknown);
    return checkWith(this.repository, published, files);
  }

  async approve(person: Person, subject: string) {
    const change = await this.change(subject);
    this.may('changes/approve', person, { change });
    const { errors } = await this.checkWith(await this.repository.versionsAt('HEAD', change.files));
    if (errors.length > 0) throw new Refusal(r.checkRefusesApproval(errors));
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
    this.may('changes/schedule', person, { change });
    if (Number.isNaN(at.getTime()) || at.getTime() <= this.now().getTime()) throw new Refusal(r.futureTime);
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
    this.may('changes/unschedule', person, { change });
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
    const record = change.record;
    if (unreviewed) {
      this.may('changes/publish-unreviewed', person, { change });
      if (!unreviewed.reason.trim()) throw new Refusal(r.unreviewedReason);
      if (unreviewed.significant && (!unreviewed.changeNote?.fr.trim() || !unreviewed.changeNote.en.trim())) throw new Refusal(r.bothNotes);
    } else this.may('changes/publish', person, { change });
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
    const candidates = filesOfPage(key);
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
        const named = await Promise.all(moved.map(async (file) => nameOfFileInSentence(file, titleInText(file, await this.repository.text(there[file] ?? null)))));
        throw new Refusal(r.movedSinceReview(named, last && { name: last.author.name, at: when(last.at) }));
      }
      const { errors } = await this.checkWith(files, tip);
      if (errors.length > 0) throw new Refusal(r.checkRefusesPublication(errors));
      const commit = await this.repository.buildCommit({ parent: tip, files, author, publisher, message });
      if ((await this.repository.push(commit)) === 'pushed') return commit;
    }
    throw new Refusal(r.remoteBusy(subject));
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
    if (wrote) await this.repository.recordSave(person, 'Publication');
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
    this.may('publications/reviewed', person);
    const list = this.unreviewed();
    const entry = list.find((item) => item.commit === commit);
    if (!entry) throw new Refusal(r.notWaitingReview);
    this.may('publications/reviewed', person, { publisher: entry.publisher });
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
          this.event(again, STUDIO_IDENTITY, 'publication-refused', reason);
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
    this.may('history/restore', person, { publicationKind: 'publish' });
    pageNamed(key);
    versionNamed(commit);
    const files = await this.pageFiles(key);
    const named = files.length ? files : filesOfPage(key);
    // Only a version the studio published of this page: not a commit of another branch, nor a change made outside the studio.
    const publication = (await this.repository.publications(named)).find((candidate) => candidate.commit === commit);
    if (!publication) throw new Refusal(r.notThisPagesPublication);
    this.may('history/restore', person, { publicationKind: publication.kind });
    const then = await this.repository.versionsAt(commit, named);
    const texts: [string, string][] = [];
    for (const [file, version] of Object.entries(then)) {
      if (!version) continue;
      const text = await this.repository.text(version);
      // A version from before the site's dialect may hold what no page may hold now: refused, nothing written.
      const refusal = refusalOfSave(file, text);
      if (refusal) throw new Refusal(r.cannotRestore(refusal.what, refusal.reasons));
      texts.push([file, text]);
    }
    if (texts.length === 0) throw new Refusal(r.pageAbsentThen);
    for (const [file, text] of texts) writeWhole(path.join(this.repository.root, file), text);
    await this.repository.recordSave(person, `Restore the version of ${commit.slice(0, 7)}`);
  }

  /**
   * Asks the release system to put the site back to a release that was online (an administrator):
   * a rollback request on the remote (refs/rollback/<moment>), answered in seconds, with no build.
   * The published branch stays as it is: its next publication goes online again.
   */
  async rollback(person: Person, commit: string): Promise<void> {
    this.may('releases/rollback', person);
    versionNamed(commit);
    const online = await onlineReleases(this.repository);
    if (!online.some((release) => release.commit === commit)) throw new Refusal(r.neverOnline);
    await this.repository.setRemoteRef(`refs/rollback/${this.now().getTime()}`, commit);
  }

  /**
   * Reverts a publication in one step (an administrator, with a reason): its files go back to what
   * they were before it, as a publication of their own. Stops if they changed since.
   */
  async revert(person: Person, commit: string, reason: string): Promise<string> {
    this.may('history/revert', person, { publicationKind: 'publish' });
    if (!reason.trim()) throw new Refusal(r.revertReason);
    versionNamed(commit);
    if (!(await this.repository.isPublished(commit))) throw new Refusal(r.notAPublication);
    const files = await this.repository.filesOf(commit);
    const after = await this.repository.versionsAt(commit, files);
    const before = await this.repository.versionsAt(`${commit}^`, files);
    const [publication] = await this.repository.publications(files, 200).then((list) => list.filter((p) => p.commit === commit));
    if (publication) this.may('history/revert', person, { publicationKind: publication.kind });
    const message = `Revert: ${publication?.subject ?? commit.slice(0, 7)}\n\n${reason.trim()}\n\nReverts: ${commit}\n${EDITORIAL_ACTION_TRAILER}: revert\n`;
    const landed = await this.land(person, person, `revert ${commit.slice(0, 7)}`, after, before, message);
    await this.afterPublication(person, `revert:${commit}`, before, landed);
    return landed;
  }

  /** Retires a page (both languages), or brings it back: an administrator's publication, with what the page says meanwhile. */
  async retire(person: Person, key: string, retirement: { note: { fr: string; en: string }; replacement?: string } | undefined): Promise<string> {
    this.may(retirement ? 'pages/retire' : 'pages/bring-back', person);
    pageNamed(key);
    if (retirement?.replacement !== undefined) pageNamed(retirement.replacement);
    if (retirement && (!retirement.note.fr.trim() || !retirement.note.en.trim())) throw new Refusal(r.retireNotes);
    const tip = await this.repository.fetch();
    // The home page is never retired.
    const candidates = key === '' ? [] : filesOfPage(key);
    const there = await this.repository.versionsAt(tip, candidates);
    const files = candidates.filter((file) => there[file]);
    if (files.length === 0) throw new Refusal(r.notPublished);
    const changed: Record<string, Version> = {};
    for (const file of files) {
      const locale = file.split('/')[1] as 'fr' | 'en';
      const text = await this.repository.text(there[file] ?? null);
      changed[file] = await this.repository.store(withRetirement(text, retirement && { date: parisDay(this.now()), note: retirement.note[locale], replacement: retirement.replacement }));
    }
    const message = `${retirement ? 'Retire' : 'Bring back'}: ${key}\n\n${retirement ? retirement.note.fr : editorialWords.records.broughtBack}\n\n${EDITORIAL_ACTION_TRAILER}: ${retirement ? 'retire' : 'bring-back'}\n`;
    const landed = await this.land(person, person, `retire ${key}`, there, changed, message);
    await this.afterPublication(person, `retire:${key}`, changed, landed);
    return landed;
  }
}
