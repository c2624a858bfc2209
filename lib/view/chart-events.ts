import type { ChartSpec } from '../charts/chart-spec';
import { markEvents } from '../charts/event-marks';
import type { Observation, Series } from '../data/records';
import { nc287gEvents } from './nc-287g-events';
import { eventApplies } from './place-events';

/**
 * A series' chart with the published dated events of its places set on it (eventApplies says which):
 * drawn where its periods cover the date, and always in its notes. Any chart built from a series goes
 * through here, so a new event row reaches every chart of its place without code changes.
 */
export function withPlaceEvents(chart: ChartSpec, series: Series, observations: Observation[]): ChartSpec {
  return markEvents(chart, observations, nc287gEvents().filter((e) => eventApplies(e, series, observations, chart.chartKind)));
}
