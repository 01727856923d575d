'use client';

import Link from 'next/link';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { routing } from '@/i18n/routing';
import { studioText } from '@/lib/editorial/words';
import type { TranslationInfo } from './actions';

const t = studioText.translation;
/** How often the form reads the state again: a save of the French page shows on its English twin within seconds. */
const REFRESH_MS = 4000;
const ENTRY = /\/collection\/([a-z]{2})\/item\/(.+)$/;
/** The page being edited, from Keystatic's address: `en/strategy`; null for a page not saved yet. */
const entryOf = (pathname: string) => {
  const match = decodeURIComponent(pathname).match(ENTRY);
  return match ? `${match[1]}/${match[2]}` : null;
};
const unchanging = () => () => {};

const box = {
  display: 'grid',
  gap: '0.5rem',
  padding: '0.75rem 1rem',
  borderRadius: 6,
  border: '1px solid var(--kui-color-border-neutral, #c8c8c8)',
  color: 'var(--kui-color-foreground-neutral-emphasis, #2c2c2c)',
  fontFamily: 'var(--kui-typography-font-family-base, system-ui)',
  fontSize: '0.875rem',
  lineHeight: 1.5,
} as const;
const link = { color: 'var(--kui-color-foreground-accent, #3451b2)', fontWeight: 600, textDecoration: 'underline' } as const;
const button = {
  justifySelf: 'start',
  padding: '0.375rem 0.75rem',
  borderRadius: 6,
  border: '1px solid var(--kui-color-foreground-accent, #3451b2)',
  background: 'transparent',
  color: 'var(--kui-color-foreground-accent, #3451b2)',
  font: 'inherit',
  fontWeight: 600,
  cursor: 'pointer',
} as const;

/**
 * The `translatedFrom` field of a page in the studio: where the page's translation stands, read from
 * content/ (app/api/studio/translation) and read again every few seconds, so that saving a French
 * page shows its English twin as outdated. On a translation, "Marquer la traduction comme à jour"
 * sets the field to the original's fingerprint, written with the page's next save.
 */
export function TranslationInput({ value, onChange }: { value: string | null; onChange(value: string | null): void }) {
  const labelId = useId();
  const entry = useSyncExternalStore(
    unchanging,
    () => entryOf(window.location.pathname),
    () => undefined,
  );
  const [info, setInfo] = useState<TranslationInfo | 'unreadable' | undefined>(undefined);

  useEffect(() => {
    if (!entry) return;
    let stopped = false;
    const read = async () => {
      let next: TranslationInfo | 'unreadable' = 'unreadable';
      try {
        const response = await fetch(`/api/studio/translation?file=${encodeURIComponent(entry)}`, { cache: 'no-store' });
        if (response.ok) next = (await response.json()) as TranslationInfo;
      } catch {
        // The preview stopped or restarts: said in the form, read again at the next turn.
      }
      if (!stopped) setInfo(next);
    };
    void read();
    const timer = window.setInterval(read, REFRESH_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [entry]);

  let body: React.ReactNode;
  if (entry === null) body = <p style={{ margin: 0 }}>{t.newPage}</p>;
  else if (info === undefined) body = <p style={{ margin: 0 }}>{t.loading}</p>;
  else if (info === 'unreadable' || info.state === 'unknown') body = <p style={{ margin: 0 }}>{info === 'unreadable' ? t.unreadable : t.newPage}</p>;
  else if (info.state === 'original') {
    const twin = info.twin;
    const isDefault = entry?.startsWith(`${routing.defaultLocale}/`) ?? false;
    body = (
      <>
        <p style={{ margin: 0 }}>{isDefault ? (twin ? t.twin[twin.state] : t.twin.missing) : t.onlyHere}</p>
        {isDefault && twin && <p style={{ margin: 0 }}>{t.afterSave}</p>}
        {twin && (
          <p style={{ margin: 0, display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
            <a href={twin.edit} style={link}>
              {t.english}
              <span lang={twin.locale}> ({twin.title})</span>
            </a>
          </p>
        )}
      </>
    );
  } else {
    const fingerprint = info.originalFingerprint;
    const state = fingerprint && value === fingerprint ? (info.state === 'current' ? 'current' : 'pending') : value ? 'outdated' : 'untracked';
    body = (
      <>
        <p style={{ margin: 0 }} role="status">
          {t[state]}
        </p>
        {fingerprint && value !== fingerprint && (
          <button type="button" style={button} onClick={() => onChange(fingerprint)}>
            {t.markCurrent}
          </button>
        )}
        {info.twin && (
          <p style={{ margin: 0, display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
            <a href={info.twin.edit} style={link}>
              {t.original} <span lang={info.twin.locale}>({info.twin.title})</span>
            </a>
            <a href={info.twin.path} style={link}>
              {t.see}
            </a>
          </p>
        )}
      </>
    );
  }

  return (
    <div role="group" aria-labelledby={labelId} style={box}>
      <span id={labelId} style={{ fontWeight: 600 }}>
        {t.label}
      </span>
      {body}
      <Link href={`/${routing.defaultLocale}/studio`} style={{ ...link, fontWeight: 400 }}>
        {t.overview}
      </Link>
    </div>
  );
}
