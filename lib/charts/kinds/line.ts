import { defineKind } from './kind';
import { TIME_LINE } from './time-line';

/** Three or more periods make a line (two make columns). */
export const LINE_MIN_PERIODS = 3;

/** A line over three or more periods: missing periods break it, partial ones are open circles. */
export const line = defineKind({
  ...TIME_LINE,
  kind: 'line',
  choose: (shape) =>
    !shape.comparison && shape.periods !== null && shape.periods >= LINE_MIN_PERIODS
      ? `${shape.periods} periods over time`
      : null,
  words: 'Line chart',
  drawer: 'time',
  curve: 'linear',
  contract: 'line',
});
