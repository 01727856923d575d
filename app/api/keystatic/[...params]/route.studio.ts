import { existsSync, readFileSync } from 'node:fs';
import { refusedInSave } from '@/lib/content';
import { makeRouteHandler } from '@keystatic/next/route-handler';
import { studioChoices } from '@/studio/choices';
import { studioConfig } from '@/studio/config';
import { isFromThisMachine, refused } from '@/studio/guard';
import { keepLayout } from '@/studio/keep-layout';

// The studio's reading and writing of content/ (Keystatic's local mode). A `.studio.ts` route:
// next.config.ts routes it under `npm run studio` only; a production build has no such address.

export const dynamic = 'force-dynamic';

const DATA_FILE = /^content\/data\/[a-z-]+\.yaml$/;

/**
 * A save of a data file keeps the file's comments and layout (studio/keep-layout.ts). What is then
 * written is checked again, as the editorial server checked what was sent: nothing it would refuse
 * is written (a refused file answers why).
 */
async function keepingLayout(request: Request): Promise<Request | Response> {
  const body = await request.text();
  let update: { additions?: { path: string; contents: string }[] };
  try {
    update = JSON.parse(body);
  } catch {
    return new Request(request.url, { method: 'POST', headers: request.headers, body });
  }
  for (const addition of update.additions ?? []) {
    if (!DATA_FILE.test(addition.path) || !existsSync(addition.path)) continue;
    const written = Buffer.from(addition.contents, 'base64url').toString('utf8');
    const kept = keepLayout(readFileSync(addition.path, 'utf8'), written);
    if (refusedInSave(addition.path, kept).refusals.length > 0)
      return new Response('Enregistrement refusé : rien n’a été écrit.', { status: 422, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    addition.contents = Buffer.from(kept, 'utf8').toString('base64url');
  }
  return new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(update) });
}

async function handle(request: Request) {
  if (!isFromThisMachine(request)) return refused();
  const { GET, POST } = makeRouteHandler({ config: studioConfig(studioChoices()) });
  if (request.method !== 'POST') return GET(request);
  if (!new URL(request.url).pathname.endsWith('/update')) return POST(request);
  const kept = await keepingLayout(request);
  return kept instanceof Response ? kept : POST(kept);
}

export { handle as GET, handle as POST };
