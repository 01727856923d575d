import type { NextRequest } from 'next/server';
import { routing, studioPaths } from '@/i18n/routing';
import { previewAddressOf } from '@/studio/actions';
import { isFromThisMachine, refused } from '@/studio/guard';
import { seeOther } from '@/studio/see-other';

// From the studio to the preview: `/api/studio/open?file=fr/strategy` opens the page that file makes
// (Keystatic's "preview" link). A `.studio.ts` route: under `npm run studio` only.

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  if (!isFromThisMachine(request)) return refused();
  const file = request.nextUrl.searchParams.get('file') ?? '';
  return seeOther(previewAddressOf(file) ?? studioPaths[routing.defaultLocale]);
}
