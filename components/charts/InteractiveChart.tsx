'use client';

import { type ComponentType, type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { ChartSpec } from '@/lib/charts/chart-spec';
import { stepMark } from '@/lib/charts/keyboard';
import { kindModule } from '@/lib/charts/kinds/registry';
import { NARROW_BREAKPOINT, narrowVariant } from '@/lib/charts/narrow';
import { FONT_FAMILY } from '@/lib/charts/text';
import type { ChartViewProps } from './chart-parts';

export interface InteractiveChartProps {
  spec: ChartSpec;
  /** Build-time SVGs of the wide and narrow layouts; CSS shows the one that fits the container. */
  svg?: { wide: string; narrow: string };
  /** Or the two layouts drawn in the browser by the same components (a view of /explore the build did not draw). */
  drawn?: { wide: ReactNode; narrow: ReactNode };
  describedBy: string;
}

/** The marks of the layout on screen (the other layout is display:none). */
const visibleMarks = (box: HTMLElement) =>
  [...box.querySelectorAll<SVGElement>('.chart-mark')].filter((m) => m.getClientRects().length > 0);

/**
 * Shows the build-time SVG in a box of the chart's own aspect ratio. Bars, columns and lines swap in the
 * interactive recharts chart (tooltips, arrow keys) when the reader first points at or focuses it; recharts
 * is loaded only then, so pages stay light, and the box does not move. A map, and a trail's timeline, stay the
 * build-time SVG: the box is its one tab stop and the arrow keys read its counties, or its claims in date order, out one by one.
 * Either way the chart is a single tab stop.
 */
export function InteractiveChart({ spec, svg, drawn, describedBy }: InteractiveChartProps) {
  const [live, setLive] = useState<{ View: ComponentType<ChartViewProps>; spec: ChartSpec } | null>(null);
  const [reading, setReading] = useState<{ index: number; text: string } | null>(null);
  // The interactive surface joins the tab order only once focus has been handed to it (or the reader is elsewhere):
  // a Tab pressed between the swap and the hand-over must not land on it as a second stop.
  const [handedOver, setHandedOver] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const wanted = useRef(false);
  const focusAfterSwap = useRef(false);
  // Maps and small multiples stay the build-time SVG: recharts draws one axis per chart.
  const kind = kindModule(spec.chartKind);
  const swaps = kind.swaps && !spec.panels;
  const boxLabel = `${spec.title}. Chart; use the arrow keys to read each ${kind.markNoun}, Home and End for the first and last.`;

  useEffect(() => {
    const el = box.current;
    if (!el || !swaps) return;
    const load = (event: Event) => {
      if (event.type === 'focusin') focusAfterSwap.current = true;
      if (wanted.current) return;
      wanted.current = true;
      const layout = el.clientWidth < NARROW_BREAKPOINT ? narrowVariant(spec) : spec;
      import('./ChartView').then((m) => setLive({ View: m.ChartView, spec: layout }));
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
  }, [spec, swaps]);

  // After a keyboard-triggered swap, hand focus to the interactive chart so keyboard users keep their place.
  // recharts draws its surface a frame or two after mounting, so wait for it.
  useEffect(() => {
    const el = box.current;
    if (!live || !el) return;
    if (!focusAfterSwap.current) {
      setHandedOver(true);
      return;
    }
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const surface = el.querySelector<SVGElement>('svg.recharts-surface');
      // Only if the reader is still on the chart: never pull focus back after they have tabbed on.
      const stillHere = document.activeElement === el || document.activeElement === document.body;
      if (surface) {
        surface.setAttribute('data-chart-kind', kind.contract);
        // The focused element is named as the box was, not an unnamed role="application".
        surface.setAttribute('aria-label', boxLabel);
        if (stillHere) surface.focus();
        setHandedOver(true);
      } else if (frames++ < 60) handle = requestAnimationFrame(tryFocus);
      else setHandedOver(true);
    };
    tryFocus();
    return () => cancelAnimationFrame(handle);
  }, [live, kind.contract, boxLabel]);

  /**
   * recharts steps with left and right only; on horizontal bars up and down are the reader's keys, so hand them
   * over. In its vertical layout recharts steps down the rows with ArrowLeft (tests/e2e/chart-kinds.test.ts pins it).
   */
  const onKeyDownCapture = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!live || !(e.target instanceof SVGElement)) return;
    const target = e.target;
    const press = (key: string, times = 1) => {
      for (let i = 0; i < times; i++) target.dispatchEvent(new window.KeyboardEvent('keydown', { key, bubbles: true }));
    };
    // recharts' previous and next keys: in its vertical (bar) layout ArrowRight steps up the rows and ArrowLeft down.
    const down = kind.reading === 'down';
    const [prev, next] = down ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
    // Home and End: as many steps as there are rows, which recharts stops at the ends.
    const mapped =
      e.key === 'Home'
        ? [prev, spec.rows.length]
        : e.key === 'End'
          ? [next, spec.rows.length]
          : !down
            ? null
            : e.key === 'ArrowDown'
              ? [next, 1]
              : e.key === 'ArrowUp'
                ? [prev, 1]
                : null;
    if (!mapped) return;
    e.preventDefault();
    e.stopPropagation();
    press(mapped[0] as string, mapped[1] as number);
  };

  /** The interactive chart's reading, for screen readers: the tooltip's words once recharts has drawn them. */
  const onKeyUp = () => {
    if (!live) return;
    requestAnimationFrame(() => {
      const text = box.current?.querySelector('.recharts-tooltip-wrapper')?.textContent ?? '';
      setReading(text ? { index: -1, text } : null);
    });
  };

  /** Maps, small multiples and trails: the arrow keys step through the marks and read each one's title. */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (swaps || e.target !== box.current) return;
    const marks = visibleMarks(box.current);
    const next = stepMark(spec.chartKind, e.key, reading?.index ?? -1, marks.length);
    if (next === null) return;
    e.preventDefault();
    marks.forEach((m, i) => m.classList.toggle('is-active', i === next));
    setReading({ index: next, text: marks[next].querySelector('title')?.textContent ?? '' });
  };

  const interactive = swaps && live;
  return (
    <div
      ref={box}
      className="chart-box chart-frame relative mt-2 w-full max-w-[640px]"
      data-chart={spec.id}
      data-chart-kind={kind.contract}
      data-interactive={interactive ? 'true' : 'false'}
      aria-describedby={describedBy}
      // One tab stop: the box until the interactive chart takes over, then recharts' own surface.
      tabIndex={interactive ? undefined : 0}
      role={interactive ? undefined : 'group'}
      aria-label={interactive ? undefined : boxLabel}
      onKeyDownCapture={onKeyDownCapture}
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
      onBlur={() => setReading(null)}
    >
      {interactive ? (
        <>
          <div style={{ aspectRatio: `${live.spec.width} / ${live.spec.height}`, fontFamily: FONT_FAMILY }}>
            <live.View
              spec={live.spec}
              width={live.spec.width}
              height={live.spec.height}
              interactive
              tabIndex={handedOver ? 0 : -1}
            />
          </div>
          <p className="chart-reading" role="status" aria-live="polite">
            {reading?.text ?? ''}
          </p>
        </>
      ) : (
        <>
          {drawn ? (
            <>
              <div className="chart-wide" style={{ aspectRatio: `${spec.width} / ${spec.height}` }}>
                {drawn.wide}
              </div>
              <div className="chart-narrow">{drawn.narrow}</div>
            </>
          ) : (
            <>
              <div
                className="chart-wide"
                style={{ aspectRatio: `${spec.width} / ${spec.height}` }}
                dangerouslySetInnerHTML={{ __html: svg?.wide ?? '' }}
              />
              <div className="chart-narrow" dangerouslySetInnerHTML={{ __html: svg?.narrow ?? '' }} />
            </>
          )}
          {/* Reserved before the swap too, so the interactive chart (which has its own) takes the same box. */}
          <p className="chart-reading" role="status" aria-live="polite">
            {reading?.text ?? ''}
          </p>
        </>
      )}
    </div>
  );
}
