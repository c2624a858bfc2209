import { kindModule } from '@/lib/charts/kinds/registry';
import type { ChartViewProps } from './chart-parts';
import { type BrowserDrawer, DRAWERS } from './kind-components';

export type { ChartViewProps } from './chart-parts';

/**
 * Draws a spec with the component its kind names (components/charts/kind-components.tsx) with recharts: at build
 * time under jsdom, and in the browser as the interactive chart. Maps are drawn by MapChartView at build time only
 * (their geometry never ships to the browser).
 */
export function ChartView(props: ChartViewProps) {
  const drawer = kindModule(props.spec.chartKind).drawer;
  const View = DRAWERS[drawer as BrowserDrawer];
  if (!View)
    throw new Error(
      `chart ${props.spec.id}: a ${props.spec.chartKind} is drawn at build time only (scripts/render-chart-svg.tsx)`,
    );
  return <View {...props} />;
}
