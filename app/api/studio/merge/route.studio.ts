import path from 'node:path';
import { type NextRequest, NextResponse } from 'next/server';
import { isContentPath, refusalOfSave, versionOnDisk, writeWhole } from '@/lib/editorial/files';
import { keepDraft, readKept, rebase, resolveKept } from '@/lib/editorial/kept';
import { unlessUnreadable } from '@/lib/editorial/state';
import { isFromThisMachine, refused } from '@/studio/guard';
import { hasClashMarks } from '@/studio/merge';
import { studioAddressOfFile } from '@/studio/paths';
import { editorialStateDir, studioPerson } from '@/studio/person';
import { mayMergeKept } from '@/lib/editorial/actions';

// The merge screen's form (app/[locale]/studio/fusion): the merged text written, or the author's
// text dropped. The editorial server records the write in git under the person's name. A
// `.studio.ts` route: under the editorial server only.

export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest) {
  if (!isFromThisMachine(request)) return refused();
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? '');
  const person = await studioPerson();
  const stateDir = editorialStateDir();
  const { value: kept, unreadable } = unlessUnreadable(() => (stateDir ? readKept(stateDir, field('id')) : undefined));
  // Someone's kept text that cannot be read: nothing is done, and the person is told which file, for an administrator.
  if (unreadable) return new Response(unreadable, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (!stateDir || !kept || !person || !mayMergeKept(person, kept) || kept.resolved) {
    return new Response('Ce texte gardé de côté n’existe pas, ou n’est pas le vôtre.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const screen = new URL(`/fr/studio/fusion/${kept.id}`, request.url);
  if (field('action') === 'drop') {
    resolveKept(stateDir, kept, 'dropped');
    return NextResponse.redirect(new URL(studioAddressOfFile(kept.file), request.url), 303);
  }
  const root = process.cwd();
  if (!isContentPath(root, kept.file)) return refused();
  const text = field('text').replace(/\r\n/g, '\n');
  const now = versionOnDisk(root, kept.file);
  // The file changed again while the person was merging: merge what they wrote with its newest version.
  if (now !== (field('current') || undefined)) {
    rebase(stateDir, kept, text, now);
    screen.searchParams.set('again', '1');
    return NextResponse.redirect(screen, 303);
  }
  if (hasClashMarks(text)) {
    keepDraft(stateDir, kept, text);
    screen.searchParams.set('marked', '1');
    return NextResponse.redirect(screen, 303);
  }
  // What no page may hold is refused here as at any save, before anything is written: the text given back, with why.
  const refusal = refusalOfSave(kept.file, text);
  if (refusal) {
    keepDraft(stateDir, kept, text, refusal.reasons);
    screen.searchParams.set('refused', '1');
    return NextResponse.redirect(screen, 303);
  }
  writeWhole(path.join(root, kept.file), text);
  resolveKept(stateDir, kept, 'merged');
  return NextResponse.redirect(new URL(studioAddressOfFile(kept.file), request.url), 303);
}
