import { QUALIFIER_WORDS } from '../vocabulary/qualifiers';

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** 189973 -> "189,973"; 67.8 -> "67.8". */
export const formatNumber = (n: number) => plain.format(n);

/** Axis ticks: short forms that stay legible on a phone. */
export function formatTick(n: number, unit: string): string {
  if (isPercentUnit(unit)) return `${plain.format(n)}%`;
  return Math.abs(n) >= 10_000 ? compact.format(n) : plain.format(n);
}

export const isPercentUnit = (unit: string) => unit.startsWith('percent');

/** How a unit reads after a number: "per 100000" -> "per 100,000". */
export const unitWords = (unit: string) => unit.replace(/\b(\d{4,})\b/g, (m) => formatNumber(Number(m)));

/** "at least 563 declined detainers", "67.8 percent rearrested", "+14.5 percent change". */
export function formatQuantity(value: number, unit: string, qualifier = 'exact'): string {
  const n = unit === 'percent change' && value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
  const words = QUALIFIER_WORDS[qualifier as keyof typeof QUALIFIER_WORDS];
  return [words, n, unitWords(unit)].filter(Boolean).join(' ');
}
