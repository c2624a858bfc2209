import type { ChartSpec, Tone } from '../charts/chart-spec';
import { seriesChart } from '../charts/series-chart';
import type { Observation, Series } from '../data/records';
import { withPlaceEvents } from './chart-events';
import { type CaseloadRecord, type County, courtName } from './caseload';

/** What a county court chart draws: felonies and non-motor-vehicle misdemeanors, filed and disposed. */
export const COUNTY_CHART_LINES: Array<{
  caseType: string;
  measure: CaseloadRecord['measure'];
  label: string;
  tone: Tone;
}> = [
  { caseType: 'Felonies', measure: 'Filed', label: 'Felonies filed', tone: 'series-1' },
  { caseType: 'Felonies', measure: 'Disposed', label: 'Felonies disposed', tone: 'series-2' },
  {
    caseType: 'Misdemeanors (Non-MV)',
    measure: 'Filed',
    label: 'Misdemeanors (non-motor-vehicle) filed',
    tone: 'series-3',
  },
  {
    caseType: 'Misdemeanors (Non-MV)',
    measure: 'Disposed',
    label: 'Misdemeanors (non-motor-vehicle) disposed',
    tone: 'series-4',
  },
];

export const COURTS: Array<CaseloadRecord['jurisdiction']> = ['Superior Criminal', 'District Criminal'];

/** Chart ids stay clear of series and claim ids, which never start with "county-". */
export const countyChartId = (county: County, jurisdiction: CaseloadRecord['jurisdiction']) =>
  `county-${county.slug}-${jurisdiction === 'Superior Criminal' ? 'superior' : 'district'}-court`;

/**
 * One court's criminal caseload in one county over the state fiscal years, a line per entry above, drawn by
 * the same series builder as every other chart (so the kind, gaps, ticks and labels follow the one rule).
 * observationIds hold the AOC record ids, so every point traces to its record in nc_aoc_caseload.csv.
 */
export function countyCourtChart(
  county: County,
  jurisdiction: CaseloadRecord['jurisdiction'],
  records: CaseloadRecord[],
  periods: string[],
  publisher: string,
): ChartSpec {
  const id = countyChartId(county, jurisdiction);
  const inRange = new Set(periods);
  const mine = records.filter(
    (r) => r.fips === county.fips && r.jurisdiction === jurisdiction && inRange.has(r.period),
  );
  const series: Series = {
    id,
    title: `${courtName(jurisdiction)} criminal cases filed and disposed, ${county.name} County, NC`,
    short_title: `${courtName(jurisdiction)}, ${county.name} County`,
    measure:
      'Criminal cases filed and disposed per state fiscal year (July 1 to June 30), from the NC AOC county records',
    unit: 'cases',
    geography: `${county.name} County, NC, state fiscal years ${periods[0]} to ${periods[periods.length - 1]}`,
    fips: county.fips,
    period_type: 'state-fy',
    publisher,
    caveats: '',
  };
  // One "geography" per line: the series builder draws a line for each, in this order.
  const observations: Observation[] = COUNTY_CHART_LINES.flatMap((line) =>
    mine
      .filter((r) => r.case_type === line.caseType && r.measure === line.measure)
      .map((r) => ({
        id: r.record_id,
        series_id: id,
        label: r.period,
        period: r.period,
        period_type: 'state-fy' as const,
        period_start: r.period_start,
        period_end: r.period_end,
        geography: line.label,
        fips: county.fips,
        value: r.cases,
        qualifier: 'exact' as const,
        unit: 'cases',
        source_id: '',
        locator: '',
        locator_type: 'table' as const,
        confidence: 'high' as const,
        note: null,
      })),
  );
  return {
    ...withPlaceEvents(seriesChart(series, observations), series, observations),
    href: `/counties/${county.slug}`,
  };
}

export const isCountyChart = (id: string) => id.startsWith('county-');
