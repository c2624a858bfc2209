'use client';

import { type ComponentType, useEffect, useRef, useState } from 'react';
import type { ChartSpec } from '@/lib/charts/chart-spec';
import { NARROW_BREAKPOINT, narrowVariant } from '@/lib/charts/narrow';
import { FONT_FAMILY } from '@/lib/charts/text';
import type { ChartViewProps } from '@/components/charts/chart-parts';

/**
 * The check's chart: the claim chart spec drawn by the chart view the site's interactive charts use (recharts,
 * loaded only once a check has a result). The text summary beside it says everything the chart shows.
 */
export function ResultChart({ spec, describedBy }: { spec: ChartSpec; describedBy: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [View, setView] = useState<ComponentType<ChartViewProps> | null>(null);
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    let live = true;
    import('@/components/charts/ChartView').then((m) => live && setView(() => m.ChartView));
    const el = box.current;
    const fit = () => el && setNarrow(el.clientWidth < NARROW_BREAKPOINT);
    fit();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
    if (el) observer?.observe(el);
    return () => {
      live = false;
      observer?.disconnect();
    };
  }, []);
  const shown = narrow ? narrowVariant(spec) : spec;
  return (
    <div
      ref={box}
      className="chart-box chart-frame mt-2 w-full max-w-[640px] [&_.recharts-wrapper]:!h-auto [&_.recharts-wrapper]:!w-full"
      data-chart={spec.id}
      aria-describedby={describedBy}
    >
      <div style={{ aspectRatio: `${shown.width} / ${shown.height}`, fontFamily: FONT_FAMILY }}>
        {View ? (
          <View spec={shown} width={shown.width} height={shown.height} interactive tabIndex={0} />
        ) : (
          <p className="muted text-sm">Drawing the chart…</p>
        )}
      </div>
    </div>
  );
}
