import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import session from 'express-session';
import { z } from 'zod';
import { type Person, ROLES } from '@/lib/editorial/roles';
import { writeWhole } from '@/lib/write-whole';

/** How long a sign-in lasts: a working day, whatever the person does meanwhile. */
const WORKING_DAY_MS = 10 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'inserm_redaction';

declare module 'express-session' {
  interface SessionData {
    /** Who is signed in, with their role (none: signed in, but refused everywhere). */
    person: Person;
    /** The ID token, for signing out at the identity provider too. */
    idToken: string;
    /** A sign-in under way: what the callback must find again (PKCE verifier, state, nonce), and where to go after. */
    signIn: { verifier: string; state: string; nonce: string; back: string };
    /** For each file this person has opened, the version (git blob) they opened: what a save of it must still find. */
    seen: Record<string, string>;
    /** What this session's forms carry (editorial/server.ts): a form that does not is not from this person's screen. */
    formToken: string;
  }
}

/**
 * What a session must hold to be one: an expiry, and, once signed in, a person as the sign-in made
 * them. Anything else in it is express-session's or ours, and kept as it is.
 */
const storedSession = z.looseObject({
  cookie: z.looseObject({ expires: z.union([z.string(), z.null()]).optional() }),
  person: z.strictObject({ email: z.string().min(3), name: z.string(), role: z.enum(ROLES).optional() }).optional(),
});

/**
 * The sessions the file holds. Failing closed: a file that cannot be read signs everybody out
 * (each signs in again; nothing else is lost), and a session that is not what a sign-in writes is
 * dropped, never taken for someone's. The administrator is told, in the server's log.
 */
export function readSessions(file: string): Record<string, session.SessionData> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`${file}: unreadable (${(error as Error).message}); everyone signs in again.`);
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    console.warn(`${file}: not a list of sessions; everyone signs in again.`);
    return {};
  }
  const kept: Record<string, session.SessionData> = {};
  for (const [id, entry] of Object.entries(data)) {
    if (storedSession.safeParse(entry).success) kept[id] = entry as session.SessionData;
    else console.warn(`${file}: session ${id.slice(0, 6)}… is not one the sign-in wrote; dropped.`);
  }
  return kept;
}

/**
 * The sessions, kept in a file of the state directory (readable by this server's user only) so that a
 * restart signs nobody out. express-session's own store keeps them in memory and warns against it
 * in production; the team is a handful of people, so one JSON file written atomically is enough.
 */
class FileSessionStore extends session.Store {
  private readonly file: string;
  private sessions: Record<string, session.SessionData>;
  /**
   * The sessions ended (signed out), until they would have expired anyway. express-session saves a
   * session a request changed when that request's answer ends: a request still under way at sign-out
   * (Keystatic reading a file) would otherwise write the ended session back, and its cookie, replayed,
   * would sign its holder in again. Kept in memory only: a restart ends every request under way too.
   */
  private readonly ended = new Map<string, number>();

  constructor(stateDir: string) {
    super();
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    this.file = path.join(stateDir, 'sessions.json');
    this.sessions = readSessions(this.file);
  }

  private expired(data: session.SessionData) {
    const expires = data.cookie?.expires ? new Date(data.cookie.expires).getTime() : 0;
    return expires <= Date.now();
  }

  private save() {
    for (const [id, data] of Object.entries(this.sessions)) if (this.expired(data)) delete this.sessions[id];
    writeWhole(this.file, JSON.stringify(this.sessions), { mode: 0o600 });
  }

  get(sid: string, callback: (err: unknown, session?: session.SessionData | null) => void) {
    const data = this.sessions[sid];
    callback(null, data && !this.expired(data) ? data : null);
  }

  set(sid: string, data: session.SessionData, callback?: (err?: unknown) => void) {
    for (const [id, until] of this.ended) if (until <= Date.now()) this.ended.delete(id);
    if (this.ended.has(sid)) return callback?.();
    this.sessions[sid] = data;
    try {
      this.save();
      callback?.();
    } catch (error) {
      callback?.(error);
    }
  }

  destroy(sid: string, callback?: (err?: unknown) => void) {
    this.ended.set(sid, Date.now() + WORKING_DAY_MS);
    delete this.sessions[sid];
    try {
      this.save();
      callback?.();
    } catch (error) {
      callback?.(error);
    }
  }
}

/**
 * The session middleware: a cookie `Secure; HttpOnly; SameSite=Lax` that names a session kept on the
 * server, signed with the configured secret (a forged or altered cookie names no session), expiring
 * a working day after sign-in (not renewed by activity: `rolling: false`).
 */
export function sessions(secret: string, stateDir: string) {
  return session({
    name: SESSION_COOKIE,
    secret,
    store: new FileSessionStore(stateDir),
    resave: false,
    saveUninitialized: false,
    rolling: false,
    // TLS ends in front of this server (deploy/): it says so with X-Forwarded-Proto.
    proxy: true,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: WORKING_DAY_MS, path: '/' },
  });
}
