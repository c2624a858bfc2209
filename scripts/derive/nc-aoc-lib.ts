// Pure helpers for scripts/derive/nc-aoc.ts: turn NC AOC caseload-inventory
// records into tidy county records, and sum county records into statewide
// totals. No file access here, so the unit tests can feed inline fixtures.

export type RawRow = Record<string, string>;

export const RAW_COLUMNS = [
  'period',
  'county',
  'ctyfips',
  'category',
  'file_type',
  'jurisdiction',
  'case_type',
  'case_count',
  'number_of_cases',
  'population',
  'record_id',
  'record_timestamp',
] as const;

/** Columns of nc_aoc_caseload.csv, in order. */
export const COUNTY_COLUMNS = [
  'period',
  'period_start',
  'period_end',
  'county',
  'fips',
  'jurisdiction',
  'case_type',
  'measure',
  'cases',
  'population',
  'record_id',
] as const;

export const JURISDICTIONS = ['District Criminal', 'Superior Criminal'] as const;
export const MEASURES = ['Filed', 'Disposed', 'End Pending'] as const;
/** Case types in display order; any other case type sorts after these, alphabetically. */
export const CASE_TYPE_ORDER = ['Felonies', 'Misdemeanors (Non-MV)', 'Misdemeanors (Traffic)', 'Infractions'];
/**
 * The (jurisdiction, case_type) pairs that get statewide series. Criminal
 * records of any other case type (the raw file has four "Infractions"
 * records filed under category Criminal) stay in the county file but are not
 * summed: they are not a complete series.
 */
export const SERIES_CASE_TYPES = ['Felonies', 'Misdemeanors (Non-MV)', 'Misdemeanors (Traffic)'];

export interface CountyRecord {
  period: string; // FY2018-19
  period_start: string; // 2018-07-01
  period_end: string; // 2019-06-30
  county: string;
  fips: string;
  jurisdiction: string;
  case_type: string;
  measure: string;
  cases: number;
  population: number;
  record_id: string;
}

export interface Skipped {
  record_id: string;
  reason: string;
}

/** '2018-2019' (raw) -> FY2018-19, 2018-07-01 .. 2019-06-30 (NC state fiscal year). */
export function fiscalYear(raw: string): { period: string; period_start: string; period_end: string } | null {
  const m = /^(\d{4})-(\d{4})$/.exec(raw);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return { period: `FY${m[1]}-${m[2].slice(2)}`, period_start: `${m[1]}-07-01`, period_end: `${m[2]}-06-30` };
}

const INT = /^(0|[1-9][0-9]*)$/;

/**
 * Keeps the category-Criminal rows and turns each into a county record.
 * A row with a bad cell is not guessed at: it is returned in `skipped` with
 * the reason. Two rows with the same record_id, or the same period, county,
 * jurisdiction, case type and measure, make the input ambiguous: that throws.
 */
export function parseCaseload(rows: RawRow[]): { records: CountyRecord[]; skipped: Skipped[] } {
  const records: CountyRecord[] = [];
  const skipped: Skipped[] = [];
  const ids = new Set<string>();
  const keys = new Set<string>();
  const countyOf = new Map<string, string>();
  const popOf = new Map<string, string>();
  for (const r of rows) {
    if (r.category !== 'Criminal') continue;
    const id = r.record_id ?? '';
    const skip = (reason: string) => skipped.push({ record_id: id, reason });
    if (!/^[0-9a-f]{40}$/.test(id)) {
      skip(`record_id ${JSON.stringify(id)} is not a 40-digit hex id`);
      continue;
    }
    const fy = fiscalYear(r.period ?? '');
    if (!fy) {
      skip(`period ${JSON.stringify(r.period)} is not YYYY-YYYY with consecutive years`);
      continue;
    }
    if (!/^37[0-9]{3}$/.test(r.ctyfips ?? '')) {
      skip(`ctyfips ${JSON.stringify(r.ctyfips)} is not a 5-digit North Carolina county code`);
      continue;
    }
    if (!r.county || r.county !== r.county.trim()) {
      skip(`county ${JSON.stringify(r.county)} is blank or padded`);
      continue;
    }
    if (!(JURISDICTIONS as readonly string[]).includes(r.jurisdiction)) {
      skip(`jurisdiction ${JSON.stringify(r.jurisdiction)} is not District Criminal or Superior Criminal`);
      continue;
    }
    if (!r.case_type || r.case_type !== r.case_type.trim()) {
      skip(`case_type ${JSON.stringify(r.case_type)} is blank or padded`);
      continue;
    }
    if (!(MEASURES as readonly string[]).includes(r.case_count)) {
      skip(`case_count ${JSON.stringify(r.case_count)} is not Filed, Disposed or End Pending`);
      continue;
    }
    if (!INT.test(r.number_of_cases ?? '')) {
      skip(`number_of_cases ${JSON.stringify(r.number_of_cases)} is not a non-negative whole number`);
      continue;
    }
    if (!INT.test(r.population ?? '')) {
      skip(`population ${JSON.stringify(r.population)} is not a non-negative whole number`);
      continue;
    }

    if (ids.has(id)) throw new Error(`record_id ${id} appears twice`);
    ids.add(id);
    const key = naturalKey({
      period: fy.period,
      fips: r.ctyfips,
      jurisdiction: r.jurisdiction,
      case_type: r.case_type,
      measure: r.case_count,
    });
    if (keys.has(key)) throw new Error(`two records for ${key}`);
    keys.add(key);
    // One name per code, and one population per county and year.
    const name = countyOf.get(r.ctyfips) ?? r.county;
    if (name !== r.county) throw new Error(`ctyfips ${r.ctyfips} is named both ${name} and ${r.county}`);
    countyOf.set(r.ctyfips, name);
    const pk = `${fy.period} ${r.ctyfips}`;
    const pop = popOf.get(pk) ?? r.population;
    if (pop !== r.population) throw new Error(`${pk}: population is both ${pop} and ${r.population}`);
    popOf.set(pk, pop);

    records.push({
      ...fy,
      county: r.county,
      fips: r.ctyfips,
      jurisdiction: r.jurisdiction,
      case_type: r.case_type,
      measure: r.case_count,
      cases: Number(r.number_of_cases),
      population: Number(r.population),
      record_id: id,
    });
  }
  records.sort(compareRecords);
  return { records, skipped };
}

export const naturalKey = (r: Pick<CountyRecord, 'period' | 'fips' | 'jurisdiction' | 'case_type' | 'measure'>) =>
  `${r.period} ${r.fips} ${r.jurisdiction} / ${r.case_type} / ${r.measure}`;

const rank = (list: readonly string[], v: string) => {
  const i = list.indexOf(v);
  return i === -1 ? list.length : i;
};
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const compareCaseTypes = (a: string, b: string) =>
  rank(CASE_TYPE_ORDER, a) - rank(CASE_TYPE_ORDER, b) || cmp(a, b);

/** Period, county code, jurisdiction, case type, then Filed, Disposed, End Pending. */
export function compareRecords(a: CountyRecord, b: CountyRecord): number {
  return (
    cmp(a.period, b.period) ||
    cmp(a.fips, b.fips) ||
    cmp(a.jurisdiction, b.jurisdiction) ||
    compareCaseTypes(a.case_type, b.case_type) ||
    rank(MEASURES, a.measure) - rank(MEASURES, b.measure)
  );
}

export interface StatewideTotal {
  period: string;
  period_start: string;
  period_end: string;
  jurisdiction: string;
  case_type: string;
  measure: string;
  cases: number;
  /** How many county records were summed. */
  records: number;
  /** Counties (fips) that have records elsewhere in the input but none for this total. */
  missing: string[];
}

/**
 * Sums county records per (period, jurisdiction, case_type, measure) for the
 * given case types. A county without a record is not counted as zero: the
 * total says how many records it sums and which counties had none.
 */
export function statewideTotals(records: CountyRecord[], caseTypes: string[] = SERIES_CASE_TYPES): StatewideTotal[] {
  const counties = [...new Set(records.map((r) => r.fips))].sort();
  const groups = new Map<string, { first: CountyRecord; cases: number; fips: Set<string> }>();
  for (const r of records) {
    if (!caseTypes.includes(r.case_type)) continue;
    const k = `${r.period}|${r.jurisdiction}|${r.case_type}|${r.measure}`;
    const g = groups.get(k) ?? { first: r, cases: 0, fips: new Set<string>() };
    g.cases += r.cases;
    g.fips.add(r.fips);
    groups.set(k, g);
  }
  const totals = [...groups.values()].map(({ first, cases, fips }) => {
    if (!Number.isSafeInteger(cases))
      throw new Error(`sum out of range for ${first.period} ${first.jurisdiction} ${first.case_type} ${first.measure}`);
    return {
      period: first.period,
      period_start: first.period_start,
      period_end: first.period_end,
      jurisdiction: first.jurisdiction,
      case_type: first.case_type,
      measure: first.measure,
      cases,
      records: fips.size,
      missing: counties.filter((c) => !fips.has(c)),
    };
  });
  return totals.sort(
    (a, b) =>
      cmp(a.jurisdiction, b.jurisdiction) ||
      compareCaseTypes(a.case_type, b.case_type) ||
      rank(MEASURES, a.measure) - rank(MEASURES, b.measure) ||
      cmp(a.period, b.period),
  );
}

/** 'Misdemeanors (Non-MV)' -> 'misdemeanors-non-mv'. */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** nc-aoc-district-criminal-felonies-filed */
export const seriesId = (t: Pick<StatewideTotal, 'jurisdiction' | 'case_type' | 'measure'>) =>
  `nc-aoc-${slug(t.jurisdiction)}-${slug(t.case_type)}-${slug(t.measure)}`;

/** nc-aoc-district-criminal-felonies-filed-fy2018-19 */
export const observationId = (t: Pick<StatewideTotal, 'jurisdiction' | 'case_type' | 'measure' | 'period'>) =>
  `${seriesId(t)}-${slug(t.period)}`;

/** The county file's rows as strings, in COUNTY_COLUMNS order. */
export const countyCells = (r: CountyRecord): string[] => COUNTY_COLUMNS.map((c) => String(r[c]));
