import type { ChartEvent } from './chart-spec';
import { wrapText } from './text';

export const EVENT_FONT = 11;
export const EVENT_LINE = 13;
/** An event's label wraps to this width beside its line, never cut. */
export const EVENT_LABEL_WIDTH = 200;
const EVENT_GAP = 4;

/**
 * The labels of a chart's events as drawn, in a band of their own above the plot so they never cover a figure:
 * each wrapped, each starting below the one before so two close dates never overprint. `height` is the band's.
 */
export function eventLabelLayout(events: ChartEvent[] = []): { labels: { lines: string[]; dy: number }[]; height: number } {
  let dy = 0;
  const labels = events.map((e) => {
    const lines = wrapText(e.label, EVENT_LABEL_WIDTH, EVENT_FONT);
    const laid = { lines, dy };
    dy += lines.length * EVENT_LINE + EVENT_GAP;
    return laid;
  });
  return { labels, height: dy };
}
