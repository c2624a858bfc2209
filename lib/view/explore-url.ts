/**
 * The /explore view lives in its URL: ?measure=<id>&tab=chart|map|table&counties=37119,37183&from=<period>&to=<period>&per=total|per10k.
 * Only these parameters are read, each only when its value is one the site offers; anything else is ignored,
 * so a hostile or oversized URL gives the default view and never throws.
 */
import { MAX_GEOGRAPHIES } from '../charts/series-chart';

export const TABS = ['chart', 'map', 'table'] as const;
export type Tab = (typeof TABS)[number];
export const PERS = ['total', 'per10k'] as const;
export type Per = (typeof PERS)[number];
/** A grapher compares at most this many counties: as many areas as one time chart draws (seriesChart's rule): /explore's views are chart specs. */
export const MAX_COUNTIES = MAX_GEOGRAPHIES;
/** Longer values are not read at all. */
const MAX_VALUE = 200;

export interface ExploreView {
  measure: string;
  tab: Tab;
  /** County FIPS codes, in the order picked. */
  counties: string[];
  /** Inclusive ends of the time range, as period names (FY2012-13). */
  from: string;
  to: string;
  per: Per;
}

/** What the site offers, which bounds what a URL may ask for. */
export interface ExploreChoices {
  /** Each measure's periods and areas: county FIPS codes, or 37 and US for a state series. */
  measures: Array<{ id: string; periods: string[]; perCapita: boolean; areas: string[]; defaultAreas: string[] }>;
  defaultMeasure: string;
}

type Params = { get(name: string): string | null };

const read = (params: Params, name: string): string | null => {
  const v = params.get(name);
  return v !== null && v.length <= MAX_VALUE ? v : null;
};
const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function parseExplore(params: Params, choices: ExploreChoices): ExploreView {
  const measure =
    choices.measures.find((m) => m.id === read(params, 'measure')) ??
    choices.measures.find((m) => m.id === choices.defaultMeasure)!;
  const known = new Set(measure.areas);
  const asked = read(params, 'counties');
  const picked =
    asked === null
      ? measure.defaultAreas
      : [...new Set(asked.split(',').filter((f) => known.has(f)))].slice(0, MAX_COUNTIES);
  const periods = measure.periods;
  let from = oneOf(read(params, 'from'), periods, periods[0]);
  let to = oneOf(read(params, 'to'), periods, periods[periods.length - 1]);
  if (periods.indexOf(from) > periods.indexOf(to)) [from, to] = [periods[0], periods[periods.length - 1]];
  return {
    measure: measure.id,
    tab: oneOf(read(params, 'tab'), TABS, 'chart'),
    counties: picked,
    from,
    to,
    per: measure.perCapita ? oneOf(read(params, 'per'), PERS, 'total') : 'total',
  };
}

/** The query string of a view, in a fixed order so one view has one URL. */
export function exploreQuery(view: Partial<ExploreView>): string {
  const q = new URLSearchParams();
  if (view.measure) q.set('measure', view.measure);
  if (view.tab) q.set('tab', view.tab);
  if (view.counties) q.set('counties', view.counties.join(','));
  if (view.from) q.set('from', view.from);
  if (view.to) q.set('to', view.to);
  if (view.per) q.set('per', view.per);
  // Commas read better than %2C and are safe in a query.
  return q.toString().replace(/%2C/g, ',');
}

export const exploreHref = (view: Partial<ExploreView> = {}) => {
  const q = exploreQuery(view);
  return q ? `/explore?${q}` : '/explore';
};
