import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Identity, Repository, Version } from './repository';
import { readState } from './state';
import { pageKeyOfFile } from '../content';
import { writeWhole } from '../write-whole';

/**
 * The changes in progress: what the team has saved and not yet published, grouped by what it
 * changes — a page (its French and English versions, and its change notes, together) or a data file
 * — with where each stands in the workflow: draft → submitted for review → approved (→ scheduled)
 * → published; sent back to draft with a note. The published branch and the checkout's saves say
 * what differs; the workflow's records (who submitted, approved, sent back, with which notes, for
 * which exact versions) are kept in the editorial server's state directory.
 */

type ChangeState = 'draft' | 'submitted' | 'approved' | 'scheduled';

const EVENTS = ['submitted', 'sent-back', 'approved', 'scheduled', 'unscheduled', 'published', 'publication-refused', 'notes-edited'] as const;

interface WorkflowEvent {
  at: string;
  who: Identity;
  what: (typeof EVENTS)[number];
  note?: string;
}

/** What the workflow knows of a change beyond its files. */
export interface WorkflowRecord {
  subject: string;
  state: Exclude<ChangeState, 'draft'> | 'draft';
  /** The versions submitted (then approved): a save after them sends the change back to draft. */
  files: Record<string, Version>;
  /** The published versions of the same files when submitted: if the published branch has others by publication time, it stops. */
  base: Record<string, Version>;
  submitted?: { by: Identity; at: string; note: string };
  approved?: { by: Identity; at: string };
  sentBack?: { by: Identity; at: string; note: string };
  /** The versions last reviewed (sent back or approved), and by whom: a new round shows what changed since. */
  reviewed?: { by: Identity; at: string; files: Record<string, Version> };
  scheduledFor?: string;
  /**
   * A scheduled publication, prepared: the commit it will be (dated its minute), on the published
   * commit it was built on, handed to the release system to build ahead of time (refs/scheduled/*).
   */
  prepared?: { commit: string; parent: string; ref: string };
  /** A significant update carries a public change note in both languages; a minor correction none. */
  significant: boolean;
  changeNote?: { fr: string; en: string };
  events: WorkflowEvent[];
}

export interface Change {
  subject: string;
  /** Its files, under content/, that differ from what is published. */
  files: string[];
  writers: Identity[];
  /** When it was first saved since the last publication. */
  since?: string;
  state: ChangeState;
  record?: WorkflowRecord;
  /** Saved again since it was submitted: back to draft. */
  changedSinceSubmitted: boolean;
}

/** What a file of content/ belongs to: `page:<key>` (both languages and its notes), `data:<name>`, or itself. */
export function subjectOf(file: string): string {
  const page = pageKeyOfFile(file);
  if (page !== undefined) return `page:${page}`;
  const notes = /^content\/updates\/(.+)\.yaml$/.exec(file);
  if (notes) return `page:${(notes[1] ?? '').replace(/(^|\/)index$/, '')}`;
  const data = /^content\/data\/(.+)\.yaml$/.exec(file);
  if (data) return `data:${data[1]}`;
  return `file:${file}`;
}

/** The key of the page a subject names, when it names one. */
export const pageKeyOf = (subject: string) => (subject.startsWith('page:') ? subject.slice('page:'.length) : undefined);

/** The change notes' file of a page. */
export const notesFileOf = (key: string) => `content/updates/${key === '' ? 'index' : key}.yaml`;

/** What the workflow's file must hold (lib/editorial/state.ts): checked at each read. */
const identity = z.object({ name: z.string(), email: z.string() });
const versions = z.record(z.string(), z.string().nullable());
const recordSchema = z.object({
  subject: z.string(),
  state: z.enum(['draft', 'submitted', 'approved', 'scheduled']),
  files: versions,
  base: versions,
  submitted: z.object({ by: identity, at: z.string(), note: z.string() }).optional(),
  approved: z.object({ by: identity, at: z.string() }).optional(),
  sentBack: z.object({ by: identity, at: z.string(), note: z.string() }).optional(),
  reviewed: z.object({ by: identity, at: z.string(), files: versions }).optional(),
  scheduledFor: z.string().optional(),
  prepared: z.object({ commit: z.string(), parent: z.string(), ref: z.string() }).optional(),
  // (Records written before a change had public notes or a history read as having none.)
  significant: z.boolean().default(false),
  changeNote: z.object({ fr: z.string(), en: z.string() }).optional(),
  events: z.array(z.object({ at: z.string(), who: identity, what: z.enum(EVENTS), note: z.string().optional() })).default([]),
}) satisfies z.ZodType<WorkflowRecord, unknown>;

export class Workflow {
  private readonly file: string;

  constructor(stateDir: string) {
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    this.file = path.join(stateDir, 'workflow.json');
  }

  /** Every record; an unreadable file refuses (UnreadableState), naming it, never reads as no record. */
  all(): Record<string, WorkflowRecord> {
    return readState(this.file, z.record(z.string(), recordSchema), {});
  }

  get(subject: string): WorkflowRecord | undefined {
    return this.all()[subject];
  }

  set(record: WorkflowRecord) {
    this.write({ ...this.all(), [record.subject]: record });
  }

  delete(subject: string) {
    const records = this.all();
    delete records[subject];
    this.write(records);
  }

  private write(records: Record<string, WorkflowRecord>) {
    writeWhole(this.file, JSON.stringify(records, null, 1), { mode: 0o600 });
  }
}

const sameVersions = (a: Record<string, Version>, b: Record<string, Version>) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
};

/** The changes in progress, newest first, each with its state: a change saved again since it was submitted is a draft again. */
export async function changesInProgress(repository: Repository, workflow: Workflow): Promise<Change[]> {
  const published = await repository.published();
  if (!published) return [];
  const differing = await repository.differingFiles(published);
  const bySubject = new Map<string, string[]>();
  for (const file of differing) bySubject.set(subjectOf(file), [...(bySubject.get(subjectOf(file)) ?? []), file]);
  const records = workflow.all();
  const changes = await Promise.all(
    [...bySubject].map(async ([subject, files]): Promise<Change> => {
      const record = records[subject];
      const versions = await repository.versionsAt('HEAD', files);
      const changedSinceSubmitted = Boolean(record && record.state !== 'draft' && !sameVersions(record.files, versions));
      const state: ChangeState = !record || changedSinceSubmitted ? 'draft' : record.state;
      return { subject, files, writers: await repository.writersSince(published, files), since: await repository.firstSaveSince(published, files), state, record, changedSinceSubmitted };
    }),
  );
  return changes.sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''));
}

/** A publication made without review, until someone else reviews it afterwards. */
export interface Unreviewed {
  commit: string;
  subject: string;
  publisher: Identity;
  reason: string;
  at: string;
}

export const unreviewedFile = (stateDir: string) => path.join(stateDir, 'unreviewed.json');

const unreviewedSchema = z.array(z.object({ commit: z.string(), subject: z.string(), publisher: identity, reason: z.string(), at: z.string() })) satisfies z.ZodType<Unreviewed[]>;

/** The publications still to review afterwards: an audit trail, so an unreadable file refuses (UnreadableState), never reads as none. */
export function readUnreviewed(stateDir: string): Unreviewed[] {
  return readState(unreviewedFile(stateDir), unreviewedSchema, []);
}

/** Whether a person wrote any of a change: the person who approves is not one who wrote. */
export const isWriterOf = (change: Pick<Change, 'writers'>, who: Identity) => change.writers.some((writer) => writer.email.toLowerCase() === who.email.toLowerCase());
