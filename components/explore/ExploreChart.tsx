'use client';

import { type ComponentType, useEffect, useState } from 'react';
import { InteractiveChart } from '@/components/charts/InteractiveChart';
import { type MapGeometry, MapChartDrawing } from '@/components/charts/MapChartDrawing';
import type { ChartViewProps } from '@/components/charts/chart-parts';
import type { ChartSpec } from '@/lib/charts/chart-spec';
import { narrowVariant } from '@/lib/charts/narrow';

export interface ExploreChartProps {
  spec: ChartSpec;
  /** The build-time SVGs when the build drew this view (the page's first view); otherwise the browser draws it. */
  svg: { wide: string; narrow: string } | null;
  /** The NC map's paths, which the page holds (a map view is drawn from them, with no projection code). */
  geometry: MapGeometry;
  describedBy: string;
}

/**
 * A view of /explore drawn as every chart is: the chart box of InteractiveChart (one tab stop, arrow keys, the
 * swap to recharts' tooltips), around the build-time SVG where the build drew the view, or else the same
 * components drawn in the browser: MapChartDrawing for a map, ChartView (recharts, loaded only when a view
 * needs it) for lines and columns.
 */
export function ExploreChart({ spec, svg, geometry, describedBy }: ExploreChartProps) {
  const [View, setView] = useState<ComponentType<ChartViewProps> | null>(null);
  const needsView = !svg && spec.chartKind !== 'map';
  useEffect(() => {
    if (!needsView) return;
    let live = true;
    import('@/components/charts/ChartView').then((m) => live && setView(() => m.ChartView));
    return () => {
      live = false;
    };
  }, [needsView]);

  const narrow = narrowVariant(spec);
  if (svg) return <InteractiveChart key={spec.href} spec={spec} svg={svg} describedBy={describedBy} />;
  if (spec.chartKind === 'map') {
    const draw = (s: ChartSpec) => <MapChartDrawing spec={s} width={s.width} height={s.height} geometry={geometry} />;
    return (
      <InteractiveChart
        key={spec.href}
        spec={spec}
        drawn={{ wide: draw(spec), narrow: draw(narrow) }}
        describedBy={describedBy}
      />
    );
  }
  // Until recharts has loaded, the box keeps the chart's size, so nothing below it moves.
  if (!View)
    return (
      <div
        className="chart-box mt-2 w-full max-w-[640px]"
        style={{ aspectRatio: `${spec.width} / ${spec.height}` }}
        aria-busy="true"
      />
    );
  // A picture inside the box, which is the one tab stop (as the build-time SVG is).
  const draw = (s: ChartSpec) => <View spec={s} width={s.width} height={s.height} tabIndex={-1} />;
  return (
    <InteractiveChart
      key={spec.href}
      spec={spec}
      drawn={{ wide: draw(spec), narrow: draw(narrow) }}
      describedBy={describedBy}
    />
  );
}
