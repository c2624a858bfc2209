import { timeHeight, valueAxisWidth } from '../layout-spec';
import { figures } from './bar';
import { defineKind } from './kind';

/** Three or more dated snapshots make a step line. */
export const STEP_MIN_SNAPSHOTS = 3;

/**
 * Dated snapshots of a count (a list's size as it stood on each date, the 2025 287(g) agreements): a line of
 * steps over time, each figure held until the next snapshot, since nothing is known between them. Not category
 * bars: the dates are time, unevenly spaced, several on one day.
 */
export const step = defineKind({
  kind: 'step',
  choose: (shape) =>
    !shape.comparison && (shape.snapshots ?? 0) >= STEP_MIN_SNAPSHOTS ? `${shape.snapshots} dated snapshots of a count, each standing until the next` : null,
  words: 'Step line chart',
  count: (n) => figures(n),
  overTime: true,
  timeAxis: true,
  reading: 'across',
  markNoun: 'value',
  swaps: true,
  table: { head: 'Snapshot', missing: '–' },
  key: 'line',
  events: 'date',
  drawer: 'time',
  curve: 'stepAfter',
  labelsBars: false,
  places: false,
  contract: 'step',
  labelWidth: (spec) => valueAxisWidth(spec),
  height: (spec) => timeHeight(spec, false),
});
