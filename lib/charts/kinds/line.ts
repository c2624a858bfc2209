import { timeHeight, valueAxisWidth } from '../layout-spec';
import { figures } from './bar';
import { defineKind } from './kind';

/** Three or more periods make a line (two make columns). */
export const LINE_MIN_PERIODS = 3;

/** A line over three or more periods: missing periods break it, partial ones are open circles. */
export const line = defineKind({
  kind: 'line',
  choose: (shape) => (!shape.comparison && shape.periods !== null && shape.periods >= LINE_MIN_PERIODS ? `${shape.periods} periods over time` : null),
  words: 'Line chart',
  count: (n) => figures(n),
  overTime: true,
  timeAxis: true,
  reading: 'across',
  markNoun: 'value',
  swaps: true,
  table: { head: 'Figure', missing: '–' },
  key: 'line',
  events: 'date',
  drawer: 'time',
  curve: 'linear',
  labelsBars: false,
  places: false,
  contract: 'line',
  labelWidth: (spec) => valueAxisWidth(spec),
  height: (spec) => timeHeight(spec, false),
});
