import type { ChartKind } from './chart-spec';
import type { KindModule } from './kinds/kind';
import { kindModule } from './kinds/registry';

/**
 * Arrow keys follow the chart's orientation (each kind's `reading`, lib/charts/kinds/*): up and down step through
 * horizontal bars (they run down the page), left and right through columns and lines (time runs left to right).
 * Maps are read in the table's order, so every arrow steps. Home and End jump to the ends. Shared by the page's
 * chart and the embed's script, which reads the embed's data-chart-reading: a new kind reads one of these three ways.
 */
export const READING_KEYS: Record<KindModule['reading'], Record<string, number>> = {
  down: { ArrowDown: 1, ArrowUp: -1 },
  across: { ArrowRight: 1, ArrowLeft: -1 },
  any: { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 },
};

/** The mark to show after a key press: the next or previous one (stopping at the ends), or null when the key does not step. */
export function stepMark(kind: ChartKind, key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = READING_KEYS[kindModule(kind).reading][key];
  if (step === undefined) return null;
  if (current < 0) return step > 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + step));
}
