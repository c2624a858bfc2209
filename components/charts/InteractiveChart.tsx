'use client';

import { type ComponentType, useEffect, useRef, useState } from 'react';
import type { ChartSpec } from '@/lib/charts/chart-spec';
import type { BarChartViewProps } from './BarChartView';

export interface InteractiveChartProps {
  spec: ChartSpec;
  svg: string;
  describedBy: string;
}

/**
 * Shows the build-time SVG in a box of the chart's own aspect ratio, then swaps in the interactive
 * recharts chart (tooltips, keyboard access to bars) when the reader first points at or focuses it.
 * recharts is loaded only then, so pages stay light and nothing shifts.
 */
export function InteractiveChart({ spec, svg, describedBy }: InteractiveChartProps) {
  const [View, setView] = useState<ComponentType<BarChartViewProps> | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const wanted = useRef(false);

  const load = () => {
    if (wanted.current) return;
    wanted.current = true;
    import('./BarChartView').then((m) => setView(() => m.BarChartView));
  };

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.addEventListener('pointerenter', load, { once: true });
    el.addEventListener('focusin', load, { once: true });
    return () => {
      el.removeEventListener('pointerenter', load);
      el.removeEventListener('focusin', load);
    };
  }, []);

  // After the swap, hand focus from the box to the interactive chart so keyboard users keep their place.
  useEffect(() => {
    const el = box.current;
    if (View && el && document.activeElement === el) el.querySelector<SVGElement>('svg')?.focus();
  }, [View]);

  return (
    <div
      ref={box}
      className="chart-box relative mt-2 w-full max-w-[640px]"
      style={{ aspectRatio: `${spec.width} / ${spec.height}` }}
      data-chart={spec.id}
      data-interactive={View ? 'true' : 'false'}
      aria-describedby={describedBy}
      // Focusable before hydration too, so keyboard users can reach the chart and trigger the interactive one.
      tabIndex={View ? undefined : 0}
      role={View ? undefined : 'group'}
      aria-label={View ? undefined : `${spec.title}. Chart; focus to explore values.`}
    >
      {View ? <View spec={spec} width={spec.width} height={spec.height} interactive /> : <div dangerouslySetInnerHTML={{ __html: svg }} />}
    </div>
  );
}
