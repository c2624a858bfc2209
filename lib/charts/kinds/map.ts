import { mapHeight } from '../layout-spec';
import { defineKind } from './kind';

/** At least this many counties make a map; fewer read better as bars. */
export const MAP_MIN_COUNTIES = 10;

/** North Carolina's counties, coloured by class; drawn at build time only (its geometry never ships to the browser). */
export const map = defineKind({
  kind: 'map',
  choose: (shape) =>
    !shape.comparison && shape.counties >= MAP_MIN_COUNTIES ? `${shape.counties} North Carolina counties` : null,
  words: 'Map of North Carolina counties',
  count: (_figures, rows) => `${rows} ${rows === 1 ? 'county' : 'counties'}`,
  overTime: false,
  timeAxis: false,
  reading: 'any',
  markNoun: 'county',
  swaps: false,
  table: { head: 'County', missing: 'no data' },
  key: 'none',
  events: 'none',
  drawer: 'map',
  labelsBars: false,
  places: true,
  contract: 'map',
  labelWidth: () => 0,
  height: (spec) => mapHeight(spec),
});
