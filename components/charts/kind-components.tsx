import type { ComponentType } from 'react';
import type { KindModule } from '@/lib/charts/kinds/kind';
import { BarChartView } from './BarChartView';
import type { ChartViewProps } from './chart-parts';
import { TimeChartView } from './TimeChartView';
import { TrailChartView } from './TrailChartView';

/** The map's drawer is build-time only (scripts/render-chart-svg.tsx adds it): its geometry never ships to the browser. */
export type BrowserDrawer = Exclude<KindModule['drawer'], 'map'>;

/**
 * The component that draws each kind's marks, by the drawer its module names (lib/charts/kinds/*), one line
 * each: a new kind drawn like an existing one (a step line is a line with another curve) adds nothing here.
 */
export const DRAWERS: Record<BrowserDrawer, ComponentType<ChartViewProps>> = {
  bars: BarChartView,
  time: TimeChartView,
  timeline: TrailChartView,
};
