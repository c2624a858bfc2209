import type { ChartBar, ChartRow, ChartSpec, Tone } from '../charts/chart-spec';
import { niceMax } from '../charts/chart-spec';
import { layoutSpec } from '../charts/layout-spec';
import { formatNumber } from '../format/number';
import { type CaseloadRecord, type County, courtName } from './caseload';

/** What a county court chart draws: felonies and non-motor-vehicle misdemeanors, filed and disposed. */
export const COUNTY_CHART_LINES: Array<{ caseType: string; measure: CaseloadRecord['measure']; label: string; tone: Tone }> = [
  { caseType: 'Felonies', measure: 'Filed', label: 'Felonies filed', tone: 'series-1' },
  { caseType: 'Felonies', measure: 'Disposed', label: 'Felonies disposed', tone: 'series-2' },
  { caseType: 'Misdemeanors (Non-MV)', measure: 'Filed', label: 'Misdemeanors (non-motor-vehicle) filed', tone: 'series-3' },
  { caseType: 'Misdemeanors (Non-MV)', measure: 'Disposed', label: 'Misdemeanors (non-motor-vehicle) disposed', tone: 'series-4' },
];

export const COURTS: Array<CaseloadRecord['jurisdiction']> = ['Superior Criminal', 'District Criminal'];

/** Chart ids stay clear of series and claim ids, which never start with "county-". */
export const countyChartId = (county: County, jurisdiction: CaseloadRecord['jurisdiction']) =>
  `county-${county.slug}-${jurisdiction === 'Superior Criminal' ? 'superior' : 'district'}-court`;

/**
 * One court's criminal caseload in one county, a row per state fiscal year and a bar per line above.
 * observationIds hold the AOC record ids, so every bar traces to its record in nc_aoc_caseload.csv.
 */
export function countyCourtChart(county: County, jurisdiction: CaseloadRecord['jurisdiction'], records: CaseloadRecord[], periods: string[], publisher: string): ChartSpec {
  const mine = records.filter((r) => r.fips === county.fips && r.jurisdiction === jurisdiction);
  const bars: ChartBar[] = COUNTY_CHART_LINES.map((l, i) => ({ key: `l${i}`, label: l.label, tone: l.tone }));
  const rows: ChartRow[] = periods.map((period) => {
    const row: ChartRow = { category: period, values: {}, labels: {}, observationIds: {} };
    COUNTY_CHART_LINES.forEach((l, i) => {
      const r = mine.find((x) => x.period === period && x.case_type === l.caseType && x.measure === l.measure);
      if (!r) return;
      row.values[`l${i}`] = r.cases;
      row.labels[`l${i}`] = formatNumber(r.cases);
      row.observationIds[`l${i}`] = r.record_id;
    });
    return row;
  });
  const values = rows.flatMap((r) => Object.values(r.values));
  return layoutSpec({
    id: countyChartId(county, jurisdiction),
    kind: 'series',
    title: `${courtName(jurisdiction)} criminal cases filed and disposed, ${county.name} County, NC`,
    subtitle: `Cases per state fiscal year (July 1 to June 30), ${periods[0]} to ${periods[periods.length - 1]}`,
    unit: 'cases',
    bars,
    rows,
    overlay: null,
    overlayNote: null,
    domainMin: 0,
    domainMax: niceMax(values, false),
    publishers: [publisher],
    href: `/counties/${county.slug}`,
  });
}

export const isCountyChart = (id: string) => id.startsWith('county-');
