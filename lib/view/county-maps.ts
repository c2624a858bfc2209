import { countyMapChart } from '../charts/county-map';
import type { ChartSpec } from '../charts/chart-spec';
import { dataDir, loadTables } from '../data/dataset';
import type { Index } from '../data/evidence';
import type { Source } from '../data/records';
import { formatNumber } from '../format/number';
import { describePeriod } from '../format/period';
import type { CaseloadRecord } from './caseload';

/** The NC AOC county records the maps draw: District Court felony cases filed (the statewide series sums the same records). */
const RESOURCE = 'nc_aoc_caseload';
const SOURCE_ID = 'nc-aoc-caseload-inventory';
const STATEWIDE_SERIES = 'nc-aoc-district-criminal-felonies-filed';
const PICK = { jurisdiction: 'District Criminal', case_type: 'Felonies', measure: 'Filed' };
export const PER_RESIDENTS = 10_000;

/** One county's figures in the maps' table. */
export interface CountyMapRow {
  fips: string;
  county: string;
  cases: number;
  population: number;
  perResidents: number;
  recordId: string;
}

export interface CountyMapsView {
  charts: ChartSpec[];
  period: string;
  rows: CountyMapRow[];
  source: Source;
  caveats: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The first county maps: District Court felony cases filed in each county in the latest fiscal year of the
 * NC AOC records, as a count and per 10,000 residents (the population the AOC record gives). Null when the
 * data folder has no county records.
 */
export function countyMapsView(index: Index): CountyMapsView | null {
  const { tables } = loadTables(dataDir());
  const table = tables[RESOURCE];
  const source = index.sourceById.get(SOURCE_ID);
  const statewide = index.seriesById.get(STATEWIDE_SERIES);
  if (!table || !source || !statewide) return null;
  const records = table
    .map((r) => r.values as unknown as CaseloadRecord)
    .filter(
      (r) => r.jurisdiction === PICK.jurisdiction && r.case_type === PICK.case_type && r.measure === PICK.measure,
    );
  if (records.length === 0) return null;
  const latest = records.reduce((a, r) => (r.period_start > a.period_start ? r : a));
  const year = records.filter((r) => r.period === latest.period);
  const rows: CountyMapRow[] = year
    .map((r) => ({
      fips: r.fips,
      county: r.county,
      cases: r.cases,
      population: r.population,
      perResidents: round1((r.cases / r.population) * PER_RESIDENTS),
      recordId: r.record_id,
    }))
    .sort((a, b) => a.fips.localeCompare(b.fips));
  const period = describePeriod({
    period: latest.period,
    period_type: 'state-fy',
    period_start: latest.period_start,
    period_end: latest.period_end,
  });
  const total = rows.reduce((s, r) => s + r.cases, 0);
  const people = rows.reduce((s, r) => s + r.population, 0);
  const publishers = [statewide.publisher];
  const caveats =
    `${statewide.caveats} Rates per ${formatNumber(PER_RESIDENTS)} residents are computed by On the Record from each record's county population, ` +
    'which the AOC gives without saying which year\u2019s estimate it is.';
  const common = {
    subtitle: `District Court felony cases filed in ${period}, by county`,
    publishers,
    notes: [],
  };
  const countMap = countyMapChart(
    {
      ...common,
      id: 'nc-aoc-felonies-filed-by-county',
      title: `District Court felony cases filed by county, North Carolina, ${latest.period}`,
      unit: 'cases',
      href: '/charts/nc-aoc-felonies-filed-by-county',
      statewide: `${formatNumber(total)} cases, the sum of the ${rows.length} counties`,
      records: { resource: RESOURCE, sourceId: SOURCE_ID, period: latest.period, qualifier: 'exact' },
    },
    rows.map((r) => ({ fips: r.fips, value: r.cases, recordId: r.recordId })),
  );
  const rateMap = countyMapChart(
    {
      ...common,
      id: 'nc-aoc-felonies-filed-per-10k-by-county',
      title: `District Court felony cases filed per ${formatNumber(PER_RESIDENTS)} residents by county, North Carolina, ${latest.period}`,
      unit: `cases per ${PER_RESIDENTS}`,
      href: '/charts/nc-aoc-felonies-filed-per-10k-by-county',
      statewide: `${formatNumber(round1((total / people) * PER_RESIDENTS))} per ${formatNumber(PER_RESIDENTS)} residents (${formatNumber(total)} cases, ${formatNumber(people)} residents)`,
      records: { resource: RESOURCE, sourceId: SOURCE_ID, period: latest.period, qualifier: 'computed' },
      notes: [
        ...common.notes,
        `Computed by On the Record: cases ÷ the county population in the AOC record × ${formatNumber(PER_RESIDENTS)}.`,
      ],
    },
    rows.map((r) => ({ fips: r.fips, value: r.perResidents, qualifier: 'computed', recordId: r.recordId })),
  );
  return { charts: [countMap, rateMap], period, rows, source, caveats };
}
