import type { Position } from 'geojson';
import { MAX_ERROR_PX, NC_MAP_WIDTH, ncBoundary, ncMap } from './nc-geometry';
import { NARROW_WIDTH } from './chart-spec';

/** Path data back to polylines: M (absolute), l (relative, pairs), z. The writer emits nothing else. */
function polylines(d: string): Position[][] {
  const out: Position[][] = [];
  for (const [, cmd, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const n = (args.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (cmd === 'M') out.push([[n[0], n[1]]]);
    else if (cmd === 'l') {
      const line = out[out.length - 1];
      for (let i = 0; i < n.length; i += 2) {
        const [x, y] = line[line.length - 1];
        line.push([x + n[i], y + n[i + 1]]);
      }
    } else out[out.length - 1].push(out[out.length - 1][0]);
  }
  return out;
}

function distance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** The largest distance from a full-detail boundary point to the nearest drawn county edge (a grid finds the near edges). */
function largestError(width: number): number {
  const segments: Array<[Position, Position]> = [];
  for (const c of ncMap(width).counties)
    for (const line of polylines(c.d)) for (let i = 1; i < line.length; i++) segments.push([line[i - 1], line[i]]);
  const CELL = 8;
  const grid = new Map<string, Array<[Position, Position]>>();
  for (const s of segments) {
    const [x0, x1] = [Math.min(s[0][0], s[1][0]), Math.max(s[0][0], s[1][0])].map((v) => Math.floor(v / CELL));
    const [y0, y1] = [Math.min(s[0][1], s[1][1]), Math.max(s[0][1], s[1][1])].map((v) => Math.floor(v / CELL));
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) grid.set(`${x},${y}`, [...(grid.get(`${x},${y}`) ?? []), s]);
  }
  let worst = 0;
  for (const arc of ncBoundary(width))
    for (const p of arc) {
      let near = Infinity;
      const [cx, cy] = [Math.floor(p[0] / CELL), Math.floor(p[1] / CELL)];
      for (let x = cx - 1; x <= cx + 1; x++)
        for (let y = cy - 1; y <= cy + 1; y++)
          for (const [a, b] of grid.get(`${x},${y}`) ?? []) near = Math.min(near, distance(p, a, b));
      worst = Math.max(worst, near);
    }
  return worst;
}

describe('the one North Carolina map', () => {
  it('projects the 100 counties, fitted to the width, as compact path data', () => {
    const map = ncMap(NC_MAP_WIDTH);
    expect(map.counties).toHaveLength(100);
    expect(map.counties[0]).toMatchObject({ fips: '37001', name: 'Alamance' });
    expect(map.height / map.width).toBeGreaterThan(0.3);
    expect(map.height / map.width).toBeLessThan(0.5);
    for (const c of map.counties) expect(c.d).toMatch(/^(M\d+ \d+(l[-\d ]+)?z)+$/);
    expect(map.outline).toMatch(/^M\d+ \d+/);
  });

  // Every map is drawn from the NC_MAP_WIDTH paths, scaled to its box: the error in screen pixels is the grid's
  // error times the scale, under one pixel at any width up to the grid's, and half that at the 640 px layout.
  it('keeps every drawn edge within a pixel of the Census boundary at any width up to the grid', () => {
    const error = largestError(NC_MAP_WIDTH);
    expect(error).toBeLessThan(1);
    expect(error).toBeLessThanOrEqual(MAX_ERROR_PX + 1e-9);
    expect(ncMap(NC_MAP_WIDTH).errorPx).toBeLessThanOrEqual(MAX_ERROR_PX);
    for (const shown of [NARROW_WIDTH, 640]) expect((error * shown) / NC_MAP_WIDTH).toBeLessThan(0.5);
  });

  it('holds the bound at any width it is asked for', () => {
    for (const width of [NARROW_WIDTH, 640]) expect(largestError(width)).toBeLessThan(1);
  });

  it('keeps shared borders shared: every edge between two counties is drawn identically by both', () => {
    const edges = new Map<string, number>();
    for (const c of ncMap(NC_MAP_WIDTH).counties)
      for (const line of polylines(c.d))
        for (let i = 1; i < line.length; i++) {
          const key = [line[i - 1].join(','), line[i].join(',')].sort().join(' ');
          edges.set(key, (edges.get(key) ?? 0) + 1);
        }
    const inner = [...edges.values()].filter((n) => n === 2).length;
    const overdrawn = [...edges.values()].filter((n) => n > 2).length;
    expect(overdrawn).toBe(0);
    // Most edges are shared; the rest are the state line and the coast.
    expect(inner / edges.size).toBeGreaterThan(0.6);
  });
});
