import { type NextRequest, NextResponse } from 'next/server';
import { getAllPages } from '@/lib/content';
import { isFromThisMachine, refused } from '@/lib/studio/guard';

// From the studio to the preview: `/api/studio/open?file=fr/strategy` opens the page that file makes
// (Keystatic's "preview" link). A `.studio.ts` route: under `npm run studio` only.

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  if (!isFromThisMachine(request)) return refused();
  const file = request.nextUrl.searchParams.get('file') ?? '';
  const page = getAllPages().find((p) => !p.isFallback && `${p.locale}/${p.source}` === file);
  return NextResponse.redirect(new URL(page?.path ?? '/fr/studio', request.url), 303);
}
