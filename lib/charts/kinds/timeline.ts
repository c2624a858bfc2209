import { defineKind } from './kind';
import { TIME_LINE } from './time-line';

/**
 * A trail's claims as unjoined points by publication date, the record's figures as reference lines
 * (lib/charts/trail-chart.ts builds it, components/charts/TrailChartView.tsx draws it). Only the trail builder
 * sets it. Its words and contract name still say "line", as the published SVGs and summaries do.
 */
export const timeline = defineKind({
  ...TIME_LINE,
  kind: 'timeline',
  words: 'Line chart',
  drawer: 'timeline',
  contract: 'line',
  // Stays the build-time SVG: recharts steps by x position and cannot tell apart claims set side by side on one day.
  swaps: false,
  markNoun: 'claim in date order',
});
