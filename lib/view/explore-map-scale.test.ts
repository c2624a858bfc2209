import { mapClasses } from './explore-map-scale';

describe('mapClasses', () => {
  it('splits values into five classes of about equal count, lowest first, each value in the class that covers it', () => {
    const values = new Map(Array.from({ length: 100 }, (_, i) => [`f${i}`, i + 1] as [string, number]));
    const c = mapClasses(values, new Map());
    expect(c.bounds).toEqual([{ from: 1, to: 20 }, { from: 21, to: 40 }, { from: 41, to: 60 }, { from: 61, to: 80 }, { from: 81, to: 100 }]);
    expect(c.byFips.get('f0')).toBe(0);
    expect(c.byFips.get('f99')).toBe(4);
  });

  it('merges classes when many counties share a value, and copes with no values', () => {
    const c = mapClasses(new Map([['a', 0], ['b', 0], ['c', 0], ['d', 5]]), new Map());
    expect(c.bounds[0]).toEqual({ from: 0, to: 0 });
    for (const [fips, v] of [['a', 0], ['d', 5]] as const) {
      const b = c.bounds[c.byFips.get(fips)!];
      expect(v >= b.from && v <= b.to).toBe(true);
    }
    expect(mapClasses(new Map(), new Map()).bounds).toEqual([]);
  });
});
