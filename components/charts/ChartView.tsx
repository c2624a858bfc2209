import { BarChartView } from './BarChartView';
import type { ChartViewProps } from './chart-parts';
import { TimeChartView } from './TimeChartView';
import { TrailChartView } from './TrailChartView';

export type { ChartViewProps } from './chart-parts';

/**
 * Draws a bar, column or line spec (a trail's timeline is a line of points: TrailChartView) with recharts: at build time under jsdom, and in the browser as the
 * interactive chart. Maps are drawn by MapChartView at build time only (their geometry never ships to the browser).
 */
export function ChartView(props: ChartViewProps) {
  if (props.spec.chartKind === 'map') throw new Error(`chart ${props.spec.id}: maps are drawn by MapChartView`);
  if (props.spec.kind === 'trail') return <TrailChartView {...props} />;
  return props.spec.chartKind === 'bar' ? <BarChartView {...props} /> : <TimeChartView {...props} />;
}
