import Link from 'next/link';
import { studioPaths } from '@/i18n/routing';
import { FormToken } from './FormToken';
import { studioText } from '@/lib/editorial/words';
import { STUDIO_PATH } from './paths';
import type { StudioPerson } from './person';
import './editorial-bar.css';

const t = studioText.bar;

/**
 * The editorial bar above the studio's own screens (its front page, the changes, a review, the
 * history, the merge), as above the editor (studio/EditorialBar.tsx): who is signed in, the way to
 * each screen and back to the editor, and signing out. Drawn by the server: it needs no script.
 * Nothing outside the editorial server, which names the person.
 */
export function ScreenBar({ person }: { person: StudioPerson | undefined }) {
  if (!person) return null;
  return (
    <div role="region" aria-label={t.label} className="editorial-bar" lang="fr">
      <p>
        <strong>{t.label}</strong> · {t.signedIn(person.name, t.roles[person.role ?? ''] ?? '')}
      </p>
      <nav aria-label={t.screens} className="editorial-bar-news">
        <Link href={studioPaths.fr} className="editorial-bar-link">
          {t.pages}
        </Link>
        <Link href={STUDIO_PATH} className="editorial-bar-link">
          {t.editor}
        </Link>
        <Link href="/fr/studio/changements" className="editorial-bar-link">
          {t.changes}
        </Link>
      </nav>
      {person.signsOut && (
        <form method="post" action="/auth/logout">
          <FormToken />
          <button type="submit">{t.signOut}</button>
        </form>
      )}
    </div>
  );
}
