/**
 * North Carolina's 100 counties as SVG paths, projected at build time: Census boundaries from us-atlas
 * (counties-10m TopoJSON), turned into shapes by topojson-client and projected by d3-geo with the state's
 * own Lambert conformal conic (standard parallels 34°20' and 36°10', central meridian 79° W), fitted to the
 * width. Pure and cached per width; only the build-time renderer and spec builders call it, never the browser.
 */
import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/counties-10m.json';

export const NC_STATE_FIPS = '37';
export const NC_COUNTY_COUNT = 100;

export interface CountyShape {
  fips: string;
  name: string;
  d: string;
}

export interface NcMap {
  width: number;
  height: number;
  counties: CountyShape[];
  /** The state's outline (county edges used once), drawn over the counties. */
  outline: string;
}

const topology = atlas as unknown as Topology<{ counties: GeometryCollection<{ name: string }> }>;
const isNc = (id: string | number | undefined) => String(id).startsWith(NC_STATE_FIPS) && String(id).length === 5;

/** The NC county features, in FIPS order; fails loudly if the atlas does not hold exactly 100. */
function ncFeatures(): Feature<Geometry, { name: string }>[] {
  const all = feature(topology, topology.objects.counties) as FeatureCollection<Geometry, { name: string }>;
  const nc = all.features.filter((f) => isNc(f.id)).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  if (nc.length !== NC_COUNTY_COUNT) throw new Error(`us-atlas counties-10m: expected ${NC_COUNTY_COUNT} North Carolina counties, found ${nc.length}`);
  return nc;
}

const cache = new Map<number, NcMap>();

/** The projected map at a width; its height follows the state's shape. */
export function ncMap(width: number): NcMap {
  const hit = cache.get(width);
  if (hit) return hit;
  const features = ncFeatures();
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const projection = geoConicConformal().parallels([34 + 20 / 60, 36 + 10 / 60]).rotate([79, 0]).fitWidth(width - 2, collection);
  // Whole pixels: at 640 px a county edge moves at most half a pixel, and the map weighs a third less.
  const path = geoPath(projection).digits(0);
  const [[, y0], [, y1]] = path.bounds(collection);
  const height = Math.ceil(y1 - y0) + 2;
  projection.translate([projection.translate()[0] + 1, projection.translate()[1] - y0 + 1]);
  const counties = features.map((f) => ({ fips: String(f.id), name: f.properties.name, d: path(f) ?? '' }));
  // Edges with North Carolina on one side only: the state line and the coast.
  const borders = mesh(topology, topology.objects.counties, (a, b) => (a === b ? isNc(a.id) : isNc(a.id) !== isNc(b.id)));
  const map = { width, height, counties, outline: path(borders) ?? '' };
  cache.set(width, map);
  return map;
}
