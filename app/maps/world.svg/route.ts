import { getData } from '@/lib/content';
import { MAP_HEIGHT, MAP_WIDTH, MARKER_COLORS, SHADE_COLORS, worldMap } from '@/lib/world/map';

// The world map as a static SVG file, drawn once at build time: pages link to it instead of
// carrying its paths in their HTML. It holds no words; pages give its name, description and table.
export const dynamic = 'force-static';

export function GET() {
  const data = getData().worldMap;
  // Only the preview can lack it (content/data/world-map.yaml unusable); the page says why.
  if (!data) return new Response('', { status: 404 });
  const { shapes, markers } = worldMap(data);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">`,
    `<rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#f0f9ff"/>`,
    '<g stroke="#fff" stroke-width="0.5">',
    ...shapes.map((shape) => `<path fill="${SHADE_COLORS[shape.shade]}" d="${shape.d}"/>`),
    '</g>',
    `<g fill="${MARKER_COLORS.fill}" stroke="${MARKER_COLORS.stroke}" stroke-width="1.5">`,
    ...markers.map((marker) => `<circle cx="${marker.x}" cy="${marker.y}" r="4.5"/>`),
    '</g>',
    '</svg>',
  ].join('');
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
