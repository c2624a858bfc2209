import { eventLines } from './annotations';
import type { ChartSpec } from './chart-spec';
import { wrapText } from './text';

export const EVENT_FONT = 11;
export const EVENT_LINE = 13;
/** An event's label wraps to this width beside its line, never cut; on a narrow plot, to half the plot, so one side of any line has room. */
const EVENT_LABEL_MAX = 200;
/** The time chart's margins left and right of the plot, besides the value axis (components/charts/TimeChartView.tsx). */
const PLOT_MARGINS = 8 + 24;
const EVENT_GAP = 4;

/**
 * The labels of a chart's events as drawn, in a band of their own above the plot so they never cover a figure:
 * each wrapped, each starting below the one before so two close dates never overprint. `height` is the band's.
 */
export function eventLabelLayout(spec: Pick<ChartSpec, 'annotations' | 'width' | 'labelWidth'>): {
  labels: { lines: string[]; dy: number }[];
  height: number;
  width: number;
} {
  const width = Math.min(EVENT_LABEL_MAX, Math.floor((spec.width - spec.labelWidth - PLOT_MARGINS) / 2) - 8);
  let dy = 0;
  const labels = eventLines(spec).map((e) => {
    const lines = wrapText(e.label, width, EVENT_FONT);
    const laid = { lines, dy };
    dy += lines.length * EVENT_LINE + EVENT_GAP;
    return laid;
  });
  return { labels, height: dy, width };
}
