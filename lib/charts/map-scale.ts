/**
 * The one colour-class scale of the site's NC maps (map charts, /explore's map, the home tile): quantile
 * classes, about a fifth of the counties each, so a few very large counties do not wash out the rest. Breaks
 * are rounded to two significant figures so the legend reads "1,200" and not "1,187.4"; a class is drawn
 * with the palette's map-<class> token, a county without a figure with map-none.
 */
import { formatNumber, isPercentUnit } from '../format/number';
import type { MapLegend } from './chart-spec';
import { MAP_STEPS } from './palette';

function roundBreak(v: number): number {
  if (v === 0) return 0;
  const mag = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 1);
  // toPrecision drops the binary noise of a decimal magnitude (3.5000000000000004).
  return Number((Math.round(v / mag) * mag).toPrecision(12));
}

/** Quantile classes with rounded breaks that are strictly increasing, and labels that say each range. */
export function quantileLegend(values: number[], steps = MAP_STEPS, unit = ''): MapLegend {
  if (!values.length) return { breaks: [], labels: [] };
  const sorted = [...values].sort((a, b) => a - b);
  const breaks = [sorted[0]];
  for (let i = 1; i < steps; i++) {
    const b = roundBreak(sorted[Math.floor((i * sorted.length) / steps)]);
    if (b > breaks[breaks.length - 1]) breaks.push(b);
  }
  const fmt = (n: number) => (isPercentUnit(unit) ? `${formatNumber(n)}%` : formatNumber(n));
  const labels = breaks.map((b, i) =>
    i === 0
      ? `under ${fmt(breaks[1] ?? b)}`
      : i === breaks.length - 1
        ? `${fmt(b)} or more`
        : `${fmt(b)} to under ${fmt(breaks[i + 1])}`,
  );
  if (breaks.length === 1) labels[0] = `${fmt(breaks[0])}`;
  return { breaks, labels };
}

/** The class of a value: the last break at or below it. */
export const stepOf = (legend: MapLegend, value: number) => legend.breaks.reduce((s, b, i) => (value >= b ? i : s), 0);
