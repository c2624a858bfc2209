import Papa from 'papaparse';
import type { Field } from '../data/schema';

/**
 * A county's rows of a dataset as their own CSV file, for datasets with a North Carolina county column.
 * The rows are the dataset's own lines: the data CSVs are written by papaparse with LF endings and minimal
 * quoting, so parsing and writing a subset gives each row back byte for byte (a test checks this).
 */
export const COUNTY_COLUMNS = ['county_fips', 'fips'] as const;

/** The dataset's NC county column: county_fips or fips whose pattern is an NC county code; null if none. */
export function countyColumn(fields: Field[]): string | null {
  const f = fields.find(
    (x) => (COUNTY_COLUMNS as readonly string[]).includes(x.name) && x.constraints?.pattern?.startsWith('^37'),
  );
  return f ? f.name : null;
}

export const countyCsvHref = (file: string, fips: string) =>
  `/data/by-county/${file.replace(/\.csv$/, '')}/${fips}.csv`;

/** Each county's rows as CSV text (header first), keyed by FIPS; rows with no county are left out. */
export function countyCsvs(text: string, column: string): Map<string, { rows: number; csv: string }> {
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const at = header.indexOf(column);
  if (at === -1) throw new Error(`no column ${column}`);
  const by = new Map<string, string[][]>();
  for (const r of rows) {
    if (!r[at]) continue;
    const list = by.get(r[at]);
    if (list) list.push(r);
    else by.set(r[at], [r]);
  }
  return new Map(
    [...by]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([fips, rs]) => [fips, { rows: rs.length, csv: `${Papa.unparse([header, ...rs], { newline: '\n' })}\n` }]),
  );
}

export interface CountyDownload {
  fips: string;
  name: string;
  rows: number;
  href: string;
}

/** The counties a dataset has rows for, with their row counts and CSV links, in FIPS order. */
export function countyDownloads(
  file: string,
  rows: Array<Record<string, unknown>>,
  column: string,
  names: Map<string, string>,
): CountyDownload[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const fips = r[column];
    if (typeof fips === 'string' && fips) counts.set(fips, (counts.get(fips) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([fips, n]) => ({ fips, name: names.get(fips) ?? fips, rows: n, href: countyCsvHref(file, fips) }));
}
