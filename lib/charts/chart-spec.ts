/**
 * A chart described as data: one spec feeds the build-time SVG (page, embed, exports, share image,
 * thumbnail), the interactive chart, the table and the CSV.
 *
 * Builder API (what pages, the dashboard and the catalogue call; all pure, no React, no fs):
 *   seriesChart(series, observations, options?)      lib/charts/series-chart.ts   a series; its kind follows its shape
 *   claimChart(claim, evidence, comparison)          lib/charts/claim-chart.ts    a claim against its figures (bars)
 *   countyMapChart(content, regions)                 lib/charts/county-map.ts     NC counties by 5-digit FIPS (map)
 *   trailChart(trail)                                lib/charts/trail-chart.ts    a trail's claims by date, the record as reference lines (points)
 *   chooseKind(shape, override?)                     lib/charts/chart-kind.ts     the rule itself, and why
 *   narrowVariant(spec)                              lib/charts/narrow.ts         the phone layout of any spec
 *   markEvents(spec, observations, events)           lib/charts/event-marks.ts    dated events: a line where the periods cover the date, always a note
 * Each returns a complete ChartSpec; render it with components/charts/ChartView.tsx (maps: MapChartView, build
 * time only), or read the build-time SVG with lib/charts/svg-store.ts once scripts/render-charts.tsx has run.
 * A catalogue thumbnail of every chart is at chartThumbnailPath(id) (lib/charts/thumbnail.ts) after the build.
 *
 * What each kind is (its choice rule, summary, keyboard reading, layout, key, table and drawer) is one module in
 * lib/charts/kinds/, listed in lib/charts/kinds/registry.ts.
 *
 * Contract of every rendered chart: the root <svg> has data-chart-kind="<the kind's contract name>" (bar, column,
 * line, step or map; a trail's timeline says line); every mark has data-key="<row key>" and a <title> equal to
 * its label; every map county has data-fips.
 */
import type { Annotation } from './annotations';
import type { Tone } from './palette';

export type { Tone } from './palette';
export type { Annotation } from './annotations';

/** How the figures are drawn: a kind in lib/charts/kinds/registry.ts, chosen from the data's shape by chooseKind (lib/charts/chart-kind.ts). */
export type { ChartKind } from './kinds/registry';
import type { ChartKind } from './kinds/registry';

export interface ChartBar {
  /** Key in each row's values; a safe identifier. */
  key: string;
  label: string;
  tone: Tone;
  /** Drawn as points only (a second figure for a period already on the line). */
  pointsOnly?: boolean;
}

export interface ChartRow {
  /** Stable key of the row: the observation id, the period, or the county FIPS. Marks carry it as data-key. */
  key: string;
  category: string;
  values: Record<string, number>;
  /** Value labels as printed on the bar and in tooltips, qualifier included ("at least 563"). */
  labels: Record<string, string>;
  /** Tone of this row's bar when the chart has a single bar key (claim charts colour by role). */
  tone?: Tone;
  observationIds: Record<string, string>;
  /** Line charts: position on the time axis (decimal year of the period's middle). */
  t?: number;
  /** Line charts: the period is shorter than the series' usual period (drawn as an open circle). */
  partial?: boolean;
  /** Map charts: the county's 5-digit FIPS, and its colour class (null: no data). */
  fips?: string;
  step?: number | null;
  /** Trail charts: the point's shape (its qualifier), and its place among points that would sit on top of each other. */
  marker?: ChartMarker;
  dodge?: number;
}

/** A point's shape: open marks a lower bound ("more than", "at least"), a diamond an approximation ("about", "nearly"). */
export interface ChartMarker {
  shape: 'circle' | 'triangle-up' | 'triangle-down' | 'diamond';
  open: boolean;
}

/** A labelled horizontal line at a figure of the record (trail charts): the figures the claims are read against. */
export interface ChartReference {
  value: number;
  /** "489 declined detainers, NC, FY2019 to about early Sep"; figures at the same value share one line and label. */
  label: string;
  observationIds: string[];
}

/** A key entry for a point shape or a colour of points (trail charts). */
export interface MarkerKeyItem {
  label: string;
  tone: Tone;
  marker: ChartMarker | null;
}

/** The claim as drawn: a line at its figure, or a band over its range (an open-ended claim runs to the axis end). */
export interface ChartOverlay {
  kind: 'line' | 'band';
  from: number;
  to: number;
  label: string;
}

/** A dated event drawn on a time chart as a vertical line with a short label (lib/charts/event-marks.ts). */
export interface ChartEvent {
  key: string;
  /** ISO date of the event. */
  date: string;
  /** Line charts: position on the time axis (decimal year). */
  t: number;
  /** Column charts: the column whose period holds the date, and how far through that period it falls (0 to 1). */
  category?: string;
  within?: number;
  /** Short label drawn beside the line, date first ("Dec 5, 2018: … ended its 287(g) agreement"). */
  label: string;
}

/** A labelled tick on the time axis of a line chart. */
export interface TimeTick {
  t: number;
  label: string;
}

/** Map legend: class i covers [breaks[i], breaks[i+1]). */
export interface MapLegend {
  breaks: number[];
  labels: string[];
}

export interface ChartSpec {
  id: string;
  /** What the chart is about (claim pages and share cards differ); chartKind is how it is drawn. */
  kind: 'claim' | 'series' | 'trail';
  chartKind: ChartKind;
  title: string;
  subtitle: string;
  unit: string;
  bars: ChartBar[];
  rows: ChartRow[];
  /** Drawn over the figures, each as a mark of its own: the claim, the record's reference lines, dated events (lib/charts/annotations.ts). */
  annotations: Annotation[];
  /** Said under the chart when the claim is not drawn, and why. */
  overlayNote: string | null;
  /** Said under the chart: partial periods, missing periods, an index or rate instead of raw figures. */
  notes: string[];
  domainMin: number;
  domainMax: number;
  /** Value-axis ticks from domainMin to domainMax; whole numbers when every figure is a whole number. */
  ticks: number[];
  /** Bars: room for category labels on the left (labels wrap inside it). Line/column: the value axis width. */
  labelWidth: number;
  /** Line charts: the time axis, and the labelled ticks on it. */
  timeDomain?: [number, number];
  timeTicks?: TimeTick[];
  /** Trail charts: the time at which the reference lines' labels sit (clear of the points), and the key of point shapes and colours. */
  referenceLabelT?: number;
  markerKey?: MarkerKeyItem[];
  /** Map charts: the colour classes, and the drawn state's height over its width. */
  legend?: MapLegend;
  aspect?: number;
  /** Small multiples: bars whose figures differ over 20 times are drawn as these panels, each with its own scale (lib/charts/small-multiples.ts). */
  panels?: ChartSpec[];
  /** A panel after the first: no key of its own. */
  keyless?: boolean;
  /** A panel: the line above its bars that names it and its axis against the first panel's ("Panel 2 of 3: axis 0 to 5 (panel 1: 0 to 250)"). */
  panelTitle?: string;
  /** Figures that are records of a derived dataset, not observations: their source and period (rows' observationIds hold record ids). */
  records?: { resource: string; sourceId: string; period: string; qualifier: 'exact' | 'computed' };
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

const STEPS = [1, 2, 2.5, 5, 10];

/**
 * Evenly spaced round ticks from min past every value: about `count` of them, steps of 1, 2, 2.5 or 5 × 10^k,
 * never 2.5 × 10^k below 10 when the figures are whole numbers (no tick at 62.5 on a count axis).
 */
export function niceScale(
  min: number,
  values: number[],
  percent: boolean,
  whole: boolean,
  count = 5,
): { min: number; max: number; ticks: number[] } {
  const top = Math.max(0, ...values.filter(Number.isFinite));
  if (top <= min) return { min, max: min + 1, ticks: [min, min + 1] };
  const padded = percent && top <= 100 ? top : top * 1.05;
  const ok = (s: number) => !whole || Number.isInteger(s);
  const stepFrom = (lo: number) => {
    const raw = (padded - lo) / (count - 1);
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = STEPS.map((m) => m * mag).find((s) => s >= raw && ok(s)) ?? 10 * mag;
    return whole ? Math.max(1, Math.round(step)) : step;
  };
  let step = stepFrom(min);
  // A negative end is a whole number of steps below zero, so zero is a tick: -20%, 0%, 20%, never -13%, 7%, 27%.
  let lo = min;
  if (min < 0) {
    lo = Math.floor(min / step) * step;
    step = stepFrom(lo);
    lo = Math.floor(min / step) * step;
  }
  let max = lo + Math.ceil((padded - lo) / step) * step;
  if (percent && top <= 100 && max > 100) max = Math.max(top, 100);
  const ticks: number[] = [];
  for (let v = lo; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if (ticks[ticks.length - 1] < max) ticks.push(max);
  return { min: lo, max, ticks };
}

/** At most `most` of a scale's evenly spaced ticks, both ends kept: every 2nd, 3rd… one, whichever first fits. */
export function thinTicks(ticks: number[], most: number): number[] {
  const gaps = ticks.length - 1;
  if (ticks.length <= most) return ticks;
  for (let every = 2; every <= gaps; every++) {
    if (gaps % every === 0 && gaps / every + 1 <= most) return ticks.filter((_, i) => i % every === 0);
  }
  return [ticks[0], ticks[gaps]];
}
