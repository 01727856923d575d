import { makeRouteHandler } from '@keystatic/next/route-handler';
import { studioChoices } from '@/lib/studio/choices';
import { studioConfig } from '@/lib/studio/config';
import { isFromThisMachine, refused } from '@/lib/studio/guard';

// The studio's reading and writing of content/ (Keystatic's local mode). A `.studio.ts` route:
// next.config.ts routes it under `npm run studio` only; a production build has no such address.

export const dynamic = 'force-dynamic';

async function handle(request: Request) {
  if (!isFromThisMachine(request)) return refused();
  const { GET, POST } = makeRouteHandler({ config: studioConfig(studioChoices()) });
  return request.method === 'POST' ? POST(request) : GET(request);
}

export { handle as GET, handle as POST };
