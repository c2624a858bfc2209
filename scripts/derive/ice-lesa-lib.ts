// Pure helpers for scripts/derive/ice-lesa.ts: ICE's FY2015-to-date detainer
// records (sheet "FOIA 15-06333 Detail", one row per detainer) as a tidy table with a stable
// id and an NC county, and the counts the charts need. No file access here.

/** The sheet's header, as ICE wrote it (the CSV copy keeps it). */
export const RAW_HEADER = [
  'Prepare Date',
  'Detainer Type',
  'Detainer Detention Facility',
  'State',
  'City',
  'Detainer Lift Reason',
] as const;

/** Columns of data/ice_detainers_fy2015.csv, in order. */
export const COLUMNS = [
  'id',
  'prepare_date',
  'detainer_type',
  'detention_facility',
  'state',
  'city',
  'lift_reason',
  'county_fips',
] as const;

export const NC = 'NORTH CAROLINA';
export const DECLINED = 'Detainer Declined by LEA';

export interface Detainer {
  /** The row's position in ICE's sheet, 1 = the first row under the header: stable, as the released file is fixed. */
  id: number;
  prepare_date: string;
  detainer_type: string;
  detention_facility: string;
  state: string;
  city: string;
  lift_reason: string;
  county_fips: string;
}

/**
 * Raw rows (header first) to records. ICE's values are kept exactly; a row with a different number of
 * cells, a date that is not ISO, or a cell with leading or trailing spaces throws (the file is ICE's
 * record: nothing is trimmed or guessed). `countyOf` gives the county of an NC facility ("" = none).
 */
export function parseDetainers(rows: string[][], countyOf: (facility: string) => string): Detainer[] {
  const [header, ...body] = rows;
  if (!header || header.join('|') !== RAW_HEADER.join('|'))
    throw new Error(`header is ${JSON.stringify(header)}, expected ${JSON.stringify(RAW_HEADER)}`);
  return body.map((cells, i) => {
    const where = `data row ${i + 1}`;
    if (cells.length !== RAW_HEADER.length)
      throw new Error(`${where}: ${cells.length} cells, expected ${RAW_HEADER.length}`);
    for (const c of cells)
      if (c !== c.trim()) throw new Error(`${where}: cell ${JSON.stringify(c)} has leading or trailing spaces`);
    const [prepare_date, detainer_type, detention_facility, state, city, lift_reason] = cells;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(prepare_date))
      throw new Error(`${where}: Prepare Date ${JSON.stringify(prepare_date)} is not an ISO date`);
    return {
      id: i + 1,
      prepare_date,
      detainer_type,
      detention_facility,
      state,
      city,
      lift_reason,
      county_fips: state === NC ? countyOf(detention_facility) : '',
    };
  });
}

export const cells = (d: Detainer): string[] => COLUMNS.map((c) => String(d[c]));

/** Counts by a key, as [key, count] sorted by key (blank first). */
export function countBy<T>(items: T[], key: (t: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** NC detainers by county and lift reason; county "" = at a facility mapped to no county. */
export function ncCountyLiftReason(
  records: Detainer[],
): Array<{ county_fips: string; lift_reason: string; detainers: number }> {
  const nc = records.filter((r) => r.state === NC);
  return countBy(nc, (r) => `${r.county_fips}\t${r.lift_reason}`).map(([k, detainers]) => {
    const [county_fips, lift_reason] = k.split('\t');
    return { county_fips, lift_reason, detainers };
  });
}

/** Detainers by state (as ICE wrote it, "" = none) and lift reason. */
export function stateLiftReason(records: Detainer[]): Array<{ state: string; lift_reason: string; detainers: number }> {
  return countBy(records, (r) => `${r.state}\t${r.lift_reason}`).map(([k, detainers]) => {
    const [state, lift_reason] = k.split('\t');
    return { state, lift_reason, detainers };
  });
}
