import type { ChartKind } from '../charts/chart-spec';
import type { DatedEvent } from '../charts/event-marks';
import type { Observation, Series } from '../data/records';

/** A dated event at one county, about one topic (a 287(g) agreement ending in Mecklenburg, say). */
export interface PlaceEvent extends DatedEvent {
  /** The county's 5-digit FIPS; its first two digits are the state's. */
  fips: string;
  /** What the event is about, as the titles of series on it name it: "287(g)". */
  topic: string;
}

/**
 * Whether an event belongs with a series' chart, because the series is about the event's place:
 * (a) a series on the event's topic whose figures include the event's county, or are its state's
 *     statewide figures (a 287(g) series with Mecklenburg among its counties, or NC's own 287(g) totals);
 * (b) a time chart (line or columns) of the county's own figures, whatever they measure.
 * Other counties' series and other states' (or the nation's) figures do not get it.
 */
export function eventApplies(event: PlaceEvent, series: Series, observations: Observation[], chartKind: ChartKind): boolean {
  const places = new Set(observations.map((o) => o.fips));
  const state = event.fips.slice(0, 2);
  if (series.title.includes(event.topic) && (places.has(event.fips) || places.has(state))) return true;
  const own = observations.length > 0 && observations.every((o) => o.fips === event.fips);
  return own && (chartKind === 'line' || chartKind === 'column');
}
