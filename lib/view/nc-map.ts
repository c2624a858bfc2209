import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountyShape {
  fips: string;
  /** SVG path data, fitted to the map's box. */
  d: string;
}

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 260;

/**
 * North Carolina's 100 counties as SVG paths, from the Census boundaries in us-atlas (counties-10m), in NC's
 * own Lambert conformal conic (standard parallels 34°20′ and 36°10′). Computed at build time; no JavaScript needed to see it.
 */
export function ncCountyShapes(width = MAP_WIDTH, height = MAP_HEIGHT): CountyShape[] {
  const topology = JSON.parse(readFileSync(join(process.cwd(), 'node_modules', 'us-atlas', 'counties-10m.json'), 'utf8')) as Topology;
  const all = feature(topology, topology.objects.counties as GeometryCollection);
  const nc = { ...all, features: all.features.filter((f) => String(f.id).startsWith('37')) };
  const projection = geoConicConformal().parallels([34 + 20 / 60, 36 + 10 / 60]).rotate([79, 0]).fitSize([width, height], nc);
  const path = geoPath(projection).digits(1);
  return nc.features.map((f) => ({ fips: String(f.id), d: path(f) ?? '' })).sort((a, b) => a.fips.localeCompare(b.fips));
}
