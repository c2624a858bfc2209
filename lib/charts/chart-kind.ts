import type { ChartKind } from './chart-spec';

/** What the kind depends on: the data's shape, not its subject. */
export interface ChartShape {
  /** A claim set against its figures: always bars, so the claim's band reads across every figure. */
  comparison: boolean;
  /** Distinct periods when the figures form a time line (ordered, none overlapping); null when they do not. */
  periods: number | null;
  /** Distinct North Carolina counties when every figure belongs to one (5-digit FIPS 37001-37199). */
  counties: number;
}

export interface KindChoice {
  kind: ChartKind;
  /** Why, in words (tests and the catalogue read it). */
  why: string;
}

/** Three or more periods make a line; two make columns. */
export const LINE_MIN_PERIODS = 3;
/** At least this many counties make a map; fewer read better as bars. */
export const MAP_MIN_COUNTIES = 10;

/**
 * The chart kind for a shape: counties are a map of North Carolina; a time line of three or more periods
 * is a line, of two is columns; everything else (categories, cohorts, overlapping periods, claim
 * comparisons) is horizontal bars. A chart definition may override the choice.
 */
export function chooseKind(shape: ChartShape, override?: ChartKind): KindChoice {
  if (override) return { kind: override, why: 'set by the chart definition' };
  if (shape.comparison) return { kind: 'bar', why: 'a claim against its figures' };
  if (shape.counties >= MAP_MIN_COUNTIES) return { kind: 'map', why: `${shape.counties} North Carolina counties` };
  if (shape.periods !== null && shape.periods >= LINE_MIN_PERIODS) return { kind: 'line', why: `${shape.periods} periods over time` };
  if (shape.periods === 2) return { kind: 'column', why: 'two periods over time' };
  return { kind: 'bar', why: shape.periods === null ? 'categories, cohorts or overlapping periods' : 'a single period' };
}
