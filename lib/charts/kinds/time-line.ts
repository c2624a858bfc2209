import { timeHeight, valueAxisWidth } from '../layout-spec';
import { figures } from './bar';
import type { KindModule } from './kind';

/**
 * What every kind drawn over a continuous time axis shares (lines, step lines, trail timelines): figures in
 * time order read left to right, a value axis on the left, a plot of fixed height, events at their dates.
 */
export const TIME_LINE = {
  count: (n: number) => figures(n),
  overTime: true,
  timeAxis: true,
  reading: 'across',
  markNoun: 'value',
  swaps: true,
  table: { head: 'Figure', missing: '–' },
  key: 'line',
  events: 'date',
  labelsBars: false,
  places: false,
  labelWidth: (spec) => valueAxisWidth(spec),
  height: (spec) => timeHeight(spec, false),
} satisfies Partial<KindModule>;
