import type { Claim, Observation } from '../data/records';

/** A set of values on the number line; open ends exclude their bound. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** How far a round number in a claim may sit from the record and still match it. See /methodology. */
export const TOLERANCE = {
  /** A bare number ("500") is read as rounded: within 5 percent. */
  exact: 0.05,
  /** "about" and "an average of": within 10 percent. */
  about: 0.1,
  /** "nearly N": up to 10 percent below N, and not above it. */
  nearly: 0.1,
} as const;

const closed = (lo: number, hi: number): Interval => ({ lo, hi, loOpen: false, hiOpen: false });
const around = (v: number, t: number): Interval =>
  closed(Math.min(v * (1 - t), v * (1 + t)), Math.max(v * (1 - t), v * (1 + t)));

/** The values a claim allows, read with its qualifier; null when it states no number. */
export function claimInterval(c: Pick<Claim, 'qualifier' | 'value' | 'low' | 'high'>): Interval | null {
  switch (c.qualifier) {
    case 'exact':
      return c.value === null ? null : around(c.value, TOLERANCE.exact);
    case 'about':
    case 'average':
      return c.value === null ? null : around(c.value, TOLERANCE.about);
    case 'more-than':
      return c.low === null ? null : { lo: c.low, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at-least':
      return c.low === null ? null : { lo: c.low, hi: Infinity, loOpen: false, hiOpen: true };
    case 'up-to':
      return c.high === null ? null : { lo: -Infinity, hi: c.high, loOpen: true, hiOpen: false };
    case 'nearly':
      // Nearly N: within 10 percent of N, on the side of zero ("nearly -10 percent" is -10 to -9).
      return c.high === null
        ? null
        : c.high < 0
          ? closed(c.high, c.high * (1 - TOLERANCE.nearly))
          : closed(c.high * (1 - TOLERANCE.nearly), c.high);
    case 'range':
      return c.low === null || c.high === null ? null : closed(c.low, c.high);
    case 'none':
      return null;
  }
}

/** The values a published figure allows, read with its qualifier. */
export function recordInterval(o: Pick<Observation, 'qualifier' | 'value'>): Interval {
  const v = o.value;
  switch (o.qualifier) {
    case 'at-least':
    case 'lower-bound':
      return { lo: v, hi: Infinity, loOpen: false, hiOpen: true };
    case 'more-than':
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
    case 'about':
      return around(v, TOLERANCE.exact);
    case 'nearly':
      // Short of v, on the side of zero.
      return v < 0
        ? { lo: v, hi: v * (1 - TOLERANCE.nearly), loOpen: true, hiOpen: false }
        : { lo: v * (1 - TOLERANCE.nearly), hi: v, loOpen: false, hiOpen: true };
    case 'exact':
    case 'computed':
      return closed(v, v);
  }
}

/** The values both intervals allow, or null if none. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  const loOpen = (a.lo === lo && a.loOpen) || (b.lo === lo && b.loOpen);
  const hiOpen = (a.hi === hi && a.hiOpen) || (b.hi === hi && b.hiOpen);
  if (lo > hi || (lo === hi && (loOpen || hiOpen))) return null;
  return { lo, hi, loOpen, hiOpen };
}
