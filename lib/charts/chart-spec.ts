/** A chart described as data: one spec feeds the build-time SVG, the interactive chart, the table and the CSV. */

export type Tone = 'record' | 'proxy' | 'context' | 'series-1' | 'series-2' | 'series-3' | 'series-4';

export interface ChartBar {
  /** Key in each row's values; a safe identifier. */
  key: string;
  label: string;
  tone: Tone;
}

export interface ChartRow {
  category: string;
  values: Record<string, number>;
  /** Value labels as printed on the bar, qualifier included ("at least 563"). */
  labels: Record<string, string>;
  /** Tone of this row's bar when the chart has a single bar key (claim charts colour by role). */
  tone?: Tone;
  observationIds: Record<string, string>;
}

export interface ChartOverlay {
  kind: 'line' | 'band';
  from: number;
  to: number;
  label: string;
}

export interface ChartSpec {
  id: string;
  kind: 'claim' | 'series';
  title: string;
  subtitle: string;
  unit: string;
  bars: ChartBar[];
  rows: ChartRow[];
  overlay: ChartOverlay | null;
  /** Said under the chart when the claim is not drawn, and why. */
  overlayNote: string | null;
  domainMin: number;
  domainMax: number;
  /** Axis ticks, evenly spaced from domainMin to domainMax. */
  ticks: number[];
  /** Room for category labels on the left, from the longest label. */
  labelWidth: number;
  /** Plain-language summary for screen readers and no-JS readers. */
  description: string;
  sourceLine: string;
  /** What On the Record computed from the publishers' figures, when it did (lib/charts/credit.ts). */
  credit?: string | null;
  /** The one caveat that travels with the chart into exports and embeds, in one sentence. */
  keyCaveat?: string | null;
  /** Agencies or publishers of the plotted figures, credited in citations. */
  publishers: string[];
  width: number;
  height: number;
  /** Permalink path of the page that owns the chart. */
  href: string;
}

export const CHART_WIDTH = 640;
export const NARROW_WIDTH = 340;
const ROW_HEIGHT = 30;
const BAR_ROW_EXTRA = 14;
/** The x axis and the bottom margin. */
const AXIS = 44;

/** Horizontal bars: each category is a row, so long labels stay legible at any width. The key sits above. */
export function chartHeight(rows: number, barsPerRow: number, keyHeight: number): number {
  return keyHeight + AXIS + rows * (ROW_HEIGHT + (barsPerRow - 1) * BAR_ROW_EXTRA);
}

/** A round axis maximum above every value and claim bound; percentages stop at 100. */
export function niceMax(values: number[], percent: boolean): number {
  const max = Math.max(0, ...values.filter(Number.isFinite));
  if (max === 0) return 1;
  const padded = max * 1.1;
  const step = 10 ** Math.floor(Math.log10(padded));
  const nice = [1, 2, 2.5, 5, 10].map((m) => m * step).find((v) => v >= padded) ?? 10 * step;
  return percent && max <= 100 ? Math.min(100, nice) : nice;
}

/** Rough width of a character in the 12px axis font; enough to size the label column. */
export const CHAR_WIDTH = 6.4;
const LABEL_MIN = 80;
const LABEL_MAX = 260;

export function labelWidth(categories: string[]): number {
  const longest = Math.max(0, ...categories.map((c) => c.length));
  return Math.round(Math.min(LABEL_MAX, Math.max(LABEL_MIN, longest * CHAR_WIDTH + 12)));
}

/** Category labels longer than the column are cut with an ellipsis; the full text is in the table and summary. */
export function fitLabel(label: string, width: number): string {
  const max = Math.floor((width - 12) / CHAR_WIDTH);
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Five evenly spaced ticks, so the last tick is the axis end and none crowd it. */
export function evenTicks(min: number, max: number, count = 5): number[] {
  return Array.from({ length: count }, (_, i) => min + ((max - min) * i) / (count - 1));
}
