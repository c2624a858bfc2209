import type { ChartKind, ChartSpec } from '../charts/chart-spec';
import { type DatedEvent, markEvents, placeEvent } from '../charts/event-marks';
import { kindModule } from '../charts/kinds/registry';
import type { Observation, Series } from '../data/records';

/** A dated event at one place, about one topic (a 287(g) agreement ending in Mecklenburg, a state law taking effect). */
export interface PlaceEvent extends DatedEvent {
  /** A county's 5-digit FIPS (its first two digits are the state's), or a state's 2-digit FIPS for a statewide event. */
  fips: string;
  /** What the event is about, as the titles of series on it name it: "287(g)". */
  topic: string;
}

/** A statewide event: its place is a state (2-digit FIPS), not a county. */
export const isStatewide = (event: PlaceEvent) => event.fips.length === 2;

/**
 * Whether an event belongs with a series' chart, because the series is about the event's place:
 * (a) a series on the event's topic whose figures include the event's county, or are its state's
 *     statewide figures (a 287(g) series with Mecklenburg among its counties, or NC's own 287(g) totals);
 * (b) a time chart (line or columns) of the county's own figures, whatever they measure;
 * (c) for a statewide event (a state law), a time chart of figures that all lie in that state, the state's
 *     own or its counties'. Whether the axis covers the date is the chart's to say (withPlaceEvents).
 * Other counties' series and other states' (or the nation's) figures do not get it.
 */
export function eventApplies(
  event: PlaceEvent,
  series: Series,
  observations: Observation[],
  chartKind: ChartKind,
): boolean {
  const timeChart = kindModule(chartKind).overTime;
  if (isStatewide(event)) {
    return (
      timeChart &&
      observations.length > 0 &&
      observations.every((o) => o.fips === event.fips || (o.fips?.length === 5 && o.fips.startsWith(event.fips)))
    );
  }
  const places = new Set(observations.map((o) => o.fips));
  const state = event.fips.slice(0, 2);
  if (series.title.includes(event.topic) && (places.has(event.fips) || places.has(state))) return true;
  const own = observations.length > 0 && observations.every((o) => o.fips === event.fips);
  return own && timeChart;
}

/**
 * A series' chart with those of the given events that apply to it (eventApplies): a county's event is drawn where
 * the periods cover its date and always named in the notes; a statewide event joins only a chart whose axis covers
 * the date. Pure: the events are read elsewhere (chart-events.ts on pages; /explore passes them to the browser).
 */
export function withEvents(
  chart: ChartSpec,
  series: Series,
  observations: Observation[],
  events: PlaceEvent[],
): ChartSpec {
  const applying = events.filter(
    (e) =>
      eventApplies(e, series, observations, chart.chartKind) &&
      (!isStatewide(e) || placeEvent(chart, observations, e).place === 'drawn'),
  );
  return markEvents(chart, observations, applying);
}
