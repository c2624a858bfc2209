import type { ChartSpec } from '../charts/chart-spec';
import type { Index } from '../data/evidence';
import { claimView } from './claim-view';
import { countyMapsView } from './county-maps';
import { seriesView } from './series-view';

/** Every chart the site publishes: one per claim that has figures, one per series, and the county maps. Ids are unique (checked by the validator). */
export function allCharts(index: Index): ChartSpec[] {
  const claimCharts = index.data.claims.map((c) => claimView(index, c).chart).filter((c): c is ChartSpec => c !== null);
  return [...claimCharts, ...index.data.series.map((s) => seriesView(index, s).chart), ...(countyMapsView(index)?.charts ?? [])];
}
