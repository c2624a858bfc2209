import { NC_MAP_WIDTH, ncMap } from '@/lib/charts/nc-geometry';
import type { ChartViewProps } from './chart-parts';
import { MapChartDrawing } from './MapChartDrawing';

/**
 * A map chart at build time and in server components: MapChartDrawing over the one projected map
 * (lib/charts/nc-geometry.ts). The browser draws maps with MapChartDrawing and the paths its page passes it.
 */
export function MapChartView(props: ChartViewProps) {
  return <MapChartDrawing {...props} geometry={ncMap(NC_MAP_WIDTH)} />;
}
