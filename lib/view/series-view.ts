import type { ChartSpec } from '../charts/chart-spec';
import { withCredit } from '../charts/credit';
import { markEvents } from '../charts/event-marks';
import { seriesChart } from '../charts/series-chart';
import type { Index } from '../data/evidence';
import type { Claim, Series, Source } from '../data/records';
import { figureRow, type FigureRow } from './evidence-table';
import { nc287gEvents } from './nc-287g-events';
import { eventApplies } from './place-events';

export interface SeriesView {
  series: Series;
  chart: ChartSpec;
  figures: FigureRow[];
  claims: Claim[];
  sources: Source[];
}

export function seriesView(index: Index, series: Series): SeriesView {
  const observations = index.observationsOf(series);
  const chart = seriesChart(series, observations);
  const events = nc287gEvents().filter((e) => eventApplies(e, series, observations, chart.chartKind));
  return {
    series,
    chart: withCredit(markEvents(chart, observations, events), observations, series.caveats),
    figures: observations.map((o) => figureRow(index, o, series, 'series')),
    claims: index.claimsCiting(series),
    sources: index.sourcesOf(observations),
  };
}
