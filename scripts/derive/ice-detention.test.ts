import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { adpOf, alosYears, daysCovered, latestByFacilityYear, readReleases, releaseWords } from './ice-detention-lib';
import { readRows } from './ice-sources';

const r = (over: Record<string, string>) => ({
  name: 'A JAIL',
  fiscal_year: '2022',
  file_date: '2022-05-01',
  pull_date: '2022-04-20',
  level_a: '1',
  level_b: '0.25',
  level_c: '0',
  level_d: '0',
  fy22_alos: '3.5',
  fy23_alos: '',
  ...over,
});

describe('detention: a release is read by its content', () => {
  it('finds the day count the averages imply (their least common denominator)', () => {
    expect(daysCovered([56 / 27, 110 / 27, 158 / 27, 207 / 27], 365)).toBe(27);
    expect(daysCovered([2.0741, 4.0741, 5.8519, 7.6667], 365)).toBe(27);
    expect(daysCovered([1060 / 366, 1485 / 366, 2555 / 366], 366)).toBe(366);
    expect(daysCovered([1, 4, 0], 365)).toBeNull();
  });

  it('takes the fiscal year from the one ALOS column it fills, not the label', () => {
    const rows = [r({ fiscal_year: '2022', fy22_alos: '', fy23_alos: '4.1', level_a: '0.5', level_b: '0.25' })];
    expect(alosYears(rows)).toEqual([2023]);
    const [release] = readReleases(rows).values();
    expect(release).toMatchObject({
      labelled_fy: 2022,
      fiscal_year: 2023,
      days: 4,
      period_start: '2022-10-01',
      period_end: '2022-10-04',
      relabelled: true,
    });
    expect(releaseWords(release)).toBe(
      'file_date 2022-05-01, pull_date 2022-04-20; 4-day averages (data 2022-10-01 to 2022-10-04); labelled FY2022 by the parser, but its fy23_alos column shows FY2023',
    );
  });

  it('without a day count the window ends the day before the pull date', () => {
    const [release] = readReleases([r({ level_b: '0' })]).values();
    expect(release).toMatchObject({ days: null, fiscal_year: 2022, period_end: '2022-04-19' });
  });

  it('takes the release whose data run latest, marks a year to date, and sums the levels to 1 decimal', () => {
    const rows = [
      r({ level_b: '0.25' }),
      r({ name: 'a jail', file_date: '2022-12-31', pull_date: '2022-10-07', level_a: '2', level_b: '0.5' }),
      r({ file_date: '2022-06-01', pull_date: '2022-01-01', level_b: '0.1' }),
    ];
    // Each release's days: 4, 2 and 10. The second is labelled latest by file_date, but the first runs latest.
    const releases = readReleases(rows);
    const [y] = latestByFacilityYear(rows, releases);
    expect(y).toMatchObject({
      key: 'A JAIL',
      releases: 3,
      fiscal_year: 'FY2022',
      partial: true,
      adp: '1.1',
      period_end: '2021-10-10',
    });
  });

  it('gives no population for blank levels and refuses malformed ones', () => {
    expect(adpOf(r({ level_b: '' }))).toBeNull();
    expect(() => adpOf(r({ level_b: '-1' }))).toThrow(/not a non-negative number/);
  });
});

const RAW = resolve(process.env.RAW_DIR ?? '../shared/sources/raw');
const FILE = join(RAW, 'ice-detention-stats', 'facilities-fy2019-fy2026.csv');
const present = existsSync(FILE);
if (!present)
  test.skip(`${FILE} not found; skipping the detention figures (set RAW_DIR to the research dossier's raw/ folder)`, () => {});

(present ? describe : describe.skip)('detention figures, from the raw file (audit 2026-12, items 1-4)', () => {
  const all = readRows(FILE, [
    'name',
    'state',
    'level_a',
    'level_b',
    'level_c',
    'level_d',
    'fiscal_year',
    'file_date',
    'pull_date',
  ]);
  const releases = readReleases(all);
  const years = latestByFacilityYear(
    all.filter((x) => x.state === 'NC'),
    releases,
  );
  const year = (facility: string, fy: string) => years.find((y) => y.key === facility && y.fiscal_year === fy)!;

  it('five releases carry a fiscal-year label their data contradict', () => {
    expect(
      [...releases.values()]
        .filter((x) => x.relabelled)
        .map((x) => `${x.file_date} FY${x.labelled_fy}->FY${x.fiscal_year}`)
        .sort(),
    ).toEqual([
      '2022-09-15 FY2022->FY2020',
      '2022-12-06 FY2023->FY2020',
      '2023-11-22 FY2024->FY2023',
      '2023-12-07 FY2024->FY2023',
      '2024-11-15 FY2024->FY2025',
    ]);
  });

  it('Alamance FY2024 is 21.2, from the full-year release of 2024-12-31 (366-day averages)', () => {
    expect(year('ALAMANCE COUNTY DETENTION FACILITY', 'FY2024')).toMatchObject({
      adp: '21.2',
      partial: false,
      period_end: '2024-09-30',
    });
    expect(year('ALAMANCE COUNTY DETENTION FACILITY', 'FY2024').release).toMatchObject({
      file_date: '2024-12-31',
      days: 366,
    });
  });

  it('New Hanover FY2024 is 0.6, the year to 2024-01-21 only (113 days; release 2024-02-01)', () => {
    expect(year('NEW HANOVER COUNTY JAIL', 'FY2024')).toMatchObject({
      adp: '0.6',
      partial: true,
      period_end: '2024-01-21',
    });
    expect(year('NEW HANOVER COUNTY JAIL', 'FY2024').release).toMatchObject({
      file_date: '2024-02-01',
      pull_date: '2024-01-22',
      days: 113,
    });
  });

  it('Gaston FY2024 runs to 2023-10-29 (29-day averages), not to the pull date 2023-10-10', () => {
    expect(year('GASTON COUNTY JAIL', 'FY2024')).toMatchObject({ adp: '0.3', partial: true, period_end: '2023-10-29' });
  });

  it('the table runs through the newest release in the file: file_date 2026-02-12, data to 2026-02-04', () => {
    const newest = [...releases.values()].sort((a, b) => (a.period_end < b.period_end ? 1 : -1))[0];
    expect(newest).toMatchObject({
      file_date: '2026-02-12',
      pull_date: '2026-02-05',
      fiscal_year: 2026,
      days: 127,
      period_end: '2026-02-04',
    });
    expect(year('NEW HANOVER COUNTY JAIL', 'FY2026').release.key).toBe(newest.key);
  });
});
