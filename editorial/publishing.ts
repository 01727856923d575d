import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withRetirement, withUpdatedDate, withUpdateNote } from '@/lib/content';
import { checkWith } from '@/lib/editorial/check-change';
import { type Change, changesInProgress, isWriterOf, notesFileOf, pageKeyOf, readUnreviewed, type Unreviewed, unreviewedFile, Workflow, type WorkflowRecord } from '@/lib/editorial/changes';
import type { Identity, Repository, Version } from '@/lib/editorial/repository';
import { allows, type Person } from '@/lib/editorial/roles';
import { recordSave } from './git';

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

/** The time, for scheduling (tests give their own clock). */
export type Clock = () => Date;

/** Today in Paris, YYYY-MM-DD: the date a significant update gives its pages. */
const parisDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
const when = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso)).replace(/ (\d+):(\d+)$/, ' $1 h $2');

export interface SubmitOptions {
  note: string;
  significant: boolean;
  changeNote?: { fr: string; en: string };
}

export class Publishing {
  private readonly workflow: Workflow;
  private readonly unreviewedFile: string;

  constructor(
    private readonly repository: Repository,
    private readonly stateDir: string,
    private readonly options: { selfApproval: boolean; clock: Clock },
  ) {
    this.workflow = new Workflow(stateDir);
    this.unreviewedFile = unreviewedFile(stateDir);
  }

  private now() {
    return this.options.clock();
  }

  private async change(subject: string): Promise<Change> {
    const change = (await changesInProgress(this.repository, this.workflow)).find((candidate) => candidate.subject === subject);
    if (!change) throw new Refusal('Ce changement n’existe plus : il a peut-être été publié, ou ses fichiers sont revenus à la version publiée.');
    return change;
  }

  /** Whether a person may approve (or publish as reviewed) a change: a reviewer who did not write it (unless one person is allowed to). */
  private mayReview(person: Person, change: Change) {
    if (!allows(person.role, 'relecteur')) throw new Refusal('Seuls les relecteurs approuvent et publient.');
    if (isWriterOf(change, person) && !this.options.selfApproval)
      throw new Refusal('Vous avez écrit ce changement : un autre relecteur doit l’approuver. (Sans relecture, publiez-le en donnant la raison.)');
  }

  private event(record: WorkflowRecord, who: Identity, what: WorkflowRecord['events'][number]['what'], note?: string) {
    record.events.push({ at: this.now().toISOString(), who: { name: who.name, email: who.email }, what, ...(note ? { note } : {}) });
  }

  /** Sends a change for review: its versions now are the ones reviewed. */
  async submit(person: Person, subject: string, options: SubmitOptions) {
    if (!allows(person.role, 'redacteur')) throw new Refusal('Votre rôle ne permet pas de proposer un changement.');
    if (options.significant && (!options.changeNote?.fr.trim() || !options.changeNote.en.trim()))
      throw new Refusal('Une mise à jour importante a une note de changement en français et en anglais : écrivez les deux.');
    const change = await this.change(subject);
    const published = await this.repository.published();
    if (!published) throw new Refusal('La version publiée est inconnue : le dépôt distant n’a pas encore été lu.');
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
  }

  /** Back to its writers, with what to fix. */
  async sendBack(person: Person, subject: string, note: string) {
    const change = await this.change(subject);
    this.mayReview(person, change);
    if (change.state === 'draft') throw new Refusal('Ce changement n’est pas en relecture.');
    if (!note.trim()) throw new Refusal('Dites ce qu’il faut reprendre : la note est obligatoire pour renvoyer un changement.');
    const record = {
      ...(change.record as WorkflowRecord),
      state: 'draft' as const,
      approved: undefined,
      scheduledFor: undefined,
      sentBack: { by: { name: person.name, email: person.email }, at: this.now().toISOString(), note: note.trim() },
    };
    this.event(record, person, 'sent-back', note.trim());
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
      throw new Refusal(change.changedSinceSubmitted ? 'Ce changement a été modifié depuis son envoi en relecture : il doit être renvoyé.' : 'Ce changement n’est pas en relecture.');
    const { errors } = await this.checkWith(await this.repository.versionsAt('HEAD', change.files));
    if (errors.length > 0)
      throw new Refusal(`La vérification du contenu trouve ${errors.length} erreur${errors.length > 1 ? 's' : ''} : le changement ne peut pas être approuvé.\n${errors.join('\n')}`);
    const record = {
      ...(change.record as WorkflowRecord),
      state: 'approved' as const,
      approved: { by: { name: person.name, email: person.email }, at: this.now().toISOString() },
      sentBack: undefined,
    };
    this.event(record, person, 'approved');
    this.workflow.set(record);
  }

  async schedule(person: Person, subject: string, at: Date) {
    const change = await this.change(subject);
    if (!allows(person.role, 'relecteur')) throw new Refusal('Seuls les relecteurs programment une publication.');
    if (change.state !== 'approved' && change.state !== 'scheduled') throw new Refusal('Seul un changement approuvé peut être programmé.');
    if (Number.isNaN(at.getTime()) || at.getTime() <= this.now().getTime()) throw new Refusal('Choisissez une date et une heure à venir.');
    const record = { ...(change.record as WorkflowRecord), state: 'scheduled' as const, scheduledFor: at.toISOString() };
    this.event(record, person, 'scheduled', when(record.scheduledFor));
    this.workflow.set(record);
  }

  async unschedule(person: Person, subject: string) {
    const change = await this.change(subject);
    if (!allows(person.role, 'relecteur')) throw new Refusal('Seuls les relecteurs déprogramment une publication.');
    if (change.state !== 'scheduled') throw new Refusal('Ce changement n’est pas programmé.');
    const record = { ...(change.record as WorkflowRecord), state: 'approved' as const, scheduledFor: undefined };
    this.event(record, person, 'unscheduled');
    this.workflow.set(record);
  }

  /**
   * Publishes an approved change, or — by a reviewer, with a reason — a change nobody reviewed
   * (marked "not reviewed" until someone else reviews it). Answers the publication's commit.
   */
  async publish(person: Person, subject: string, unreviewed?: { reason: string } & Partial<SubmitOptions>): Promise<string> {
    const change = await this.change(subject);
    if (!allows(person.role, 'relecteur')) throw new Refusal('Seuls les relecteurs publient.');
    const record = change.record;
    if (unreviewed) {
      if (!unreviewed.reason.trim()) throw new Refusal('Une publication sans relecture demande sa raison, par écrit.');
      if (unreviewed.significant && (!unreviewed.changeNote?.fr.trim() || !unreviewed.changeNote.en.trim()))
        throw new Refusal('Une mise à jour importante a une note de changement en français et en anglais : écrivez les deux.');
    } else {
      if (change.state !== 'approved' && change.state !== 'scheduled')
        throw new Refusal(change.changedSinceSubmitted ? 'Ce changement a été modifié depuis sa relecture : il doit être relu à nouveau.' : 'Ce changement n’est pas approuvé.');
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
    ];
    const message = `${internal || `Publication: ${subject}`}\n\n${trailers.join('\n')}\n`;

    // A significant update dates its pages and adds its note: texts computed here, written once published.
    const files = { ...versions };
    if (significant && key !== undefined && changeNote) {
      const day = parisDay(this.now());
      for (const file of await this.pageFiles(key)) {
        const text = await this.repository.text(files[file] ?? (await this.repository.versionsAt('HEAD', [file]))[file] ?? null);
        if (text) files[file] = await this.repository.store(withUpdatedDate(text, day));
      }
      const notesFile = notesFileOf(key);
      const notes = await this.repository.text((await this.repository.versionsAt('HEAD', [notesFile]))[notesFile] ?? null);
      files[notesFile] = await this.repository.store(withUpdateNote(notes, { date: day, note: changeNote }));
    }
    const commit = await this.land(person, author, subject, base, files, message);
    await this.afterPublication(person, subject, files, commit, unreviewed?.reason);
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
          `Publication arrêtée : ${moved.join(', ')} ${moved.length > 1 ? 'ont' : 'a'} changé sur le site publié depuis la relecture${last ? ` (${last.author.name}, le ${when(last.at)} : « ${last.subject} »)` : ''}. Rien n’a été publié ni perdu : le changement reste dans l’espace de rédaction ; faites-le relire à nouveau sur la version actuelle.`,
        );
      }
      const { errors } = await this.checkWith(files, tip);
      if (errors.length > 0) throw new Refusal(`Publication refusée : la vérification du contenu trouve ${errors.length} erreur${errors.length > 1 ? 's' : ''}.\n${errors.join('\n')}`);
      const commit = await this.repository.buildCommit({ parent: tip, files, author, publisher, message });
      if ((await this.repository.push(commit)) === 'pushed') return commit;
    }
    throw new Refusal(`Publication arrêtée : le dépôt distant change sans cesse pendant la publication de ${subject}. Rien n’a été perdu ; réessayez dans un instant.`);
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
      else {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(`${full}.tmp`, wanted);
        renameSync(`${full}.tmp`, full);
      }
      wrote = true;
    }
    if (wrote) await recordSave(this.repository.root, person, 'Publication');
    await this.repository.mergePublished(person);
    this.workflow.delete(subject);
    if (reasonWithoutReview)
      this.writeUnreviewed([...this.unreviewed(), { commit, subject, publisher: { name: person.name, email: person.email }, reason: reasonWithoutReview.trim(), at: this.now().toISOString() }]);
  }

  unreviewed(): Unreviewed[] {
    return readUnreviewed(this.stateDir);
  }

  private writeUnreviewed(list: Unreviewed[]) {
    writeFileSync(this.unreviewedFile, JSON.stringify(list, null, 1), { mode: 0o600 });
  }

  /** A publication made without review, reviewed afterwards by someone else. */
  markReviewed(person: Person, commit: string) {
    if (!allows(person.role, 'relecteur')) throw new Refusal('Seuls les relecteurs relisent.');
    const list = this.unreviewed();
    const entry = list.find((item) => item.commit === commit);
    if (!entry) throw new Refusal('Cette publication n’attend pas de relecture.');
    if (entry.publisher.email === person.email && !this.options.selfApproval) throw new Refusal('Vous avez publié sans relecture : quelqu’un d’autre doit relire cette publication.');
    this.writeUnreviewed(list.filter((item) => item.commit !== commit));
  }

  /** Publishes the scheduled changes whose time has come; answers what it published, and what it could not. */
  async runDue(): Promise<{ published: string[]; failed: { subject: string; reason: string }[] }> {
    const due = Object.values(this.workflow.all()).filter((record) => record.state === 'scheduled' && record.scheduledFor && new Date(record.scheduledFor).getTime() <= this.now().getTime());
    const published: string[] = [];
    const failed: { subject: string; reason: string }[] = [];
    for (const record of due) {
      const scheduler = record.events.findLast((event) => event.what === 'scheduled')?.who ?? record.approved?.by;
      try {
        // The publication is the reviewer's who scheduled it; the approval stands as given.
        await this.publish({ ...(scheduler as Identity), role: 'relecteur' }, record.subject);
        published.push(record.subject);
      } catch (error) {
        const reason = error instanceof Refusal ? error.message : String(error);
        failed.push({ subject: record.subject, reason });
        const again = this.workflow.get(record.subject);
        if (again) {
          this.event(again, { name: 'Espace de rédaction', email: 'redaction@inserm.invalid' }, 'publication-refused', reason);
          this.workflow.set({ ...again, state: 'approved', scheduledFor: undefined });
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
    const files = await this.pageFiles(key);
    const then = await this.repository.versionsAt(commit, files.length ? files : ['fr', 'en'].map((locale) => `content/${locale}/${key}.mdx`));
    for (const [file, version] of Object.entries(then)) {
      if (!version) continue;
      writeFileSync(path.join(this.repository.root, file), await this.repository.text(version));
    }
    await recordSave(this.repository.root, person, `Restore the version of ${commit.slice(0, 7)}`);
  }

  /**
   * Reverts a publication in one step (an administrator, with a reason): its files go back to what
   * they were before it, as a publication of their own. Stops if they changed since.
   */
  async revert(person: Person, commit: string, reason: string): Promise<string> {
    if (!allows(person.role, 'administrateur')) throw new Refusal('Seul un administrateur annule une publication.');
    if (!reason.trim()) throw new Refusal('Donnez la raison de l’annulation.');
    const files = await this.repository.filesOf(commit);
    const after = await this.repository.versionsAt(commit, files);
    const before = await this.repository.versionsAt(`${commit}^`, files);
    const [publication] = await this.repository.publications(files, 50).then((list) => list.filter((p) => p.commit === commit));
    const message = `Revert: ${publication?.subject ?? commit.slice(0, 7)}\n\n${reason.trim()}\n\nReverts: ${commit}\n`;
    const landed = await this.land(person, person, `revert ${commit.slice(0, 7)}`, after, before, message);
    await this.afterPublication(person, `revert:${commit}`, before, landed);
    return landed;
  }

  /** Retires a page (both languages), or brings it back: an administrator's publication, with what the page says meanwhile. */
  async retire(person: Person, key: string, retirement: { note: { fr: string; en: string }; replacement?: string } | undefined): Promise<string> {
    if (!allows(person.role, 'administrateur')) throw new Refusal('Seul un administrateur retire une page ou la rétablit.');
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
    const message = `${retirement ? 'Retire' : 'Bring back'}: ${key}\n\n${retirement ? retirement.note.fr : 'La page est rétablie.'}\n`;
    const landed = await this.land(person, person, `retire ${key}`, there, changed, message);
    await this.afterPublication(person, `retire:${key}`, changed, landed);
    return landed;
  }
}
