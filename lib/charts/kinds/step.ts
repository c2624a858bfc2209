import { defineKind } from './kind';
import { TIME_LINE } from './time-line';

/** Three or more dated snapshots make a step line. */
export const STEP_MIN_SNAPSHOTS = 3;

/**
 * Dated snapshots of a count (a list's size as it stood on each date, the 2025 287(g) agreements): a line of
 * steps over time, each figure held until the next snapshot, since nothing is known between them. Not category
 * bars: the dates are time, unevenly spaced, several on one day.
 */
export const step = defineKind({
  ...TIME_LINE,
  kind: 'step',
  choose: (shape) =>
    !shape.comparison && (shape.snapshots ?? 0) >= STEP_MIN_SNAPSHOTS
      ? `${shape.snapshots} dated snapshots of a count, each standing until the next`
      : null,
  words: 'Step line chart',
  table: { head: 'Snapshot', missing: '–' },
  drawer: 'time',
  curve: 'stepAfter',
  contract: 'step',
});
