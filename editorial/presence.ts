/**
 * Who has which file open in the studio, and since when: the studio's screens say so every few
 * seconds (studio/Presence.tsx), so that a person opening a page another is editing sees who and
 * since when. Kept in memory: after a restart, the screens say it again within seconds.
 */

/** A person is no longer counted as editing once their screen has been silent this long. */
const SILENT_MS = 30_000;

interface Here {
  name: string;
  since: number;
  lastSeen: number;
}

export class Presence {
  private readonly byFile = new Map<string, Map<string, Here>>();

  /** `email` has `file` open now; answers the others who have it open, the longest there first. */
  here(file: string, email: string, name: string, now = Date.now()): { name: string; since: Date }[] {
    let people = this.byFile.get(file);
    if (!people) {
      people = new Map();
      this.byFile.set(file, people);
    }
    for (const [other, { lastSeen }] of people) if (now - lastSeen > SILENT_MS) people.delete(other);
    const known = people.get(email);
    people.set(email, { name, since: known?.since ?? now, lastSeen: now });
    return [...people]
      .filter(([other]) => other !== email)
      .sort(([, a], [, b]) => a.since - b.since)
      .map(([, other]) => ({ name: other.name, since: new Date(other.since) }));
  }

  /** `email` left `file` (closed its screen, or signed out). */
  left(email: string, file?: string) {
    for (const [at, people] of this.byFile) if (file === undefined || at === file) people.delete(email);
  }
}
