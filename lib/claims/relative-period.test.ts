import {
  describeDerivation,
  federalFiscalYear,
  minusDays,
  minusMonths,
  periodDerivation,
  resolveRelativePeriod,
} from './relative-period';

const events: Record<string, string> = { 'hb370-law': '2019-08-21' };
const eventDate = (id: string) => events[id] ?? null;
const resolve = (rule: string, date: string | null) => resolveRelativePeriod(rule, date, eventDate);
const period = (rule: string, date: string) => {
  const r = resolve(rule, date);
  if (!r.ok) throw new Error(r.message);
  return [r.period.period_type, r.period.period_start, r.period.period_end];
};

describe('resolveRelativePeriod: the federal fiscal year', () => {
  test('Breitbart\'s "this fiscal year" of 2019-11-03 is FY2020', () => {
    expect(period('this-federal-fy', '2019-11-03')).toEqual(['federal-fy', '2019-10-01', '2020-09-30']);
    const r = resolve('this-federal-fy', '2019-11-03');
    expect(r.ok && describeDerivation(r, '2019-11-03')).toBe(
      '‘this fiscal year’, said on 2019-11-03, is FY2020 (Oct 1, 2019 – Sep 30, 2020)',
    );
  });

  test.each([
    ['2019-09-30', 2019],
    ['2019-10-01', 2020],
    ['2019-12-31', 2020],
    ['2020-01-01', 2020],
  ])('FY boundary: %s is in FY%i', (date, fy) => {
    expect(federalFiscalYear(date)).toBe(fy);
  });

  test('to date runs from Oct 1 to the article date; last FY is the whole year before', () => {
    expect(period('this-federal-fy-to-date', '2019-09-10')).toEqual(['range-other', '2018-10-01', '2019-09-10']);
    expect(period('this-federal-fy-to-date', '2019-10-01')).toEqual(['range-other', '2019-10-01', '2019-10-01']);
    expect(period('last-federal-fy', '2019-11-03')).toEqual(['federal-fy', '2018-10-01', '2019-09-30']);
    expect(period('last-federal-fy', '2019-09-30')).toEqual(['federal-fy', '2017-10-01', '2018-09-30']);
  });
});

describe('resolveRelativePeriod: the calendar year', () => {
  test('this year, to date and last year', () => {
    expect(period('this-calendar-year', '2021-07-15')).toEqual(['calendar', '2021-01-01', '2021-12-31']);
    expect(period('this-calendar-year-to-date', '2021-07-15')).toEqual(['range-other', '2021-01-01', '2021-07-15']);
    expect(period('last-calendar-year', '2021-01-12')).toEqual(['calendar', '2020-01-01', '2020-12-31']);
  });
});

describe('resolveRelativePeriod: past months and days', () => {
  test('WRAL\'s "the past 13 months" of 2020-02-14 runs from 2019-01-14', () => {
    expect(period('past-months:13', '2020-02-14')).toEqual(['range-other', '2019-01-14', '2020-02-14']);
  });

  test.each([
    ['2020-03-31', 1, '2020-02-29'],
    ['2019-03-31', 1, '2019-02-28'],
    ['2020-05-31', 3, '2020-02-29'],
    ['2021-01-31', 11, '2020-02-29'],
    ['2024-02-29', 12, '2023-02-28'],
    ['2020-01-15', 1, '2019-12-15'],
    ['2020-01-15', 25, '2017-12-15'],
  ])('month arithmetic at month ends and leap years: %s minus %i months is %s', (date, n, expected) => {
    expect(minusMonths(date, n)).toBe(expected);
  });

  test.each([
    ['2020-03-01', 1, '2020-02-29'],
    ['2019-03-01', 1, '2019-02-28'],
    ['2020-01-01', 366, '2018-12-31'],
  ])('%s minus %i days is %s', (date, n, expected) => {
    expect(minusDays(date, n)).toBe(expected);
  });

  test('past-days', () => {
    expect(period('past-days:30', '2019-11-03')).toEqual(['range-other', '2019-10-04', '2019-11-03']);
  });
});

describe('resolveRelativePeriod: since an event', () => {
  test("runs from the event's date to the article date", () => {
    expect(period('since:hb370-law', '2019-11-03')).toEqual(['range-other', '2019-08-21', '2019-11-03']);
  });

  test('an unknown event id is an error, named', () => {
    const r = resolve('since:no-such-law', '2019-11-03');
    expect(r).toMatchObject({ ok: false, error: 'unknown-event' });
    expect(!r.ok && r.message).toContain('unknown event "no-such-law"');
  });

  test('an event after the article is an error', () => {
    expect(resolve('since:hb370-law', '2019-08-01')).toMatchObject({ ok: false, error: 'event-after-article' });
  });
});

describe('resolveRelativePeriod: bad rules', () => {
  test.each([
    'this-fiscal-year',
    'past-months',
    'past-months:0',
    'past-months:-3',
    'past-months:1.5',
    'this-federal-fy:2',
    'since:',
    '',
  ])('"%s" is refused', (rule) => {
    const r = resolve(rule, '2019-11-03');
    expect(r.ok).toBe(false);
  });

  test('a rule on an undated story is refused', () => {
    expect(resolve('this-federal-fy', null)).toMatchObject({ ok: false, error: 'no-article-date' });
  });
});

describe('periodDerivation', () => {
  test('says how the stored period came from the rule and the article date', () => {
    expect(periodDerivation({ period_rule: 'this-federal-fy', period_start: '2019-10-01' }, '2019-11-03')).toBe(
      '‘this fiscal year’, said on 2019-11-03, is FY2020 (Oct 1, 2019 – Sep 30, 2020)',
    );
    expect(periodDerivation({ period_rule: 'since:hb370-law', period_start: '2019-08-21' }, '2019-11-03')).toBe(
      '‘since event hb370-law’, said on 2019-11-03, is the span from that event, 2019-08-21, to 2019-11-03 (Aug 21, 2019 – Nov 3, 2019)',
    );
    expect(periodDerivation({ period_rule: null, period_start: null }, '2019-11-03')).toBeNull();
  });
});
