import { dataAsOf } from './data-as-of';

describe('dataAsOf', () => {
  it('names the newest period by its own name, whatever the file’s build date', () => {
    expect(
      dataAsOf([
        { period: 'FY2018-19', period_end: '2019-06-30' },
        { period: 'FY2019-20', period_end: '2020-06-30' },
      ]),
    ).toEqual({ end: '2020-06-30', words: 'FY2019-20 (to Jun 30, 2020)' });
    expect(dataAsOf([{ fiscal_year: 'FY2026', period_end: '2026-02-28' }])?.words).toBe('FY2026 (to Feb 28, 2026)');
  });
  it('falls back on record dates, snapshots, calendar years and dated rows, in that order', () => {
    expect(dataAsOf([{ prepare_date: '2015-07-19' }, { prepare_date: '2014-10-01' }])?.words).toBe(
      "Jul 19, 2015 (the last record's date)",
    );
    expect(dataAsOf([{ snapshot_date: '2026-08-14', filename_date: '2026-05-05' }])?.words).toBe(
      'Aug 14, 2026 (the latest snapshot)',
    );
    expect(dataAsOf([{ year: 2014 }, { year: 2015 }])).toEqual({ end: '2015-12-31', words: 'calendar year 2015' });
    expect(dataAsOf([{ date: '2025-10-01' }])?.words).toBe('Oct 1, 2025 (the latest dated row)');
  });
  it('is null for a file with no dated row, and ignores blanks and non-dates', () => {
    expect(dataAsOf([{ name: 'x' }])).toBeNull();
    expect(dataAsOf([{ period_end: null, prepare_date: '' }, { prepare_date: '2015-07-19' }])?.words).toBe(
      "Jul 19, 2015 (the last record's date)",
    );
  });
});
