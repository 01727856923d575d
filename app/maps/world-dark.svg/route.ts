import { siteContent } from '@/lib/content';
import { worldMapSvg } from '@/lib/world/map';

// The world map in the dark scheme: pages show it in place of app/maps/world.svg when the system
// is dark (a <picture> source, no script).
export const dynamic = 'force-static';

export function GET() {
  const data = siteContent().data.worldMap;
  if (!data) return new Response('', { status: 404 });
  return new Response(worldMapSvg(data, 'dark'), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
