import type { ChartSpec } from '../charts/chart-spec';
import type { Index } from '../data/evidence';
import { claimView } from './claim-view';
import { countyMapsView } from './county-maps';
import { seriesView } from './series-view';
import { trailCharts } from './trails';

/** Every chart the site publishes: one per claim that has figures, one per series, the county maps and one per trail. Ids are unique (checked by the validator). */
export function allCharts(index: Index): ChartSpec[] {
  const claimCharts = index.data.claims.map((c) => claimView(index, c).chart).filter((c): c is ChartSpec => c !== null);
  return [
    ...claimCharts,
    ...index.data.series.map((s) => seriesView(index, s).chart),
    ...(countyMapsView(index)?.charts ?? []),
    ...trailCharts(index),
  ];
}
