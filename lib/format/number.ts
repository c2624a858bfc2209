import { QUALIFIER_WORDS } from '../vocabulary/qualifiers';

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** 189973 -> "189,973"; 67.8 -> "67.8". */
export const formatNumber = (n: number) => plain.format(n);

/** "1 row", "2,000 rows": a count with its noun, singular for one. */
export const countOf = (n: number, noun: string, plural = `${noun}s`) =>
  `${plain.format(n)} ${n === 1 ? noun : plural}`;

/**
 * Axis ticks: short forms that stay legible on a phone. One axis has one format: pass the axis's largest
 * value as `scale`, so "0 · 5K · 10K · 15K" never reads "0 · 5,000 · 10K · 15K".
 */
export function formatTick(n: number, unit: string, scale = n): string {
  if (isPercentUnit(unit)) return `${plain.format(n)}%`;
  return Math.abs(scale) >= 10_000 ? compact.format(n) : plain.format(n);
}

/** The formatter of one axis's ticks: every tick in the format its largest one needs. */
export const axisFormat = (ticks: readonly number[], unit: string) => {
  const scale = Math.max(0, ...ticks.map(Math.abs));
  return (n: number) => formatTick(n, unit, scale);
};

export const isPercentUnit = (unit: string) => unit.startsWith('percent');

/** How a unit reads after a number: "per 100000" -> "per 100,000". */
export const unitWords = (unit: string) => unit.replace(/\b(\d{4,})\b/g, (m) => formatNumber(Number(m)));

/** Words for a qualifier read from data (typed as a plain string there); unknown ones read as none. */
const words = (qualifier: string) => QUALIFIER_WORDS[qualifier as keyof typeof QUALIFIER_WORDS] ?? '';

const signed = (value: number, unit: string) =>
  unit === 'percent change' && value > 0 ? `+${formatNumber(value)}` : formatNumber(value);

/** "at least 563 declined detainers", "67.8 percent rearrested", "+14.5 percent change". */
export function formatQuantity(value: number, unit: string, qualifier = 'exact'): string {
  return [words(qualifier), signed(value, unit), unitWords(unit)].filter(Boolean).join(' ');
}

/**
 * A figure as a chart prints it, in its label, tooltip, focus text, title and summary alike (the one rule):
 * the qualifier in words, the number with separators (at most 2 decimals), and "%" for a percentage.
 * "at least 563", "67.8%", "+14.5%". Only axis ticks shorten large numbers ("190K"), see formatTick.
 */
export function formatFigure(value: number, unit: string, qualifier = 'exact'): string {
  const n = signed(value, unit);
  return [words(qualifier), isPercentUnit(unit) ? `${n}%` : n].filter(Boolean).join(' ');
}
