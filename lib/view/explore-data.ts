import { type CaseloadMeasure, type CaseloadRecord, caseloadMeasures, caseloadPeriods, counties, per10k, recordsOf } from './caseload';
import type { ExploreChoices, ExploreView } from './explore-url';

/** What /explore offers for one measure; the figures themselves are in its JSON file. */
export interface ExploreMeasure {
  id: string;
  label: string;
  unit: string;
  periods: string[];
  /** Per 10,000 residents is offered only where every record carries the county population. */
  perCapita: boolean;
  /** /explore/data/<id>.json */
  dataHref: string;
}

/** A measure's figures for every county, published as static JSON (small: a few kB gzipped). */
export interface MeasureData {
  id: string;
  label: string;
  unit: string;
  periods: string[];
  /** Where the figures come from, and the full dataset they are taken from. */
  source: { title: string; url: string };
  dataset: { title: string; href: string };
  areas: Array<{ fips: string; name: string; slug: string; values: Array<number | null>; population: Array<number | null> }>;
}

export const exploreDataHref = (id: string) => `/explore/data/${id}.json`;

function measureOf(m: CaseloadMeasure, records: CaseloadRecord[], periods: string[]): ExploreMeasure {
  return { id: m.id, label: m.label, unit: 'cases', periods, perCapita: recordsOf(records, m).every((r) => r.population > 0), dataHref: exploreDataHref(m.id) };
}

/** Every measure with a county and time dimension that the data hold: today, the NC court caseloads. */
export function exploreMeasures(records: CaseloadRecord[]): ExploreMeasure[] {
  const periods = caseloadPeriods(records);
  return caseloadMeasures(records).map((m) => measureOf(m, records, periods));
}

export const DEFAULT_MEASURE = 'nc-aoc-superior-criminal-felonies-filed';
/** Mecklenburg and Wake, the two largest counties, as the grapher's opening comparison. */
export const DEFAULT_COUNTIES = ['37119', '37183'];

export function exploreChoices(records: CaseloadRecord[]): ExploreChoices {
  const measures = exploreMeasures(records);
  return {
    measures,
    counties: counties(records).map((c) => c.fips),
    defaultMeasure: measures.some((m) => m.id === DEFAULT_MEASURE) ? DEFAULT_MEASURE : measures[0]?.id,
    defaultCounties: DEFAULT_COUNTIES,
  };
}

export function measureData(records: CaseloadRecord[], measure: ExploreMeasure, source: MeasureData['source'], dataset: MeasureData['dataset']): MeasureData {
  const m = caseloadMeasures(records).find((x) => x.id === measure.id)!;
  const mine = recordsOf(records, m);
  const key = (fips: string, period: string) => `${fips} ${period}`;
  const byKey = new Map(mine.map((r) => [key(r.fips, r.period), r]));
  return {
    id: measure.id,
    label: measure.label,
    unit: measure.unit,
    periods: measure.periods,
    source,
    dataset,
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
      const value = cases === null ? null : view.per === 'per10k' ? (population === null ? null : per10k(cases, population)) : cases;
      return { fips, county: area.name, period: p, value, cases, population };
    });
  });
}

/** Every county's value in one period, for the map. */
export function periodValues(data: MeasureData, period: string, per: ExploreView['per']): Map<string, number> {
  const i = data.periods.indexOf(period);
  const out = new Map<string, number>();
  for (const a of data.areas) {
    const cases = a.values[i];
    const population = a.population[i];
    if (cases === null || cases === undefined) continue;
    const v = per === 'per10k' ? (population === null ? null : per10k(cases, population)) : cases;
    if (v !== null) out.set(a.fips, v);
  }
  return out;
}

/** The view in one paragraph: what is measured, over which years, and each county's first and last figure. */
export function viewSummary(data: MeasureData, view: ExploreView, rows: ViewRow[]): string {
  const unit = view.per === 'per10k' ? `${data.unit} per 10,000 residents` : data.unit;
  const head = `${data.label}, ${unit}, North Carolina state fiscal years ${view.from} to ${view.to} (July 1 to June 30).`;
  if (!view.counties.length) return `${head} No county is picked.`;
  const fmt = (r: ViewRow | undefined) => (r && r.value !== null ? `${r.value.toLocaleString('en-US')} in ${r.period}` : null);
  const parts = view.counties.flatMap((fips) => {
    const mine = rows.filter((r) => r.fips === fips && r.value !== null);
    if (!mine.length) return [];
    const first = fmt(mine[0]);
    const last = mine.length > 1 ? fmt(mine[mine.length - 1]) : null;
    return [`${mine[0].county}: ${[first, last].filter(Boolean).join(', ')}`];
  });
  return `${head} ${parts.join('; ')}.`;
}
