import { timeHeight, valueAxisWidth } from '../layout-spec';
import { figures } from './bar';
import { defineKind } from './kind';

/**
 * A trail's claims as unjoined points by publication date, the record's figures as reference lines
 * (lib/charts/trail-chart.ts builds it, components/charts/TrailChartView.tsx draws it). Only the trail builder
 * sets it. Its words and contract name still say "line", as the published SVGs and summaries do.
 */
export const timeline = defineKind({
  kind: 'timeline',
  words: 'Line chart',
  count: (n) => figures(n),
  overTime: true,
  timeAxis: true,
  reading: 'across',
  markNoun: 'value',
  swaps: true,
  table: { head: 'Figure', missing: '–' },
  key: 'line',
  events: 'date',
  drawer: 'timeline',
  labelsBars: false,
  places: false,
  contract: 'line',
  labelWidth: (spec) => valueAxisWidth(spec),
  height: (spec) => timeHeight(spec, false),
});
