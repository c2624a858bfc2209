import { timeHeight, valueAxisWidth } from '../layout-spec';
import { figures } from './bar';
import { defineKind } from './kind';

/** Columns: two periods side by side, time left to right. */
export const column = defineKind({
  kind: 'column',
  choose: (shape) => (!shape.comparison && shape.periods === 2 ? 'two periods over time' : null),
  words: 'Column chart',
  count: (n) => figures(n),
  overTime: true,
  timeAxis: false,
  reading: 'across',
  markNoun: 'value',
  swaps: true,
  table: { head: 'Figure', missing: '–' },
  key: 'square',
  events: 'period',
  drawer: 'time',
  labelsBars: true,
  places: false,
  contract: 'column',
  labelWidth: (spec) => valueAxisWidth(spec),
  // Category labels under the columns wrap in their column's width.
  height: (spec) => timeHeight(spec, true),
});
