import { gzipSync } from 'node:zlib';
import { loadDataset } from '../data/dataset';
import { checkIndex, checkSeriesData, isMonth, periodKinds } from './check-data';

const data = loadDataset('data');
const index = checkIndex(data);
const kB = (x: unknown) => gzipSync(JSON.stringify(x)).length / 1000;

describe('what /check can be asked', () => {
  test('a measure offers only the kinds of period its figures have, and the places they are for', () => {
    const m = index.measures.find((x) => x.id === 'ice-nc-declined-detainers')!;
    expect(m.kinds).toEqual(['federal-fy', 'relative']);
    expect(m.places).toEqual([{ fips: '37', name: 'North Carolina' }]);
    expect(index.measures.find((x) => x.id === 'npr-us-detainers-by-month')?.kinds).toContain('month');
    expect(index.measures.find((x) => x.id === 'nc-aoc-superior-criminal-felonies-filed')?.kinds).toEqual([
      'state-fy',
      'relative',
    ]);
  });

  test('a month is a whole calendar month', () => {
    const o = { period_type: 'range-other' as const, period_start: '2020-02-01', period_end: '2020-02-29' };
    expect(isMonth(o)).toBe(true);
    expect(isMonth({ ...o, period_end: '2020-02-28' })).toBe(false);
    expect(periodKinds([])).toEqual([]);
  });

  test('the static JSON stays small: the index and every measure’s file', () => {
    expect(kB(index)).toBeLessThan(15);
    for (const m of index.measures)
      expect({ id: m.id, small: kB(checkSeriesData(data, m.id)) < 20 }).toEqual({ id: m.id, small: true });
  });
});
