import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { EMPHASISED_ID, EUROPE_IDS, places } from './places';

export type CountryShade = 'emphasised' | 'europe' | 'partner' | 'other';

export interface MapShape {
  id: string;
  shade: CountryShade;
  d: string;
}

export interface MapMarker {
  code: string;
  x: number;
  y: number;
}

/** The map's colours, shared by the SVG file and the legend beside it. */
export const SHADE_COLORS: Record<CountryShade, string> = {
  emphasised: '#162c59',
  partner: '#2a4f9c',
  europe: '#7dd3fc',
  other: '#e2e8f0',
};
export const MARKER_COLORS = { fill: '#fbbf24', stroke: '#162c59' };

/** Where the SVG file is served (app/maps/world.svg). */
export const MAP_URL = '/maps/world.svg';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

const ANTARCTICA = '010';
const partnerIds = new Set(places.map((p) => p.id));

function shadeOf(id: string): CountryShade {
  if (id === EMPHASISED_ID) return 'emphasised';
  if (partnerIds.has(id)) return 'partner';
  if (EUROPE_IDS.has(id)) return 'europe';
  return 'other';
}

/**
 * The world as SVG path data, computed once from world-atlas (Natural Earth, 1:110m) with an
 * equal-area projection: nothing of it reaches the browser but the paths themselves.
 */
export function worldMap(): { shapes: MapShape[]; markers: MapMarker[] } {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries).features.filter((f) => f.id !== ANTARCTICA) as Feature<Geometry, { name: string }>[];
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features: countries },
  );
  const path = geoPath(projection).digits(1);
  const shapes = countries.map((country) => ({ id: String(country.id), shade: shadeOf(String(country.id)), d: path(country) ?? '' }));
  const markers = places.flatMap((place) => {
    const country = countries.find((c) => c.id === place.id);
    const point = place.coordinates ? projection(place.coordinates) : country ? path.centroid(country) : null;
    return point && Number.isFinite(point[0]) ? [{ code: place.code, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }] : [];
  });
  return { shapes, markers };
}
