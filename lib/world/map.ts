import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { WorldMapData } from '../content';
import { ANTARCTICA, numericCodeOf } from './countries';

type CountryShade = 'emphasised' | 'europe' | 'partner' | 'other';

interface MapShape {
  id: string;
  shade: CountryShade;
  d: string;
}

interface MapMarker {
  code: string;
  x: number;
  y: number;
}

export type MapScheme = 'light' | 'dark';

interface MapColors {
  sea: string;
  /** The lines between countries. */
  borders: string;
  shades: Record<CountryShade, string>;
  marker: { fill: string; stroke: string };
}

/**
 * The map's colours in each scheme, shared by the SVG files and the legend beside them. In the dark
 * one the countries that matter most are the brightest, as they are the darkest in the light one.
 */
export const MAP_COLORS: Record<MapScheme, MapColors> = {
  light: {
    sea: '#f0f9ff',
    borders: '#fff',
    shades: { emphasised: '#162c59', partner: '#2a4f9c', europe: '#7dd3fc', other: '#e2e8f0' },
    marker: { fill: '#fbbf24', stroke: '#162c59' },
  },
  dark: {
    sea: '#0b1322',
    borders: '#0b1322',
    shades: { emphasised: '#e0ecff', partner: '#6ea8fe', europe: '#1d6f98', other: '#3a475c' },
    marker: { fill: '#fbbf24', stroke: '#0b1322' },
  },
};

/** Where each scheme's SVG file is served (app/maps/world.svg, app/maps/world-dark.svg). */
export const MAP_URLS: Record<MapScheme, string> = { light: '/maps/world.svg', dark: '/maps/world-dark.svg' };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

type Country = Feature<Geometry, { name: string }>;
let countries: Country[] | undefined;

/** The countries of world-atlas (Natural Earth, 1:110m), Antarctica aside, read once. */
function allCountries(): Country[] {
  if (!countries) {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    countries = feature(topology, topology.objects.countries).features.filter((f) => f.id !== ANTARCTICA) as Country[];
  }
  return countries;
}

/**
 * The world as SVG path data, computed from world-atlas with an equal-area projection, shaded
 * from content/data/world-map.yaml: nothing of it reaches the browser but the paths themselves.
 */
function worldMap(data: WorldMapData): { shapes: MapShape[]; markers: MapMarker[] } {
  const ids = (codes: string[]) => new Set(codes.map(numericCodeOf));
  const emphasised = numericCodeOf(data.emphasised.country);
  const partners = ids(Object.keys(data.partners.countries));
  const europe = ids(data.europe.countries);
  const shadeOf = (id: string): CountryShade => (id === emphasised ? 'emphasised' : partners.has(id) ? 'partner' : europe.has(id) ? 'europe' : 'other');

  const all = allCountries();
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features: all },
  );
  const path = geoPath(projection).digits(1);
  const shapes = all.map((country) => ({ id: String(country.id), shade: shadeOf(String(country.id)), d: path(country) ?? '' }));
  const markers = Object.entries(data.partners.countries).flatMap(([code, partner]) => {
    const country = all.find((c) => c.id === numericCodeOf(code));
    const point = partner.marker ? projection(partner.marker) : country ? path.centroid(country) : null;
    return point && Number.isFinite(point[0]) ? [{ code, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }] : [];
  });
  return { shapes, markers };
}

/** The map as an SVG file, in one scheme: shapes and markers only, its words are in the page. */
export function worldMapSvg(data: WorldMapData, scheme: MapScheme): string {
  const { shapes, markers } = worldMap(data);
  const colors = MAP_COLORS[scheme];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">`,
    `<rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="${colors.sea}"/>`,
    `<g stroke="${colors.borders}" stroke-width="0.5">`,
    ...shapes.map((shape) => `<path fill="${colors.shades[shape.shade]}" d="${shape.d}"/>`),
    '</g>',
    `<g fill="${colors.marker.fill}" stroke="${colors.marker.stroke}" stroke-width="1.5">`,
    ...markers.map((marker) => `<circle cx="${marker.x}" cy="${marker.y}" r="4.5"/>`),
    '</g>',
    '</svg>',
  ].join('');
}
