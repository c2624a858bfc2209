import { CHART_WIDTH, NARROW_WIDTH, niceScale } from '../charts/chart-spec';
import { textWidth } from '../charts/text';
import type { ViewRow } from './explore-data';

/** Lines for up to 8 counties: four tones, solid then dashed, so no two lines look alike. */
export const LINE_TONES = ['series-1', 'series-2', 'series-3', 'series-4'] as const;
export const lineStyle = (i: number) => ({ tone: LINE_TONES[i % LINE_TONES.length], dashed: i >= LINE_TONES.length });

export interface LineChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Array<{ x: number; label: string }>;
  yTicks: Array<{ y: number; value: number }>;
  lines: Array<{
    fips: string;
    county: string;
    tone: string;
    dashed: boolean;
    /** Runs of consecutive periods with a value: a missing period leaves a gap, never a line across it. */
    segments: Array<Array<{ x: number; y: number }>>;
    points: Array<{ x: number; y: number; period: string; value: number }>;
  }>;
}

/** Font size of the period labels under the lines. */
export const PERIOD_FONT = 11;

/** The wide layout and the phone layout, picked by the container's width as for every chart. */
export const LINE_SIZES = { wide: { width: CHART_WIDTH, height: 320 }, narrow: { width: NARROW_WIDTH, height: 240 } } as const;

/**
 * A time series as lines, time running left to right; pure geometry that any renderer can draw. Period
 * labels that would overlap at this width are thinned to every second or third, first and last kept.
 */
export function lineChartLayout(rows: ViewRow[], counties: string[], periods: string[], width: number = CHART_WIDTH, height = 320): LineChartLayout {
  const plot = { left: 64, top: 12, right: width - 40, bottom: height - 36 };
  const values = rows.map((r) => r.value ?? 0);
  // The one scale rule: whole-number ticks when every figure is whole (counts), decimals for rates.
  const { max, ticks } = niceScale(0, values, false, values.every(Number.isInteger));
  const x = (i: number) => (periods.length <= 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (periods.length - 1));
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / max;
  // Period labels are drawn at 11 px (ExploreLines); each needs its measured width and a little air.
  const slot = Math.max(0, ...periods.map((p) => textWidth(p, PERIOD_FONT))) + 8;
  const every = Math.max(1, Math.ceil((slot * periods.length) / Math.max(1, plot.right - plot.left)));
  const lines = counties.flatMap((fips, n) => {
    const mine = rows.filter((r) => r.fips === fips);
    if (!mine.length) return [];
    const segments: Array<Array<{ x: number; y: number }>> = [];
    let run: Array<{ x: number; y: number }> = [];
    const points: LineChartLayout['lines'][number]['points'] = [];
    periods.forEach((period, i) => {
      const r = mine.find((m) => m.period === period);
      if (!r || r.value === null) {
        if (run.length) segments.push(run);
        run = [];
        return;
      }
      const p = { x: x(i), y: y(r.value) };
      run.push(p);
      points.push({ ...p, period, value: r.value });
    });
    if (run.length) segments.push(run);
    return [{ fips, county: mine[0].county, ...lineStyle(n), segments, points }];
  });
  return {
    width,
    height,
    plot,
    xTicks: periods.map((label, i) => ({ x: x(i), label })).filter((_, i) => i % every === 0 || i === periods.length - 1).filter((t, i, all) => i === all.length - 1 || all[all.length - 1].x - t.x >= slot * 0.9),
    yTicks: ticks.map((value) => ({ y: y(value), value })),
    lines,
  };
}
