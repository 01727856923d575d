import { makeRouteHandler } from '@keystatic/next/route-handler';
import { studioChoices } from '@/studio/choices';
import { studioConfig } from '@/studio/config';
import { isFromThisMachine, refused } from '@/studio/guard';
import { writingWhole } from '@/studio/save-whole';

// The studio's reading and writing of content/ (Keystatic's local mode). A `.studio.ts` route:
// next.config.ts routes it under `npm run studio` only; a production build has no such address.

export const dynamic = 'force-dynamic';

async function handle(request: Request) {
  if (!isFromThisMachine(request)) return refused();
  const { GET, POST } = makeRouteHandler({ config: studioConfig(studioChoices()) });
  if (request.method !== 'POST') return GET(request);
  if (!new URL(request.url).pathname.endsWith('/update')) return POST(request);
  const kept = await writingWhole(request, process.cwd());
  return kept instanceof Response ? kept : POST(kept);
}

export { handle as GET, handle as POST };
