import { type NextRequest, NextResponse } from 'next/server';
import { recordTranslation } from '@/lib/studio/actions';
import { isFromThisMachine, refused } from '@/lib/studio/guard';

// The studio's "translation up to date" button: what `npm run content:stamp -- <file>` does, then
// back to the page that asked. A `.studio.ts` route: under `npm run studio` only.

export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest) {
  if (!isFromThisMachine(request)) return refused();
  const form = await request.formData();
  const file = String(form.get('file') ?? '');
  const back = String(form.get('back') ?? '/fr/studio');
  const result = recordTranslation(file);
  const to = new URL(back.startsWith('/') && !back.startsWith('//') ? back : '/fr/studio', request.url);
  if (!result.ok) to.searchParams.set('unknown', file);
  return NextResponse.redirect(to, 303);
}
