import type { CaseloadMeasure, CaseloadRecord } from './caseload';
import { countyRank, rankAmong } from './county-rank';

const measure: CaseloadMeasure = {
  id: 'nc-aoc-superior-criminal-felonies-filed',
  jurisdiction: 'Superior Criminal',
  caseType: 'Felonies',
  measure: 'Filed',
  label: 'Superior Court felonies filed',
};
const record = (fips: string, cases: number, population: number, period = 'FY2018-19'): CaseloadRecord => ({
  period,
  period_start: '2018-07-01',
  period_end: '2019-06-30',
  county: fips,
  fips,
  jurisdiction: 'Superior Criminal',
  case_type: 'Felonies',
  measure: 'Filed',
  cases,
  population,
  record_id: fips,
});

describe('rankAmong', () => {
  it('ranks highest first and lets equal values share a rank', () => {
    const values = new Map([
      ['a', 5],
      ['b', 9],
      ['c', 5],
      ['d', 1],
    ]);
    expect(rankAmong(values, 'b')).toEqual({ rank: 1, of: 4 });
    expect(rankAmong(values, 'a')).toEqual({ rank: 2, of: 4 });
    expect(rankAmong(values, 'c')).toEqual({ rank: 2, of: 4 });
    expect(rankAmong(values, 'd')).toEqual({ rank: 4, of: 4 });
    expect(rankAmong(values, 'z')).toBeNull();
  });
});

describe('countyRank', () => {
  const records = [
    record('37001', 100, 10_000),
    record('37003', 300, 100_000),
    record('37005', 50, 1_000),
    record('37001', 999, 10_000, 'FY2017-18'),
  ];

  it('ranks the total and the rate per 10,000 residents separately, within the one period', () => {
    const r = countyRank(records, measure, 'FY2018-19', '37003');
    expect(r.cases).toBe(300);
    expect(r.casesRank).toEqual({ rank: 1, of: 3 });
    expect(r.per10k).toBe(30);
    expect(r.per10kRank).toEqual({ rank: 3, of: 3 });
  });

  it('says nothing for a county without a record', () => {
    const r = countyRank(records, measure, 'FY2018-19', '37999');
    expect(r.cases).toBeNull();
    expect(r.casesRank).toBeNull();
    expect(r.per10kRank).toBeNull();
  });
});
