// Pure helpers for scripts/derive/ice-detention.ts: ICE detention statistics
// per facility (parsed by the Deportation Data Project), reduced to one row
// per NC facility and fiscal year, taken from the release whose data run latest
// in that year. Each release's fiscal year and window are read from its data,
// not from the parser's labels: five releases in the file are mislabelled
// (audit 2026-12, items 1-4).

export type Raw = Record<string, string>;
export const LEVELS = ['level_a', 'level_b', 'level_c', 'level_d'] as const;

/** One ICE release as the file holds it: the rows sharing a file_date, pull_date and fiscal_year label. */
export interface Release {
  key: string;
  file_date: string;
  pull_date: string;
  /** The parser's fiscal_year label. */
  labelled_fy: number;
  /** The fiscal year the data are for: the one fyNN_alos column the release fills, else the label. */
  fiscal_year: number;
  /** Days the averages are taken over (the least common denominator of every A-D value in the release); null when none can be derived. */
  days: number | null;
  period_start: string;
  /** Last day of data: period_start + days - 1; without days, the day before the pull date (the rule the other releases follow). */
  period_end: string;
  /** True when the fiscal year the data show is not the label. */
  relabelled: boolean;
}

export interface FacilityYear {
  key: string; // the facility name in upper case: releases spell it in different cases
  row: Raw; // the row of the release whose data run latest
  release: Release;
  releases: number; // how many releases the file has for this facility and (data) year
  fiscal_year: string; // FY2019
  period_start: string;
  period_end: string;
  /** Average daily population: the sum of the four ADP columns by detainee classification level (A-D), 1 decimal; null if any is blank. */
  adp: string | null;
  /** True when the release's data end before the fiscal year ended: the year to date only. */
  partial: boolean;
}

const NUM = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const DAY = 86_400_000;
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const fyStart = (fy: number) => `${fy - 1}-10-01`;
const fyEnd = (fy: number) => `${fy}-09-30`;
const fyDays = (fy: number) =>
  (Date.parse(`${fyEnd(fy)}T00:00:00Z`) - Date.parse(`${fyStart(fy)}T00:00:00Z`)) / DAY + 1;

/** Sum of the level columns to 1 decimal, or null when any is blank; a malformed value throws. */
export function adpOf(row: Raw): string | null {
  if (LEVELS.some((l) => row[l] === '')) return null;
  let sum = 0;
  for (const l of LEVELS) {
    if (!NUM.test(row[l]))
      throw new Error(`${row.name} ${row.fiscal_year}: ${l} ${JSON.stringify(row[l])} is not a non-negative number`);
    sum += Number(row[l]);
  }
  return (Math.round(sum * 10) / 10).toFixed(1);
}

/**
 * The number of days averages were taken over: the least D in 2..maxDays for which every value
 * times D is a whole number of detainee-days, allowing for the values' rounding to `decimals`
 * places. Null when there is none, or when every value is whole (then any D fits and none is shown).
 */
export function daysCovered(values: number[], maxDays: number, decimals = 4): number | null {
  const fractional = values.filter((v) => !Number.isInteger(v));
  if (fractional.length === 0) return null;
  const slack = 0.5 * 10 ** -decimals;
  for (let d = 2; d <= maxDays; d++) {
    if (values.every((v) => Math.abs(v * d - Math.round(v * d)) <= slack * d + 1e-9)) return d;
  }
  return null;
}

/** The fiscal years whose fyNN_alos column the rows fill: ICE's average length of stay is given for the release's own year. */
export function alosYears(rows: Raw[]): number[] {
  const years = new Set<number>();
  for (const r of rows)
    for (const [k, v] of Object.entries(r))
      if (/^fy\d{2}_alos$/.test(k) && v !== '') years.add(2000 + Number(k.slice(2, 4)));
  return [...years].sort();
}

export const releaseKey = (r: Raw) => `${r.file_date}\t${r.pull_date}\t${r.fiscal_year}`;

/**
 * Every release in the file, read by its content. The fiscal year is the one ALOS column the release
 * fills (the label when it fills none or several); the window is the day count its averages imply.
 */
export function readReleases(rows: Raw[]): Map<string, Release> {
  const groups = new Map<string, Raw[]>();
  for (const r of rows) {
    if (!/^\d{4}$/.test(r.fiscal_year)) throw new Error(`${r.name}: fiscal_year ${JSON.stringify(r.fiscal_year)}`);
    for (const d of ['file_date', 'pull_date'])
      if (!/^\d{4}-\d{2}-\d{2}$/.test(r[d]))
        throw new Error(`${r.name} ${r.fiscal_year}: ${d} ${JSON.stringify(r[d])}`);
    groups.set(releaseKey(r), [...(groups.get(releaseKey(r)) ?? []), r]);
  }
  const releases = new Map<string, Release>();
  for (const [key, rs] of groups) {
    const labelled = Number(rs[0].fiscal_year);
    const years = alosYears(rs);
    const fy = years.length === 1 ? years[0] : labelled;
    const values = rs.flatMap((r) => LEVELS.filter((l) => NUM.test(r[l])).map((l) => Number(r[l])));
    const days = daysCovered(values, fyDays(fy));
    const period_end = days ? addDays(fyStart(fy), days - 1) : addDays(rs[0].pull_date, -1);
    releases.set(key, {
      key,
      file_date: rs[0].file_date,
      pull_date: rs[0].pull_date,
      labelled_fy: labelled,
      fiscal_year: fy,
      days,
      period_start: fyStart(fy),
      period_end,
      relabelled: fy !== labelled,
    });
  }
  return releases;
}

/**
 * One row per facility (case-insensitive name) and fiscal year the data show: the release whose data
 * run latest, ties broken by the latest file_date. Sorted by facility then year.
 */
export function latestByFacilityYear(rows: Raw[], releases: Map<string, Release>): FacilityYear[] {
  const groups = new Map<string, { row: Raw; release: Release }[]>();
  for (const row of rows) {
    const release = releases.get(releaseKey(row));
    if (!release) throw new Error(`${row.name}: no release ${releaseKey(row)}`);
    const k = `${row.name.toUpperCase()}\t${release.fiscal_year}`;
    groups.set(k, [...(groups.get(k) ?? []), { row, release }]);
  }
  return [...groups]
    .map(([k, rs]) => {
      const { row, release } = [...rs].sort((a, b) =>
        a.release.period_end + a.release.file_date < b.release.period_end + b.release.file_date ? 1 : -1,
      )[0];
      const fy = release.fiscal_year;
      return {
        key: k.split('\t')[0],
        row,
        release,
        releases: rs.length,
        fiscal_year: `FY${fy}`,
        period_start: release.period_start,
        period_end: release.period_end,
        adp: adpOf(row),
        partial: release.period_end < fyEnd(fy),
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.fiscal_year < b.fiscal_year ? -1 : 1));
}

/** "file_date 2024-12-31, pull_date 2024-10-07; 366-day averages", with the relabelling said where there was one. */
export function releaseWords(r: Release): string {
  const base = `file_date ${r.file_date}, pull_date ${r.pull_date}`;
  const window = r.days
    ? `${r.days}-day averages (data ${r.period_start} to ${r.period_end})`
    : `averages in whole numbers, so no day count can be derived; window taken to end the day before the pull date`;
  const label = r.relabelled
    ? `; labelled FY${r.labelled_fy} by the parser, but its fy${String(r.fiscal_year).slice(2)}_alos column shows FY${r.fiscal_year}`
    : '';
  return `${base}; ${window}${label}`;
}
