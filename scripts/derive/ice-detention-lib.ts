// Pure helpers for scripts/derive/ice-detention.ts: ICE detention statistics
// per facility (parsed by the Deportation Data Project), reduced to one row
// per NC facility and fiscal year, taken from the latest release of that year.

export type Raw = Record<string, string>;
export const LEVELS = ["level_a", "level_b", "level_c", "level_d"] as const;

export interface FacilityYear {
  key: string; // the facility name in upper case: releases spell it in different cases
  row: Raw; // the row of the latest release
  releases: number; // how many releases the file has for this facility and year
  fiscal_year: string; // FY2019
  period_start: string;
  period_end: string;
  /** Average daily population: the sum of the four ADP columns by detainee classification level (A-D), 1 decimal; null if any is blank. */
  adp: string | null;
  /** True when the latest release is dated before the fiscal year ended: the year to date only. */
  partial: boolean;
}

const NUM = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** Sum of the level columns to 1 decimal, or null when any is blank; a malformed value throws. */
export function adpOf(row: Raw): string | null {
  if (LEVELS.some((l) => row[l] === "")) return null;
  let sum = 0;
  for (const l of LEVELS) {
    if (!NUM.test(row[l])) throw new Error(`${row.name} ${row.fiscal_year}: ${l} ${JSON.stringify(row[l])} is not a non-negative number`);
    sum += Number(row[l]);
  }
  return (Math.round(sum * 10) / 10).toFixed(1);
}

/**
 * One row per facility (case-insensitive name) and fiscal year: the release with the latest pull_date,
 * ties broken by the latest file_date. Sorted by facility then year.
 */
export function latestByFacilityYear(rows: Raw[]): FacilityYear[] {
  const groups = new Map<string, Raw[]>();
  for (const r of rows) {
    if (!/^\d{4}$/.test(r.fiscal_year)) throw new Error(`${r.name}: fiscal_year ${JSON.stringify(r.fiscal_year)}`);
    for (const d of ["file_date", "pull_date"]) if (!/^\d{4}-\d{2}-\d{2}$/.test(r[d])) throw new Error(`${r.name} ${r.fiscal_year}: ${d} ${JSON.stringify(r[d])}`);
    const k = `${r.name.toUpperCase()}\t${r.fiscal_year}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups]
    .map(([k, rs]) => {
      const row = [...rs].sort((a, b) => (a.pull_date + a.file_date < b.pull_date + b.file_date ? 1 : -1))[0];
      const fy = Number(row.fiscal_year);
      const period_end = `${fy}-09-30`;
      return {
        key: k.split("\t")[0],
        row,
        releases: rs.length,
        fiscal_year: `FY${fy}`,
        period_start: `${fy - 1}-10-01`,
        period_end,
        adp: adpOf(row),
        partial: row.pull_date < period_end,
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.fiscal_year < b.fiscal_year ? -1 : 1));
}
