import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import { openContent } from '@/lib/content';
import { pageKeyOf } from '@/lib/editorial/changes';
import { momentOf } from '@/lib/editorial/dates';
import { DATA_NAMES, writeWhole } from '@/lib/editorial/files';
import type { Identity, Repository } from '@/lib/editorial/repository';
import { releaseFailures } from '@/lib/editorial/releases';
import { editorialWords } from '@/lib/editorial/words';

const m = editorialWords.mails;

/**
 * Who is told, by e-mail, that something awaits them: the reviewers that a change awaits their
 * review; its writers that it was sent back, approved or published; the administrators that a
 * release failed. In French, with the link to the screen concerned, through the institution's SMTP
 * server (nodemailer). Off when no SMTP server is set. A mail that cannot be sent never stops the
 * action that caused it: it is logged, and the screens still say everything the mail would.
 */

/** What happened, as the publishing workflow says it. */
export type Notice =
  | { kind: 'submitted'; subject: string; by: Identity; note?: string }
  | { kind: 'sent-back'; subject: string; by: Identity; note: string; writers: Identity[] }
  | { kind: 'approved'; subject: string; by: Identity; writers: Identity[] }
  | { kind: 'published'; subject: string; by: Identity; writers: Identity[] };

export interface NotifyOptions {
  transport: Transporter;
  /** The sender: `Espace de rédaction <redaction@inserm.fr>`. */
  from: string;
  /** The editorial server's address as people type it, for the links. */
  base: string;
  /** The checkout, to name a page by its French title. */
  root: string;
  /** The addresses of the reviewers and of the administrators, as the roles say now. */
  reviewers: () => string[];
  administrators: () => string[];
  stateDir: string;
}

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

export class Notifier {
  constructor(private readonly options: NotifyOptions) {}

  /** The SMTP transport of the settings, or nothing when none is set (notifications off). */
  static transportOf(url: string | undefined): Transporter | undefined {
    return url ? nodemailer.createTransport(url) : undefined;
  }

  private label(subject: string): string {
    const key = pageKeyOf(subject);
    if (key !== undefined) {
      const content = openContent({ root: this.options.root, mode: 'check' });
      const title = content.pageByKey('fr', key)?.frontmatter.title ?? content.retired.find((page) => page.key === key && page.locale === 'fr')?.frontmatter.title;
      return m.page(title ?? key);
    }
    const data = subject.replace(/^data:/, '');
    return m.dataFile(DATA_NAMES[data] ?? data);
  }

  private link(subject: string) {
    return `${this.options.base}/fr/studio/changements/${encodeURIComponent(subject)}`;
  }

  /** The mail of a notice: to whom, its subject line and text; nobody is told of their own action. */
  mailOf(notice: Notice): { to: string[]; subject: string; text: string } | undefined {
    const what = this.label(notice.subject);
    const link = this.link(notice.subject);
    const others = (people: readonly Identity[]) => [...new Set(people.map((person) => person.email.toLowerCase()))].filter((email) => email !== notice.by.email.toLowerCase());
    const sign = `${m.signature}${m.why}`;
    switch (notice.kind) {
      case 'submitted':
        return {
          to: others(this.options.reviewers().map((email) => ({ email, name: '' }))),
          subject: m.submitted.subject(what),
          text: m.submitted.text(notice.by.name, what, notice.note, link) + sign,
        };
      case 'sent-back':
        return {
          to: others(notice.writers),
          subject: m.sentBack.subject(what),
          text: m.sentBack.text(notice.by.name, what, notice.note, link) + sign,
        };
      case 'approved':
        return {
          to: others(notice.writers),
          subject: m.approved.subject(what),
          text: m.approved.text(notice.by.name, what, link) + sign,
        };
      case 'published':
        return {
          to: others(notice.writers),
          subject: m.published.subject(what),
          text: m.published.text(notice.by.name, what, `${this.options.base}/fr/studio/historique${pageKeyOf(notice.subject) ? `/${pageKeyOf(notice.subject)}` : ''}`) + sign,
        };
    }
  }

  /** Tells those concerned; answers once the mail is handed to the SMTP server, or was not (logged). */
  async notify(notice: Notice): Promise<void> {
    const mail = this.mailOf(notice);
    if (!mail || mail.to.length === 0) return;
    await this.send(mail);
  }

  private async send(mail: { to: string[]; subject: string; text: string }) {
    try {
      await this.options.transport.sendMail({ from: this.options.from, to: mail.to, subject: mail.subject, text: mail.text });
    } catch (error) {
      console.error(`Notification not sent (${mail.subject}) to ${mail.to.join(', ')}: ${(error as Error).message}`);
    }
  }

  /**
   * Tells the administrators of each release failure they were not told of yet. The failures known
   * when notifications are first turned on are taken as told (nobody gets the past by mail). An
   * unreadable record is not read as empty (everyone would get every failure again): it is said,
   * naming the file, and nothing is sent until it is mended.
   */
  async releaseFailures(repository: Repository): Promise<void> {
    const file = path.join(this.options.stateDir, 'notified-failures.json');
    const failures = await releaseFailures(repository);
    const keyOf = (failure: { commit: string; at: string }) => `${failure.commit}@${failure.at}`;
    let told: Set<string>;
    let before = -1;
    if (!existsSync(file)) told = new Set(failures.map(keyOf));
    else {
      const read = z.array(z.string()).safeParse(readJson(file));
      if (!read.success) {
        console.error(`${file}: unreadable record of the release failures already told / liste illisible des échecs déjà signalés: no notification sent until it is mended or removed.`);
        return;
      }
      told = new Set(read.data);
      before = told.size;
      for (const failure of failures.filter((candidate) => !told.has(keyOf(candidate)))) {
        const to = this.options.administrators();
        if (to.length > 0)
          await this.send({
            to,
            subject: m.releaseFailed.subject,
            text: m.releaseFailed.text(momentOf(failure.at), failure.machine, failure.reason ?? '', `${this.options.base}/fr/studio/changements`) + m.signature,
          });
        told.add(keyOf(failure));
      }
    }
    if (told.size !== before) writeWhole(file, `${JSON.stringify([...told])}\n`);
  }
}
