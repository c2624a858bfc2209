/**
 * North Carolina's 100 counties as SVG paths, the one NC map of the site: map charts, their embeds, /explore's
 * map, the home tile and the county links map all draw these shapes. Census boundaries from us-atlas
 * (counties-10m TopoJSON), projected with the state's own Lambert conformal conic (standard parallels 34°20'
 * and 36°10', central meridian 79° W) fitted to the width, then simplified and rounded at that width:
 * - Simplification works on the topology's arcs (topojson-simplify, Visvalingam areas in pixels), so a border
 *   two counties share is one arc, simplified once, and stays shared: no slivers, no overlaps.
 * - Each width keeps the fewest points whose drawn edges stay within MAX_ERROR_PX of the full-detail
 *   boundary, coordinates rounded to whole pixels included (boundaryError measures it; a test holds it).
 * Paths are written with relative moves, whole pixels, which is what keeps a map embed small.
 * Pure and cached per width; only the build-time renderer and the pages' server components call it.
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/counties-10m.json';

export const NC_STATE_FIPS = '37';
export const NC_COUNTY_COUNT = 100;
/** The largest distance, in pixels at the drawn width, between a drawn county edge and the Census boundary. */
export const MAX_ERROR_PX = 0.9;
/**
 * The width of the grid the paths are written on: twice the standard chart layout (640 px), so a map shown up
 * to 1,280 px wide (an embed in a wide column, a 2x PNG export) stays within a pixel of the boundary. Every
 * map draws these paths scaled to its box: map charts by a transform, pages by the SVG's viewBox.
 */
export const NC_MAP_WIDTH = 1280;

export interface CountyShape {
  fips: string;
  name: string;
  d: string;
}

export interface NcMap {
  width: number;
  height: number;
  counties: CountyShape[];
  /** The state's outline (county edges used once: the state line and the coast), drawn over the counties. */
  outline: string;
  /** The largest boundary error of these paths, in pixels (see boundaryError). */
  errorPx: number;
}

type Props = { name: string };
type Counties = GeometryCollection<Props>;
const usTopology = atlas as unknown as Topology<{ counties: Counties }>;
const isNc = (id: string | number | undefined) => String(id).startsWith(NC_STATE_FIPS) && String(id).length === 5;

/** NC's counties as their own topology, arcs decoded to longitude/latitude (only the arcs NC uses). */
function ncTopology(): Topology<{ counties: Counties }> {
  const geometries = usTopology.objects.counties.geometries
    .filter((g) => isNc(g.id))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  if (geometries.length !== NC_COUNTY_COUNT)
    throw new Error(
      `us-atlas counties-10m: expected ${NC_COUNTY_COUNT} North Carolina counties, found ${geometries.length}`,
    );
  const { scale, translate } = usTopology.transform!;
  const index = new Map<number, number>();
  const arcs: Position[][] = [];
  const remap = (i: number): number => {
    const a = i < 0 ? ~i : i;
    let j = index.get(a);
    if (j === undefined) {
      let x = 0;
      let y = 0;
      arcs.push(
        usTopology.arcs[a].map(([dx, dy]) => [
          (x += dx) * scale[0] + translate[0],
          (y += dy) * scale[1] + translate[1],
        ]),
      );
      j = arcs.length - 1;
      index.set(a, j);
    }
    return i < 0 ? ~j : j;
  };
  const remapped = geometries.map((g) => {
    if (g.type === 'Polygon') return { ...g, arcs: g.arcs.map((ring) => ring.map(remap)) };
    if (g.type === 'MultiPolygon') return { ...g, arcs: g.arcs.map((p) => p.map((ring) => ring.map(remap))) };
    throw new Error(`us-atlas counties-10m: county ${g.id} is a ${g.type}, not a polygon`);
  });
  return {
    type: 'Topology',
    arcs,
    objects: { counties: { type: 'GeometryCollection', geometries: remapped } },
  } as Topology<{ counties: Counties }>;
}

const lonLat = ncTopology();
const lonLatCounties = feature(lonLat, lonLat.objects.counties) as FeatureCollection<Geometry, Props>;

/** The state's conic conformal projection, fitted to a width, its top edge one pixel down. */
export function ncProjection(width: number): GeoProjection {
  const projection = geoConicConformal()
    .parallels([34 + 20 / 60, 36 + 10 / 60])
    .rotate([79, 0])
    .fitWidth(width - 2, lonLatCounties);
  let y0 = Infinity;
  for (const arc of lonLat.arcs) for (const p of arc) y0 = Math.min(y0, projection(p as [number, number])![1]);
  return projection.translate([projection.translate()[0] + 1, projection.translate()[1] - y0 + 1]);
}

/** The same topology with every arc projected to pixels: the full-detail boundary the error is measured against. */
function projectedTopology(projection: GeoProjection): Topology<{ counties: Counties }> {
  return { ...lonLat, arcs: lonLat.arcs.map((arc) => arc.map((p) => projection(p as [number, number])!)) };
}

const round = (p: Position): Position => [Math.round(p[0]), Math.round(p[1])];

function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/**
 * The largest distance between the full-detail arcs and the drawn ones (simplified, rounded): each full-detail
 * point to the drawn segment that replaces it, and each drawn point to the full-detail point it stands for.
 * Drawn arcs keep a subset of the full arcs' points (endpoints always), so the pairing is by position in the arc.
 */
export function boundaryError(full: Position[][], kept: boolean[][]): number {
  let worst = 0;
  full.forEach((arc, i) => {
    const keep = kept[i];
    let from = 0;
    for (let j = 1; j < arc.length; j++) {
      if (!keep[j]) continue;
      const a = round(arc[from]);
      const b = round(arc[j]);
      worst = Math.max(worst, Math.hypot(a[0] - arc[from][0], a[1] - arc[from][1]));
      for (let k = from + 1; k < j; k++) worst = Math.max(worst, segmentDistance(arc[k], a, b));
      from = j;
    }
    const last = arc[arc.length - 1];
    const r = round(last);
    worst = Math.max(worst, Math.hypot(r[0] - last[0], r[1] - last[1]));
  });
  return worst;
}

/** Which points of each arc a minimum Visvalingam weight keeps. */
function keptPoints(weighted: Topology, minWeight: number): boolean[][] {
  return weighted.arcs.map((arc) => arc.map((p) => (p[2] ?? Infinity) >= minWeight));
}

/** Points as path data: an absolute move, then whole-pixel relative lines (repeated points dropped), closed for a ring. */
function linePath(points: Position[], ring: boolean): string {
  const pts = points.map(round);
  let [x, y] = pts[0];
  let line = '';
  for (const [px, py] of pts.slice(1, ring ? -1 : undefined)) {
    if (px === x && py === y) continue;
    line += `${line && px - x >= 0 ? ' ' : ''}${px - x}${py - y >= 0 ? ' ' : ''}${py - y}`;
    [x, y] = [px, py];
  }
  return `M${pts[0][0]} ${pts[0][1]}${line ? `l${line}` : ''}${ring ? 'z' : ''}`;
}

function geometryPath(g: Geometry): string {
  const rings = (rs: Position[][]) => rs.map((r) => linePath(r, true)).join('');
  if (g.type === 'Polygon') return rings((g as Polygon).coordinates);
  if (g.type === 'MultiPolygon') return (g as MultiPolygon).coordinates.map(rings).join('');
  if (g.type === 'MultiLineString') return g.coordinates.map((l) => linePath(l, false)).join('');
  throw new Error(`nc-geometry: cannot draw a ${g.type}`);
}

const cache = new Map<number, NcMap>();

/** The projected, simplified map at a width; its height follows the state's shape. */
export function ncMap(width: number): NcMap {
  const hit = cache.get(width);
  if (hit) return hit;
  const projected = projectedTopology(ncProjection(width));
  const weighted = presimplify(projected);
  // The largest minimum weight (triangle area, px²) that keeps every edge within MAX_ERROR_PX, by bisection (the
  // kept sets are nested, as presimplify makes weights monotone); the result is measured again below either way.
  let lo = 0;
  let hi = 1024;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (boundaryError(projected.arcs, keptPoints(weighted, mid)) <= MAX_ERROR_PX) lo = mid;
    else hi = mid;
  }
  const errorPx = boundaryError(projected.arcs, keptPoints(weighted, lo));
  if (errorPx > MAX_ERROR_PX)
    throw new Error(`nc-geometry: rounding alone moves an edge ${errorPx.toFixed(2)} px at ${width} px`);
  const simple = simplify(weighted, lo) as Topology<{ counties: Counties }>;
  const features = (feature(simple, simple.objects.counties) as FeatureCollection<Geometry, Props>).features as Feature<
    Geometry,
    Props
  >[];
  let height = 0;
  for (const arc of projected.arcs) for (const p of arc) height = Math.max(height, p[1]);
  const counties = features.map((f) => ({ fips: String(f.id), name: f.properties.name, d: geometryPath(f.geometry) }));
  // Edges with North Carolina on one side only (the state line and the coast) are the arcs used once.
  const outline = geometryPath(mesh(simple, simple.objects.counties, (a, b) => a === b));
  const map = { width, height: Math.ceil(height) + 1, counties, outline, errorPx };
  cache.set(width, map);
  return map;
}

/** The full-detail boundary at a width (every arc, projected, unrounded): what a test measures the drawn paths against. */
export const ncBoundary = (width: number): Position[][] => projectedTopology(ncProjection(width)).arcs;
