import { keyLayout } from './chart-key';
import { CHART_WIDTH, type ChartSpec, thinTicks, type TimeTick } from './chart-spec';
import { describeChart } from './describe';
import { eventLabelLayout } from './event-labels';
import { sourceLine } from './source-line';
import { textWidth, wrapText } from './text';
import { axisFormat } from '../format/number';
import { mapLegendLayout } from './map-legend';
import { splitByMagnitude } from './small-multiples';
import { kindModule } from './kinds/registry';

/** What a chart builder decides: the data, the kind, the claim overlay, the words. Layout and summary are derived. */
export type ChartContent = Omit<ChartSpec, 'labelWidth' | 'description' | 'sourceLine' | 'width' | 'height'>;

export const AXIS_FONT = 12;
export const LABEL_LINE = 14;
const ROW_HEIGHT = 30;
const BAR_ROW_EXTRA = 14;
/** The value axis under horizontal bars and the bottom margin. */
const BAR_AXIS = 44;
const LABEL_MIN = 80;
const LABEL_MAX = 260;
const NARROW_LABEL_MAX = 120;
const PLOT_HEIGHT = 220;
const NARROW_PLOT_HEIGHT = 180;
/** At most this many value ticks on a phone-width chart. */
const NARROW_TICKS = 4;

/** Category labels wrap inside the label column, at spaces; never cut. */
export const wrapLabel = (label: string, width: number) => wrapText(label, width - 10, AXIS_FONT);

/** The label column of horizontal bars: the longest label, within limits (a narrower chart allows less). */
export function barLabelWidth(spec: Pick<ChartSpec, 'rows' | 'width'>): number {
  const longest = Math.max(0, ...spec.rows.map((r) => textWidth(r.category, AXIS_FONT)));
  const max = spec.width < CHART_WIDTH ? NARROW_LABEL_MAX : LABEL_MAX;
  return Math.round(Math.min(max, Math.max(LABEL_MIN, longest + 12)));
}

/** Horizontal bars' value labels sit right of each bar (recharts' LabelList, 11 px, offset 5). */
const VALUE_LABEL_FONT = 11;
const BAR_RIGHT_MIN = 64;

/** The room right of horizontal bars: the widest value label ("more than 1,300") fits past a full-length bar, never cut. */
export const barValueRoom = (spec: Pick<ChartSpec, 'rows'>) =>
  Math.round(
    Math.max(
      BAR_RIGHT_MIN,
      ...spec.rows.flatMap((r) => Object.values(r.labels).map((l) => textWidth(l, VALUE_LABEL_FONT) + 12)),
    ),
  );

/** The value axis of columns and lines: wide enough for its longest tick label. */
export const valueAxisWidth = (spec: Pick<ChartSpec, 'ticks' | 'unit'>) =>
  Math.round(Math.max(36, ...spec.ticks.map((t) => textWidth(axisFormat(spec.ticks, spec.unit)(t), AXIS_FONT) + 14)));

/** Horizontal bars grow with their rows and the lines of their wrapped labels. */
export function barHeight(spec: ChartSpec): number {
  const lines = Math.max(1, ...spec.rows.map((r) => wrapLabel(r.category, spec.labelWidth).length));
  const band = Math.max(ROW_HEIGHT + (spec.bars.length - 1) * BAR_ROW_EXTRA, lines * LABEL_LINE + 10);
  return keyLayout(spec).height + BAR_AXIS + spec.rows.length * band;
}

/**
 * Time runs left to right on a plot of fixed height, under the key and the events' labels. Categories under
 * columns wrap in their column's width (`wrapsCategories`); a time axis has one line of labels.
 */
export function timeHeight(spec: ChartSpec, wrapsCategories: boolean): number {
  const plot = spec.width - spec.labelWidth - 24;
  const labelLines = wrapsCategories
    ? Math.max(1, ...spec.rows.map((r) => wrapLabel(r.category, plot / spec.rows.length).length))
    : 1;
  const plotHeight = spec.width < CHART_WIDTH ? NARROW_PLOT_HEIGHT : PLOT_HEIGHT;
  return keyLayout(spec).height + eventLabelLayout(spec).height + plotHeight + 16 + labelLines * LABEL_LINE + 8;
}

/** A map keeps the state's shape, with its legend under it. */
export const mapHeight = (spec: ChartSpec) =>
  Math.round(spec.width * (spec.aspect ?? mapAspect(spec))) + mapLegendLayout(spec).height;

/** Height from the kind (lib/charts/kinds/*): bars grow with rows and wrapped labels, lines and columns have a fixed plot, maps keep the state's shape. */
export const chartHeight = (spec: ChartSpec): number => kindModule(spec.chartKind).height(spec);

/** Height over width of a laid-out map's drawing (the legend excluded). */
export const mapAspect = (spec: ChartSpec) => (spec.height - mapLegendLayout(spec).height) / spec.width;

/**
 * Labels of the time axis that fit the plot without touching, placed by time (periods may be unevenly spaced):
 * from the latest period back, each label kept when it clears the one kept after it.
 */
export function fitTimeTicks(spec: Pick<ChartSpec, 'timeTicks' | 'timeDomain' | 'width' | 'labelWidth'>): TimeTick[] {
  const all = spec.timeTicks ?? [];
  const [t0, t1] = spec.timeDomain ?? [0, 1];
  const plot = spec.width - spec.labelWidth - 40;
  const x = (t: number) => (t1 === t0 ? plot / 2 : ((t - t0) / (t1 - t0)) * plot);
  const kept: TimeTick[] = [];
  for (const tick of [...all].reverse()) {
    const half = (textWidth(tick.label, AXIS_FONT) + 10) / 2;
    const next = kept[kept.length - 1];
    if (!next || x(next.t) - (textWidth(next.label, AXIS_FONT) + 10) / 2 >= x(tick.t) + half) kept.push(tick);
  }
  return kept.reverse();
}

/** Space between small-multiple panels. */
export const PANEL_GAP = 12;
/** The line above each panel that names its axis (drawn by scripts/render-chart-svg.tsx). */
export const PANEL_TITLE_HEIGHT = 20;

/** The label column, ticks and height of a spec at its width (used for the standard and the narrow layout). */
export function fitLayout(spec: ChartSpec): ChartSpec {
  const laid: ChartSpec = { ...spec };
  if (spec.panels) {
    // Every panel at the chart's width, with one label column for all, so the bars line up.
    const labelWidth = barLabelWidth(spec);
    laid.labelWidth = labelWidth;
    laid.panels = spec.panels.map((p) => {
      const panel = fitLayout({ ...p, width: spec.width });
      return {
        ...panel,
        labelWidth,
        height: chartHeight({ ...panel, labelWidth }) + (p.panelTitle ? PANEL_TITLE_HEIGHT : 0),
      };
    });
    laid.height = laid.panels.reduce((h, p) => h + p.height, 0) + PANEL_GAP * (laid.panels.length - 1);
    return laid;
  }
  laid.labelWidth = kindModule(spec.chartKind).labelWidth(spec);
  if (spec.width < CHART_WIDTH) laid.ticks = thinTicks(spec.ticks, NARROW_TICKS);
  laid.height = chartHeight(laid);
  return laid;
}

/** Completes a chart spec at the standard width: label column, height, source line and text summary. */
export function layoutSpec(content: ChartContent): ChartSpec {
  const split = splitByMagnitude(content);
  const blank = {
    labelWidth: 0,
    sourceLine: sourceLine(content.publishers),
    description: '',
    width: CHART_WIDTH,
    height: 0,
  };
  const spec = fitLayout(
    split
      ? {
          ...content,
          ...blank,
          notes: [...content.notes, split.note],
          panels: split.panels.map((p) => ({ ...p, ...blank })),
        }
      : { ...content, ...blank },
  );
  spec.description = describeChart(spec);
  return spec;
}
