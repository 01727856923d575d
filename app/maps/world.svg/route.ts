import { siteContent } from '@/lib/content';
import { worldMapSvg } from '@/lib/world/map';

// The world map as a static SVG file, drawn once at build time: pages link to it instead of
// carrying its paths in their HTML. It holds no words; pages give its name, description and table.
// Its dark version is app/maps/world-dark.svg.
export const dynamic = 'force-static';

export function GET() {
  const data = siteContent().data.worldMap;
  // Only the preview can lack it (content/data/world-map.yaml unusable); the page says why.
  if (!data) return new Response('', { status: 404 });
  return new Response(worldMapSvg(data, 'light'), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
