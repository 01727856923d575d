import type { NextRequest } from 'next/server';
import { routing, studioPaths } from '@/i18n/routing';
import { localAddress, pathOf } from '@/lib/site/local-address';
import { recordTranslation } from '@/studio/actions';
import { isFromThisMachine, refused } from '@/studio/guard';
import { seeOther } from '@/studio/see-other';

// The studio's "translation up to date" button: what `npm run content:stamp -- <file>` does, then
// back to the page that asked (a page of this site only). A `.studio.ts` route: under `npm run studio` only.

export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest) {
  if (!isFromThisMachine(request)) return refused();
  const form = await request.formData();
  const file = String(form.get('file') ?? '');
  const back = localAddress(String(form.get('back') ?? ''));
  const result = recordTranslation(file);
  const to = back ?? localAddress(studioPaths[routing.defaultLocale])!;
  if (!result.ok) to.searchParams.set('unknown', file);
  return seeOther(pathOf(to));
}
