import {
  type CaseloadMeasure,
  type CaseloadRecord,
  caseloadMeasures,
  caseloadPeriods,
  counties,
  per10k,
  recordsOf,
} from './caseload';
import { unitWords } from '../format/number';
import type { ExploreChoices, ExploreView } from './explore-url';

/** What /explore offers for one measure; the figures themselves are in its JSON file. */
export interface ExploreMeasure {
  id: string;
  label: string;
  unit: string;
  periods: string[];
  /** Per 10,000 residents is offered only where every record carries the county population. */
  perCapita: boolean;
  /** Why per 10,000 residents is not offered, where the reason is worth saying. */
  perCapitaNote?: string;
  /** /explore/data/<id>.json */
  dataHref: string;
  /** County figures (a map is possible) or a state series. */
  kind: 'county' | 'state';
  /** The areas the measure has figures for (county FIPS, or 37 and US), and those a view opens with. */
  areas: string[];
  defaultAreas: string[];
  periodType: 'state-fy' | 'federal-fy' | 'calendar' | string;
}

/** A measure's figures for every county, published as static JSON (small: a few kB gzipped). */
export interface MeasureData {
  id: string;
  label: string;
  unit: string;
  periods: string[];
  periodType: ExploreMeasure['periodType'];
  /** Where the figures come from, and the full dataset they are taken from. */
  source: { title: string; url: string };
  /** The full dataset the figures are taken from: its title and CSV. */
  dataset: { title: string; href: string };
  /** What the figures are and are not, as the data state it (the resource's caveats), then how they were summed. */
  caveats?: string[];
  /** Each period's first and last day (null where the figures give none): the time axis and its partial periods. */
  spans: Array<PeriodSpan | null>;
  /** qualifiers: each figure's qualifier where it is not "exact" (the state series), so its label reads as on /charts. */
  areas: Array<{
    fips: string;
    name: string;
    slug: string;
    values: Array<number | null>;
    population: Array<number | null>;
    qualifiers?: Array<string | null>;
  }>;
}

export interface PeriodSpan {
  start: string;
  end: string | null;
}

export const exploreDataHref = (id: string) => `/explore/data/${id}.json`;

export const DEFAULT_MEASURE = 'nc-aoc-superior-criminal-felonies-filed';
/** Mecklenburg and Wake, the two largest counties, as the grapher's opening comparison. */
export const DEFAULT_COUNTIES = ['37119', '37183'];

function measureOf(m: CaseloadMeasure, records: CaseloadRecord[], periods: string[], fips: string[]): ExploreMeasure {
  return {
    id: m.id,
    label: m.label,
    unit: 'cases',
    periods,
    perCapita: recordsOf(records, m).every((r) => r.population > 0),
    dataHref: exploreDataHref(m.id),
    kind: 'county',
    areas: fips,
    defaultAreas: DEFAULT_COUNTIES.filter((f) => fips.includes(f)),
    periodType: 'state-fy',
  };
}

/** The NC court caseloads: every court × case type × count, for every county. */
export function caseloadExploreMeasures(records: CaseloadRecord[]): ExploreMeasure[] {
  const periods = caseloadPeriods(records);
  const fips = counties(records).map((c) => c.fips);
  return caseloadMeasures(records).map((m) => measureOf(m, records, periods, fips));
}

export function exploreChoices(measures: ExploreMeasure[]): ExploreChoices {
  return {
    measures,
    defaultMeasure: measures.some((m) => m.id === DEFAULT_MEASURE) ? DEFAULT_MEASURE : measures[0]?.id,
  };
}

export function caseloadMeasureData(
  records: CaseloadRecord[],
  measure: ExploreMeasure,
  source: MeasureData['source'],
  dataset: MeasureData['dataset'],
): MeasureData {
  const m = caseloadMeasures(records).find((x) => x.id === measure.id)!;
  const mine = recordsOf(records, m);
  const key = (fips: string, period: string) => `${fips} ${period}`;
  const byKey = new Map(mine.map((r) => [key(r.fips, r.period), r]));
  return {
    id: measure.id,
    label: measure.label,
    unit: measure.unit,
    periods: measure.periods,
    periodType: measure.periodType,
    source,
    dataset,
    spans: measure.periods.map((p) => {
      const r = mine.find((x) => x.period === p);
      return r ? { start: r.period_start, end: r.period_end } : null;
    }),
    areas: counties(records).map((c) => ({
      ...c,
      values: measure.periods.map((p) => byKey.get(key(c.fips, p))?.cases ?? null),
      population: measure.periods.map((p) => byKey.get(key(c.fips, p))?.population ?? null),
    })),
  };
}

/** One figure of the view: what the chart draws, the table lists and "Download what you see" writes. */
export interface ViewRow {
  fips: string;
  county: string;
  period: string;
  /** Cases, or cases per 10,000 residents to one decimal, as the view asks. */
  value: number | null;
  cases: number | null;
  population: number | null;
}

/** The rows of a view: the picked counties, in the order picked, over the periods from..to inclusive. */
export function viewRows(data: MeasureData, view: ExploreView): ViewRow[] {
  const first = data.periods.indexOf(view.from);
  const last = data.periods.indexOf(view.to);
  const periods = data.periods.map((p, i) => ({ p, i })).filter(({ i }) => i >= first && i <= last);
  return view.counties.flatMap((fips) => {
    const area = data.areas.find((a) => a.fips === fips);
    if (!area) return [];
    return periods.map(({ p, i }) => {
      const cases = area.values[i];
      const population = area.population[i];
      const value =
        cases === null
          ? null
          : view.per === 'per10k'
            ? population === null
              ? null
              : per10k(cases, population)
            : cases;
      return { fips, county: area.name, period: p, value, cases, population };
    });
  });
}

/** The unit of the view's values, as words: "cases per 10,000 residents", "per 100,000". */
export const viewUnit = (unit: string, per: ExploreView['per']) =>
  per === 'per10k' ? `${unitWords(unit)} per 10,000 residents` : unitWords(unit);

/** The range named exactly, with the kind of year it counts. */
export function periodWords(type: MeasureData['periodType'], from: string, to: string): string {
  const range = from === to ? from : `${from} to ${to}`;
  if (type === 'state-fy')
    return `North Carolina state fiscal year${from === to ? '' : 's'} ${range} (July 1 to June 30)`;
  if (type === 'federal-fy') return `federal fiscal year${from === to ? '' : 's'} ${range} (October 1 to September 30)`;
  if (type === 'calendar') return `calendar year${from === to ? '' : 's'} ${range}`;
  return range;
}

/** The view in one paragraph: what is measured, over which years, and each county's first and last figure. */
export function viewSummary(data: MeasureData, view: ExploreView, rows: ViewRow[]): string {
  const unit = viewUnit(data.unit, view.per);
  const head = `${data.label}, ${unit}, ${periodWords(data.periodType, view.from, view.to)}.`;
  if (!view.counties.length) return `${head} Nothing is picked.`;
  const fmt = (r: ViewRow | undefined) =>
    r && r.value !== null ? `${r.value.toLocaleString('en-US')} in ${r.period}` : null;
  const parts = view.counties.flatMap((fips) => {
    const mine = rows.filter((r) => r.fips === fips && r.value !== null);
    if (!mine.length) return [];
    const first = fmt(mine[0]);
    const last = mine.length > 1 ? fmt(mine[mine.length - 1]) : null;
    return [`${mine[0].county}: ${[first, last].filter(Boolean).join(', ')}`];
  });
  return `${head} ${parts.join('; ')}.`;
}
