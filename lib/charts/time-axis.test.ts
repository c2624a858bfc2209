import type { Observation } from '../data/records';
import { timeAxis } from './time-axis';

const obs = (
  period: string,
  start: string,
  end: string | null,
  type: Observation['period_type'] = 'federal-fy',
  label = period,
): Observation => ({
  id: `o-${period}`,
  series_id: 's',
  label,
  period,
  period_type: type,
  period_start: start,
  period_end: end,
  geography: 'United States',
  fips: 'US',
  value: 1,
  qualifier: 'exact',
  unit: 'removals',
  source_id: 'x',
  locator: 'x',
  locator_type: 'table',
  confidence: 'high',
  note: null,
});

describe('timeAxis', () => {
  it('orders periods in time and marks a missing fiscal year as a gap', () => {
    const axis = timeAxis(
      [obs('FY2023', '2022-10-01', '2023-09-30'), obs('FY2021', '2020-10-01', '2021-09-30')],
      'federal-fy',
    )!;
    expect(axis.map((p) => [p.period, p.gap])).toEqual([
      ['FY2021', false],
      ['FY2022', true],
      ['FY2023', false],
    ]);
    expect(axis[0].t).toBeLessThan(axis[1].t);
  });
  it('marks periods shorter than the series period as partial, and labels ticks with the year', () => {
    const axis = timeAxis(
      [
        obs(
          '2007 (October-December only; partial year)',
          '2007-10-01',
          '2007-12-31',
          'range-other',
          '2007 (Oct-Dec only)',
        ),
        obs('2008', '2008-01-01', '2008-12-31', 'calendar'),
      ],
      'calendar',
    )!;
    expect(axis.map((p) => [p.label, p.tick, p.partial])).toEqual([
      ['2007 (Oct-Dec only)', '2007', true],
      ['2008', '2008', false],
    ]);
  });
  it('names missing state fiscal years the NC way', () => {
    const axis = timeAxis(
      [
        obs('FY2012-13', '2012-07-01', '2013-06-30', 'state-fy'),
        obs('FY2014-15', '2014-07-01', '2015-06-30', 'state-fy'),
      ],
      'state-fy',
    )!;
    expect(axis.filter((p) => p.gap).map((p) => p.period)).toEqual(['FY2013-14']);
  });
  it('places successive release cohorts in time by their start, named by their fiscal year', () => {
    const axis = timeAxis(
      [
        obs('FY2013 cohort (NC), 2 years', '2012-07-01', '2013-06-30', 'cohort'),
        obs('FY2002 cohort (NC), 2 years', '2001-07-01', '2002-06-30', 'cohort'),
      ],
      'cohort',
    )!;
    expect(axis.map((p) => [p.tick, p.gap])).toEqual([
      ['FY2002', false],
      ['FY2013', false],
    ]);
  });
  it('is not a time line when periods overlap (a full year and the same year to date), lack dates, or are follow-up lengths of one cohort', () => {
    expect(
      timeAxis(
        [obs('FY2019', '2018-10-01', '2019-09-30'), obs('FY2019 to date', '2018-10-01', null, 'range-other')],
        'federal-fy',
      ),
    ).toBeNull();
    expect(timeAxis([{ ...obs('FY2019', '2018-10-01', '2019-09-30'), period_start: null }], 'federal-fy')).toBeNull();
    expect(
      timeAxis([{ ...obs('2005 cohort, 1 year', '2005-01-01', null, 'cohort'), period_start: null }], 'cohort'),
    ).toBeNull();
  });
});
