/**
 * What /check knows of the record, as static JSON built from the dataset (app/check/data/[file]/route.ts):
 * an index of the measures a reader can choose, with the periods and places each can have, and one file per
 * measure with its series, figures and sources, fetched only when the reader picks it.
 */
import type { Dataset, Observation, Series, Source } from '../data/records';

/** How a reader states a period. "relative" is a token ("last fiscal year") with the date it was said. */
export const PERIOD_KINDS = ['federal-fy', 'state-fy', 'calendar', 'month', 'day', 'relative'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_KIND_WORDS: Record<PeriodKind, string> = {
  'federal-fy': 'A federal fiscal year (Oct–Sep)',
  'state-fy': 'A North Carolina fiscal year (Jul–Jun)',
  calendar: 'A calendar year',
  month: 'A month',
  day: 'A single day',
  relative: 'A relative period ("last year"), with the date it was said',
};

export interface CheckPlace {
  fips: string;
  name: string;
}

/** One measure a reader can check a number against: a series, with what it can be asked. */
export interface CheckMeasure {
  id: string;
  title: string;
  short_title: string;
  measure: string;
  unit: string;
  /** The unit's allowed range (data/units.csv): counts are never negative, percentages never over 100. */
  minimum: number | null;
  maximum: number | null;
  publisher: string;
  /** The ways of stating a period that this measure's figures can have. */
  kinds: PeriodKind[];
  places: CheckPlace[];
  /** The measure's file of figures (checkDataHref). */
  dataHref: string;
}

export interface CheckIndex {
  measures: CheckMeasure[];
  /** Series left out because their figures cover only release cohorts or irregular spans, or no coded place. */
  leftOut: number;
}

/** One measure's file: the series, every figure, and the sources they cite. */
export interface CheckSeriesData {
  series: Series;
  observations: Observation[];
  sources: Array<Pick<Source, 'id' | 'title' | 'publisher' | 'date' | 'url'>>;
}

export const checkDataHref = (seriesId: string) => `/check/data/${seriesId}.json`;
export const CHECK_INDEX_HREF = '/check/data/index.json';

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A figure that covers exactly one calendar month (recorded as range-other). */
export function isMonth(o: Pick<Observation, 'period_type' | 'period_start' | 'period_end'>): boolean {
  if (o.period_type !== 'range-other' || !o.period_start || !o.period_end) return false;
  const [y, m, d] = o.period_start.split('-').map(Number);
  return d === 1 && o.period_end === `${o.period_start.slice(0, 8)}${String(lastDayOfMonth(y, m)).padStart(2, '0')}`;
}

/** The ways of stating a period that a series' figures allow. */
export function periodKinds(observations: Observation[]): PeriodKind[] {
  const has = (k: PeriodKind) =>
    observations.some((o) =>
      k === 'month' ? isMonth(o) : k === 'day' ? o.period_type === 'point-in-time' : o.period_type === k,
    );
  const kinds = PERIOD_KINDS.filter((k) => k !== 'relative' && has(k));
  return kinds.length ? [...kinds, 'relative'] : [];
}

/** Places with a FIPS code: the US first, then states, then counties by name. */
export function placesOf(observations: Observation[]): CheckPlace[] {
  const byFips = new Map<string, string>();
  for (const o of observations) if (o.fips && !byFips.has(o.fips)) byFips.set(o.fips, o.geography);
  const rank = (f: string) => (f === 'US' ? 0 : f.length === 2 ? 1 : 2);
  return [...byFips]
    .map(([fips, name]) => ({ fips, name }))
    .sort((a, b) => rank(a.fips) - rank(b.fips) || a.name.localeCompare(b.name));
}

export function checkIndex(data: Dataset): CheckIndex {
  const units = new Map(data.units.map((u) => [u.id, u]));
  const measures: CheckMeasure[] = [];
  for (const s of data.series) {
    const obs = data.observations.filter((o) => o.series_id === s.id);
    const kinds = periodKinds(obs);
    const places = placesOf(obs);
    if (!kinds.length || !places.length) continue;
    const unit = units.get(s.unit);
    measures.push({
      id: s.id,
      title: s.title,
      short_title: s.short_title,
      measure: s.measure,
      unit: s.unit,
      minimum: unit?.minimum ?? null,
      maximum: unit?.maximum ?? null,
      publisher: s.publisher,
      kinds,
      places,
      dataHref: checkDataHref(s.id),
    });
  }
  return { measures, leftOut: data.series.length - measures.length };
}

export function checkSeriesData(data: Dataset, seriesId: string): CheckSeriesData {
  const series = data.series.find((s) => s.id === seriesId)!;
  const observations = data.observations.filter((o) => o.series_id === seriesId);
  const ids = new Set(observations.map((o) => o.source_id));
  const sources = data.sources
    .filter((s) => ids.has(s.id))
    .map(({ id, title, publisher, date, url }) => ({ id, title, publisher, date, url }));
  return { series, observations, sources };
}
