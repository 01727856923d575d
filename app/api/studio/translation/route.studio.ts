import { type NextRequest, NextResponse } from 'next/server';
import { translationInfo } from '@/studio/actions';
import { isFromThisMachine, refused } from '@/studio/guard';

// Where a page's translation stands, read from content/ at each request: the studio's page form
// shows it (studio/TranslationInput.tsx). A `.studio.ts` route: under `npm run studio` only.

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  if (!isFromThisMachine(request)) return refused();
  const info = translationInfo(request.nextUrl.searchParams.get('file') ?? '');
  return NextResponse.json(info, { headers: { 'cache-control': 'no-store' } });
}
