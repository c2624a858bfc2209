'use client';

import { type ComponentType, useEffect, useRef, useState } from 'react';
import type { ChartSpec } from '@/lib/charts/chart-spec';
import { NARROW_BREAKPOINT, narrowVariant } from '@/lib/charts/narrow';
import type { BarChartViewProps } from './BarChartView';

export interface InteractiveChartProps {
  spec: ChartSpec;
  /** Build-time SVGs of the wide and narrow layouts; CSS shows the one that fits the container. */
  svg: { wide: string; narrow: string };
  describedBy: string;
}

/**
 * Shows the build-time SVG in a box of the chart's own aspect ratio, then swaps in the interactive
 * recharts chart (tooltips, keyboard access to bars) when the reader first points at or focuses it.
 * recharts is loaded only then, so pages stay light, and the box does not move.
 */
export function InteractiveChart({ spec, svg, describedBy }: InteractiveChartProps) {
  const [live, setLive] = useState<{ View: ComponentType<BarChartViewProps>; spec: ChartSpec } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const wanted = useRef(false);
  const focusAfterSwap = useRef(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const load = (event: Event) => {
      if (event.type === 'focusin') focusAfterSwap.current = true;
      if (wanted.current) return;
      wanted.current = true;
      const layout = el.clientWidth < NARROW_BREAKPOINT ? narrowVariant(spec) : spec;
      import('./BarChartView').then((m) => setLive({ View: m.BarChartView, spec: layout }));
    };
    el.addEventListener('pointerenter', load, { once: true });
    el.addEventListener('focusin', load, { once: true });
    // The runtime starts on the reader's first interaction, which may already be on this chart.
    if (el.contains(document.activeElement)) load(new Event('focusin'));
    else if (el.matches(':hover')) load(new Event('pointerenter'));
    return () => {
      el.removeEventListener('pointerenter', load);
      el.removeEventListener('focusin', load);
    };
  }, [spec]);

  // After a keyboard-triggered swap, hand focus to the interactive chart so keyboard users keep their place.
  // recharts draws its surface a frame or two after mounting, so wait for it.
  useEffect(() => {
    const el = box.current;
    if (!live || !el || !focusAfterSwap.current) return;
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const surface = el.querySelector<SVGElement>('svg.recharts-surface');
      // Only if the reader is still on the chart: never pull focus back after they have tabbed on.
      const stillHere = document.activeElement === el || document.activeElement === document.body;
      if (surface) {
        if (stillHere) surface.focus();
      }
      else if (frames++ < 60) handle = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(handle);
  }, [live]);

  return (
    <div
      ref={box}
      className="chart-box chart-frame relative mt-2 w-full max-w-[640px]"
      data-chart={spec.id}
      data-interactive={live ? 'true' : 'false'}
      aria-describedby={describedBy}
      // Focusable before the swap too, so keyboard users can reach the chart and bring up the interactive one.
      tabIndex={live ? undefined : 0}
      role={live ? undefined : 'group'}
      aria-label={live ? undefined : `${spec.title}. Chart; focus to explore values.`}
    >
      {live ? (
        <div style={{ aspectRatio: `${live.spec.width} / ${live.spec.height}` }}>
          <live.View spec={live.spec} width={live.spec.width} height={live.spec.height} interactive />
        </div>
      ) : (
        <>
          <div className="chart-wide" style={{ aspectRatio: `${spec.width} / ${spec.height}` }} dangerouslySetInnerHTML={{ __html: svg.wide }} />
          <div className="chart-narrow" dangerouslySetInnerHTML={{ __html: svg.narrow }} />
        </>
      )}
    </div>
  );
}
