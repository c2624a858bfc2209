import { claimMark } from '../charts/annotations';
import { compareInIndex } from '../claims/compare-in-index';
import { loadDataset } from '../data/dataset';
import { Index } from '../data/evidence';
import { checkIndex, checkSeriesData } from './check-data';
import { EMPTY_INPUT, type CheckInput } from './check-url';
import { runCheck } from './run-check';
import { validateCheck } from './validate-check';

const data = loadDataset('data');
const index = checkIndex(data);
const check = (fields: Partial<CheckInput>) => {
  const { errors, stated } = validateCheck({ ...EMPTY_INPUT, ...fields }, index);
  expect(errors).toEqual({});
  return runCheck(stated!, checkSeriesData(data, stated!.measure.id));
};
const detainers = { measure: 'ice-nc-declined-detainers', q: 'more-than', n: '500', place: '37', period: 'federal-fy' };

describe('a reader checks a number with the engine the build uses', () => {
  test('more than 500 NC declined detainers in FY2019 is consistent with ICE’s at least 563', () => {
    const r = check({ ...detainers, year: '2019' });
    expect(r.comparison.status).toBe('consistent');
    expect(r.comparison.sentence).toMatch(
      /^Consistent with the record: the record \(ICE: NC declined detainers\) shows at least 563 declined detainers for North Carolina, FY2019/,
    );
    expect(r.comparison.record.map((e) => e.observation.id)).toEqual(['nc-declined-detainers-fy2019-full']);
    expect(r.noRecord).toBeNull();
    // The reader's number is drawn as a claim is: a band from 500 up.
    expect(r.chart && claimMark(r.chart)).toMatchObject({
      kind: 'band',
      from: 500,
      label: 'Claim: more than 500 declined detainers',
    });
  });

  test('563 comes from the Washington Times: its own claim is self-sourced in the build, while a reader’s check, which has no article, is independent of it', () => {
    const index = new Index(data);
    const own = data.claims.find((c) => c.id === 'washingtontimes-2019-12-12-at-least-563')!;
    expect(compareInIndex(index, own).status).toBe('self-sourced');
    expect(check({ ...detainers, q: 'at-least', n: '563', year: '2019' }).comparison.status).toBe('consistent');
  });

  test('the same number for FY2025 says no record has been published for that year, and what exists', () => {
    const r = check({ ...detainers, year: '2025' });
    expect(r.noRecord?.sentence).toMatch(
      /^No record has been published for FY2025 \(federal fiscal year, Oct 1, 2024 – Sep 30, 2025\)/,
    );
    expect(r.noRecord?.periods[0]).toMatch(/FY2019/);
    expect(r.comparison.status).toBe('no-official-data');
    expect(r.chart && claimMark(r.chart)).toMatchObject({ kind: 'band', from: 500 });
  });

  test('a relative period resolves against the date it was said: "last fiscal year", said 2019-11-03, is FY2019', () => {
    const r = check({ ...detainers, period: 'relative', rule: 'last-federal-fy', said: '2019-11-03' });
    expect(r.claim).toMatchObject({
      period_type: 'federal-fy',
      period_start: '2018-10-01',
      period_end: '2019-09-30',
      period_rule: 'last-federal-fy',
    });
    expect(r.comparison.status).toBe('consistent');
  });

  test('a period that only overlaps a figure is not comparable, with the difference named by the engine', () => {
    const r = check({ ...detainers, period: 'relative', rule: 'this-federal-fy-to-date', said: '2019-09-09' });
    expect(r.comparison.status).toBe('not-comparable');
    expect(r.comparison.sentence).toMatch(/^Not comparable: the claim says/);
  });

  test('a lower bound leaves "more than 5,000" open, while "up to 400" understates it', () => {
    expect(check({ ...detainers, n: '5,000', year: '2019' }).comparison.status).toBe('consistent');
    expect(check({ ...detainers, q: 'up-to', n: '400', year: '2019' }).comparison.status).toBe('understates');
  });
});
