import type { Claim, ClaimQualifier, Observation, ObservationQualifier } from '../data/records';
import { claimInterval, type Interval, intersect, recordInterval, TOLERANCE } from './interval';

type Bounds = Pick<Claim, 'qualifier' | 'value' | 'low' | 'high'>;
const claim = (qualifier: ClaimQualifier, over: Partial<Bounds> = {}): Bounds => ({
  qualifier,
  value: null,
  low: null,
  high: null,
  ...over,
});
const record = (qualifier: ObservationQualifier, value: number): Pick<Observation, 'qualifier' | 'value'> => ({
  qualifier,
  value,
});
const iv = (lo: number, hi: number, loOpen = false, hiOpen = false): Interval => ({ lo, hi, loOpen, hiOpen });

/** Interval equality with float tolerance on finite ends. */
function expectInterval(actual: Interval | null, expected: Interval) {
  expect(actual).not.toBeNull();
  const a = actual!;
  for (const end of ['lo', 'hi'] as const) {
    if (Number.isFinite(expected[end])) expect(a[end]).toBeCloseTo(expected[end], 9);
    else expect(a[end]).toBe(expected[end]);
  }
  expect({ loOpen: a.loOpen, hiOpen: a.hiOpen }).toEqual({ loOpen: expected.loOpen, hiOpen: expected.hiOpen });
}

describe('TOLERANCE', () => {
  test('is 5 percent for a bare number and 10 percent for about, average and nearly', () => {
    expect(TOLERANCE).toEqual({ exact: 0.05, about: 0.1, nearly: 0.1 });
  });
});

describe('claimInterval', () => {
  test('exact: a bare number is read as rounded, within 5 percent either side', () => {
    expectInterval(claimInterval(claim('exact', { value: 500 })), iv(475, 525));
  });

  test('exact zero is the single point zero', () => {
    expectInterval(claimInterval(claim('exact', { value: 0 })), iv(0, 0));
  });

  test('exact with a negative value keeps lo below hi', () => {
    expectInterval(claimInterval(claim('exact', { value: -20 })), iv(-21, -19));
  });

  test('about: within 10 percent either side', () => {
    expectInterval(claimInterval(claim('about', { value: 500 })), iv(450, 550));
  });

  test('average: read like about, within 10 percent', () => {
    expectInterval(claimInterval(claim('average', { value: 120 })), iv(108, 132));
  });

  test('more-than: open lower bound, no upper bound', () => {
    expectInterval(claimInterval(claim('more-than', { value: 500, low: 500 })), iv(500, Infinity, true, true));
  });

  test('at-least: closed lower bound, no upper bound', () => {
    expectInterval(claimInterval(claim('at-least', { low: 500 })), iv(500, Infinity, false, true));
  });

  test('up-to: no lower bound, closed upper bound', () => {
    expectInterval(claimInterval(claim('up-to', { value: 80, high: 80 })), iv(-Infinity, 80, true, false));
  });

  test('nearly: up to 10 percent below the number, and not above it', () => {
    expectInterval(claimInterval(claim('nearly', { high: 500 })), iv(450, 500));
  });

  test('nearly with a negative number stays a proper interval, on the side of zero', () => {
    expectInterval(claimInterval(claim('nearly', { high: -10 })), iv(-10, -9));
  });

  test('range: both bounds closed', () => {
    expectInterval(claimInterval(claim('range', { low: 40, high: 80 })), iv(40, 80));
  });

  test('none states no number', () => {
    expect(claimInterval(claim('none'))).toBeNull();
  });

  test.each<[ClaimQualifier, Partial<Bounds>]>([
    ['exact', { low: 1, high: 2 }],
    ['about', {}],
    ['average', { low: 5 }],
    ['more-than', { value: 500 }],
    ['at-least', { value: 500, high: 600 }],
    ['up-to', { value: 80 }],
    ['nearly', { value: 500 }],
    ['range', { low: 40 }],
    ['range', { high: 80 }],
  ])('%s without the number it reads (%j) is null', (qualifier, over) => {
    expect(claimInterval(claim(qualifier, over))).toBeNull();
  });

  test('reads only the field its qualifier names', () => {
    // more-than reads low, not value; up-to and nearly read high.
    expectInterval(claimInterval(claim('more-than', { value: 999, low: 500 })), iv(500, Infinity, true, true));
    expectInterval(claimInterval(claim('up-to', { value: 1, high: 80 })), iv(-Infinity, 80, true, false));
    expectInterval(claimInterval(claim('nearly', { value: 1, high: 500 })), iv(450, 500));
  });
});

describe('recordInterval', () => {
  test('exact is the single point', () => {
    expectInterval(recordInterval(record('exact', 563)), iv(563, 563));
  });

  test('computed is the single point', () => {
    expectInterval(recordInterval(record('computed', 44.5)), iv(44.5, 44.5));
  });

  test('at-least and lower-bound: the value or more', () => {
    expectInterval(recordInterval(record('at-least', 563)), iv(563, Infinity, false, true));
    expectInterval(recordInterval(record('lower-bound', 563)), iv(563, Infinity, false, true));
  });

  test('more-than: strictly more than the value', () => {
    expectInterval(recordInterval(record('more-than', 500)), iv(500, Infinity, true, true));
  });

  test('about: within 5 percent', () => {
    expectInterval(recordInterval(record('about', 1000)), iv(950, 1050));
  });

  test('nearly: up to 10 percent short of the value, not reaching it', () => {
    expectInterval(recordInterval(record('nearly', 500)), iv(450, 500, false, true));
  });

  test('nearly with a negative value: short of it on the side of zero', () => {
    expectInterval(recordInterval(record('nearly', -10)), iv(-10, -9, true, false));
  });
});

describe('intersect', () => {
  test('overlapping closed intervals give the overlap', () => {
    expect(intersect(iv(0, 10), iv(5, 20))).toEqual(iv(5, 10));
  });

  test('containment gives the inner interval', () => {
    expect(intersect(iv(0, 100), iv(40, 80))).toEqual(iv(40, 80));
  });

  test('disjoint intervals give null', () => {
    expect(intersect(iv(0, 10), iv(11, 20))).toBeNull();
  });

  test('closed ends that touch share one point', () => {
    expect(intersect(iv(0, 10), iv(10, 20))).toEqual(iv(10, 10));
  });

  test('an open end that touches shares nothing', () => {
    expect(intersect(iv(0, 10, false, true), iv(10, 20))).toBeNull();
    expect(intersect(iv(0, 10), iv(10, 20, true, false))).toBeNull();
  });

  test('open bounds are kept where they decide the end', () => {
    expect(intersect(iv(500, Infinity, true, true), iv(563, Infinity, false, true))).toEqual(
      iv(563, Infinity, false, true),
    );
    expect(intersect(iv(500, Infinity, true, true), iv(450, 600))).toEqual(iv(500, 600, true, false));
    // Same bound, one open and one closed: the open one wins.
    expect(intersect(iv(500, 600, true, false), iv(500, 600))).toEqual(iv(500, 600, true, false));
  });

  test('is symmetric', () => {
    const a = iv(-Infinity, 80, true, false);
    const b = iv(44, 67.8);
    expect(intersect(a, b)).toEqual(intersect(b, a));
  });

  test('unbounded intervals intersect in the middle', () => {
    expect(intersect(iv(-Infinity, 80, true, false), iv(40, Infinity, false, true))).toEqual(iv(40, 80));
  });
});
