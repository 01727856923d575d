'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { hourOf } from '@/lib/editorial/dates';
import { studioText } from '@/lib/editorial/words';

/** What the editorial server says of the screen open here (editorial/server.ts, /_editorial/presence). */
interface Here {
  person: { name: string; role?: string };
  signOut: boolean;
  /** What the bar's sign-out form carries back, as every form of the studio (studio/FormToken.tsx). */
  token: string;
  others: { name: string; since: string }[];
  /** This person's saves of this page refused, for someone else's change (or, `unsafe`, for what no page may hold). */
  refused: { id: string; at: string; unsafe?: boolean }[];
  /** What this person's last save of this page gave them to know, in French. */
  warnings?: string[];
  /** The editorial server's state could not be read (a kept text): said, naming the file, for an administrator. */
  stateProblem?: string;
}

const t = studioText.bar;
/** How often the screen says it is open: the others see it within seconds, and stop seeing it soon after it closes. */
const EVERY_MS = 10_000;
const time = hourOf;

/**
 * The bar above the studio: who is signed in (and signing out), who else has this page open and
 * since when, and this person's saves of it refused because someone else had changed it meanwhile,
 * with the way to compare and merge.
 */
export function EditorialBar() {
  const [here, setHere] = useState<Here | 'unreachable' | undefined>();
  useEffect(() => {
    let stopped = false;
    let path = '';
    let last = 0;
    const tell = async () => {
      try {
        const response = await fetch('/_editorial/presence', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ path: window.location.pathname }),
          cache: 'no-store',
        });
        if (!stopped) setHere(response.ok ? ((await response.json()) as Here) : 'unreachable');
      } catch {
        if (!stopped) setHere('unreachable');
      }
    };
    // Keystatic moves between its screens without loading a page: the address is watched, and said at once when it changes.
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (window.location.pathname !== path || now - last >= EVERY_MS) {
        path = window.location.pathname;
        last = now;
        void tell();
      }
    }, 1000);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);

  if (!here) return null;
  return (
    <div role="region" aria-label={t.label} className="editorial-bar">
      {here === 'unreachable' ? (
        <p role="status">{t.unreachable}</p>
      ) : (
        <>
          <p>
            <strong>{t.label}</strong> · {t.signedIn(here.person.name, t.roles[here.person.role ?? ''] ?? '')}
          </p>
          <div role="status" className="editorial-bar-news">
            {here.others.map((other) => (
              <p key={other.name} className="editorial-bar-warning">
                {t.alsoHere(other.name, time(other.since))}
              </p>
            ))}
            {here.refused.map((refused) => (
              <p key={refused.id} className="editorial-bar-alert">
                {refused.unsafe ? t.refusedUnsafe(time(refused.at)) : t.refused(time(refused.at))} <a href={`/fr/studio/fusion/${refused.id}`}>{refused.unsafe ? t.takeUp : t.merge}</a>
              </p>
            ))}
            {here.stateProblem && <p className="editorial-bar-alert">{here.stateProblem}</p>}
            {here.warnings?.map((warning) => (
              <p key={warning} className="editorial-bar-warning">
                <strong>{t.warning}</strong> {warning}
              </p>
            ))}
          </div>
          <Link href="/fr/studio/changements" className="editorial-bar-link">
            {t.changes}
          </Link>
          {here.signOut && (
            <form method="post" action="/auth/logout">
              <input type="hidden" name="token" value={here.token} />
              <button type="submit">{t.signOut}</button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
