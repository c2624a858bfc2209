import { type ChartKind, kindForShape } from './kinds/registry';

export { LINE_MIN_PERIODS } from './kinds/line';
export { MAP_MIN_COUNTIES } from './kinds/map';

/** What the kind depends on: the data's shape, not its subject. */
export interface ChartShape {
  /** A claim set against its figures: always bars, so the claim's band reads across every figure. */
  comparison: boolean;
  /** Distinct periods when the figures form a time line (ordered, none overlapping); null when they do not. */
  periods: number | null;
  /** Distinct snapshots when every figure is a count on a date (point-in-time, of one day: a list's size as it stood); null when they are not. */
  snapshots?: number | null;
  /** Distinct North Carolina counties when every figure belongs to one (5-digit FIPS 37001-37199). */
  counties: number;
}

export interface KindChoice {
  kind: ChartKind;
  /** Why, in words (tests and the catalogue read it). */
  why: string;
}

/**
 * The chart kind for a shape, asked of each kind in the registry's order (lib/charts/kinds/registry.ts):
 * counties are a map of North Carolina; a time line of three or more periods is a line, of two is columns;
 * everything else (categories, cohorts, overlapping periods, claim comparisons) is horizontal bars.
 * A chart definition may override the choice.
 */
export function chooseKind(shape: ChartShape, override?: ChartKind): KindChoice {
  if (override) return { kind: override, why: 'set by the chart definition' };
  return kindForShape(shape);
}
