import type { Observation } from '../data/records';
import { makeObservation } from './test-records';
import { misalignments, PERIOD_ALIGNMENT, periodMisalignment, placeMisalignment, shareCovered } from './alignment';

const record = (over: Partial<Observation> = {}): Observation =>
  makeObservation(563, 'at-least', { id: 'o1', ...over });

const fy2019 = { period_type: 'federal-fy' as const, period_start: '2018-10-01', period_end: '2019-09-30' };
const kind = (claim: Parameters<typeof periodMisalignment>[0], o: Observation = record()) =>
  periodMisalignment(claim, o)?.kind ?? 'aligned';

describe('PERIOD_ALIGNMENT', () => {
  test('both ways, the whole period must be covered: containment and equality', () => {
    expect(PERIOD_ALIGNMENT).toEqual({ claimDaysCovered: 1, recordDaysCovered: 1 });
  });
});

describe('shareCovered', () => {
  test('counts whole days, both ends included', () => {
    expect(
      shareCovered({ start: '2019-01-01', end: '2019-12-31' }, { start: '2018-10-01', end: '2019-09-30' }),
    ).toBeCloseTo(273 / 365);
    expect(shareCovered({ start: '2018-10-01', end: '2019-09-30' }, { start: '2018-10-01', end: '2019-09-30' })).toBe(
      1,
    );
    expect(shareCovered({ start: '2019-03-01', end: '2019-03-31' }, { start: '2018-10-01', end: '2019-09-30' })).toBe(
      1,
    );
    expect(shareCovered({ start: '2014-04-01', end: '2014-04-30' }, { start: '2018-10-01', end: '2019-09-30' })).toBe(
      0,
    );
  });
});

describe('periodMisalignment', () => {
  test('the same federal fiscal year lines up', () => {
    expect(kind(fy2019)).toBe('aligned');
  });

  test('a claim that states no period never lines up with a dated record', () => {
    expect(kind({ period_type: null, period_start: null, period_end: null })).toBe('claim-no-period');
  });

  test('nor with an undated one', () => {
    expect(
      kind(
        { period_type: null, period_start: null, period_end: null },
        record({ period_type: 'range-other', period_start: null, period_end: null }),
      ),
    ).toBe('claim-no-period');
  });

  test('a stated period without dates cannot be checked', () => {
    expect(kind({ period_type: 'range-other', period_start: null, period_end: null })).toBe('claim-undated');
  });

  test('a record without dates cannot check a dated claim', () => {
    expect(kind(fy2019, record({ period_type: 'range-other', period_start: null, period_end: null }))).toBe(
      'record-undated',
    );
  });

  test('two undated periods are not the same period, even with the same words', () => {
    expect(
      kind(
        { period_type: 'range-other', period_start: null, period_end: null },
        record({ period_type: 'range-other', period_start: null, period_end: null }),
      ),
    ).toBe('both-undated');
  });

  test('a calendar year is not a federal fiscal year', () => {
    expect(kind({ period_type: 'calendar', period_start: '2019-01-01', period_end: '2019-12-31' })).toBe('period-type');
  });

  test('a state fiscal year is not a federal one', () => {
    expect(kind({ period_type: 'state-fy', period_start: '2018-07-01', period_end: '2019-06-30' })).toBe('period-type');
  });

  test('the same type over other dates is another span', () => {
    expect(kind({ period_type: 'federal-fy', period_start: '2017-10-01', period_end: '2018-09-30' })).toBe(
      'period-span',
    );
  });

  test('containment alone is not enough: a part of the record period, or a period that holds it, differs', () => {
    const fullYear = record({ period_type: 'range-other', period_start: '2019-01-01', period_end: '2019-12-31' });
    expect(kind({ period_type: 'range-other', period_start: '2019-03-01', period_end: '2019-03-31' }, fullYear)).toBe(
      'period-span',
    );
    expect(kind({ period_type: 'range-other', period_start: '2018-01-01', period_end: '2020-12-31' }, fullYear)).toBe(
      'period-span',
    );
    expect(kind({ period_type: 'range-other', period_start: '2019-01-01', period_end: '2019-12-31' }, fullYear)).toBe(
      'aligned',
    );
  });

  test('an open window matches the same open window ("FY2019 to date" from one release)', () => {
    const toDate = record({ period_type: 'range-other', period_start: '2018-10-01', period_end: null });
    expect(kind({ period_type: 'range-other', period_start: '2018-10-01', period_end: null }, toDate)).toBe('aligned');
    expect(kind({ period_type: 'range-other', period_start: '2018-11-01', period_end: null }, toDate)).toBe(
      'period-span',
    );
    expect(kind({ period_type: 'range-other', period_start: '2018-10-01', period_end: '2019-09-30' }, toDate)).toBe(
      'period-span',
    );
    const to = record({ period_type: 'range-other', period_start: null, period_end: '2020-02-14' });
    expect(kind({ period_type: 'range-other', period_start: null, period_end: '2020-02-14' }, to)).toBe('aligned');
  });
});

describe('placeMisalignment', () => {
  test('the same FIPS code lines up', () => {
    expect(placeMisalignment({ fips: '37' }, record())).toBeNull();
  });

  test('a claim that states no place does not line up', () => {
    expect(placeMisalignment({ fips: null }, record())?.kind).toBe('claim-no-place');
  });

  test('a record with no FIPS code cannot be matched', () => {
    expect(placeMisalignment({ fips: '37' }, record({ fips: null }))?.kind).toBe('record-no-place');
  });

  test('a county is not its state, nor the state a county', () => {
    expect(placeMisalignment({ fips: '37' }, record({ fips: '37119' }))?.kind).toBe('place');
    expect(placeMisalignment({ fips: '37119' }, record())?.kind).toBe('place');
    expect(placeMisalignment({ fips: 'US' }, record())?.kind).toBe('place');
  });
});

describe('misalignments', () => {
  test('lists every difference with every record figure, period before place', () => {
    const claim = {
      fips: '37119',
      period_type: 'calendar' as const,
      period_start: '2019-01-01',
      period_end: '2019-12-31',
    };
    const a = record({ id: 'a' });
    const b = record({
      id: 'b',
      fips: '37119',
      period_type: 'calendar',
      period_start: '2019-01-01',
      period_end: '2019-12-31',
    });
    expect(misalignments(claim, [a, b]).map((m) => [m.kind, m.record.id])).toEqual([
      ['period-type', 'a'],
      ['place', 'a'],
    ]);
    expect(misalignments(claim, [b])).toEqual([]);
  });
});
