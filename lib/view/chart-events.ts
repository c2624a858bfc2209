import type { ChartSpec } from '../charts/chart-spec';
import { loadTables } from '../data/dataset';
import type { Observation, Series } from '../data/records';
import { nc287gEvents } from './nc-287g-events';
import { ncLawPlaceEvents } from './nc-law-events';
import { type PlaceEvent, withEvents } from './place-events';

/**
 * Every published dated event: the 287(g) endings (county) and the detainer laws (statewide). The one read of the
 * tables left in a view module: series charts are built from the index alone, which does not carry these tables.
 */
export const allPlaceEvents = (): PlaceEvent[] => {
  const { tables } = loadTables();
  return [...nc287gEvents(tables), ...ncLawPlaceEvents(tables)];
};

/**
 * A series' chart with the published dated events of its places set on it (eventApplies says which).
 * A county's event is drawn where the chart's periods cover the date and always named in its notes; a
 * statewide event, which applies to every chart of the state, joins a chart only where its axis covers
 * the date (a line, never a stretched axis), so charts it cannot mark are left as they were. Any chart
 * built from a series goes through here, so a new event row reaches every chart of its place without code changes.
 */
export function withPlaceEvents(chart: ChartSpec, series: Series, observations: Observation[]): ChartSpec {
  return withEvents(chart, series, observations, allPlaceEvents());
}
