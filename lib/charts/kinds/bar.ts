import { barHeight, barLabelWidth } from '../layout-spec';
import { defineKind } from './kind';

const figures = (n: number) => `${n} figure${n === 1 ? '' : 's'}`;

/** Horizontal bars: categories, cohorts, overlapping periods, a single period, and every claim against its figures. */
export const bar = defineKind({
  kind: 'bar',
  // Asked last: whatever no other kind claims is drawn as bars.
  choose: (shape) =>
    shape.comparison
      ? 'a claim against its figures'
      : shape.periods === null
        ? 'categories, cohorts or overlapping periods'
        : 'a single period',
  words: 'Bar chart',
  count: (n) => figures(n),
  overTime: false,
  timeAxis: false,
  reading: 'down',
  markNoun: 'value',
  swaps: true,
  table: { head: 'Figure', missing: '–' },
  key: 'square',
  events: 'notes',
  drawer: 'bars',
  labelsBars: true,
  places: false,
  contract: 'bar',
  labelWidth: (spec) => barLabelWidth(spec),
  height: (spec) => barHeight(spec),
});

export { figures };
