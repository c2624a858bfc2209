import type { ChartSpec } from '../charts/chart-spec';
import { withCredit } from '../charts/credit';
import { seriesChart } from '../charts/series-chart';
import type { Index } from '../data/evidence';
import type { Claim, Series, Source } from '../data/records';
import { withPlaceEvents } from './chart-events';
import { figureRow, type FigureRow } from './evidence-table';

export interface SeriesView {
  series: Series;
  chart: ChartSpec;
  figures: FigureRow[];
  claims: Claim[];
  sources: Source[];
}

export function seriesView(index: Index, series: Series): SeriesView {
  const observations = index.observationsOf(series);
  return {
    series,
    chart: withCredit(
      withPlaceEvents(seriesChart(series, observations), series, observations),
      observations,
      series.caveats,
    ),
    figures: observations.map((o) => figureRow(index, o, series, 'series')),
    claims: index.claimsCiting(series),
    sources: index.sourcesOf(observations),
  };
}
