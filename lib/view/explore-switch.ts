import { listWords } from '../format/list';
import type { ExploreMeasure } from './explore-data';
import { MAX_COUNTIES } from './explore-url';

export interface MeasureSwitch {
  /** The areas the new measure's view opens with. */
  counties: string[];
  /** What the switch changed in the reader's pick, when it changed anything; null when every county came along. */
  note: string | null;
}

/**
 * The areas to show after switching measure. The reader's county pick is kept wherever the new measure has
 * those counties; a state measure (North Carolina, the U.S.) shows its own areas and keeps the pick for the
 * next county measure, so switching back restores it. Whatever is left out is said, never dropped silently.
 * `remembered` is the last pick made on a county measure.
 */
export function switchMeasure(
  to: Pick<ExploreMeasure, 'kind' | 'areas' | 'defaultAreas' | 'label'>,
  remembered: readonly string[],
  names: ReadonlyMap<string, string>,
): MeasureSwitch {
  const name = (f: string) => names.get(f) ?? f;
  if (to.kind === 'state') {
    const note = remembered.length
      ? `${to.label} is published for ${listWords(to.defaultAreas.map(name))} as a whole, not by county, so your counties (${listWords(remembered.map(name))}) are not shown; they come back when you switch to a county measure.`
      : null;
    return { counties: to.defaultAreas, note };
  }
  const kept = remembered.filter((f) => to.areas.includes(f)).slice(0, MAX_COUNTIES);
  const dropped = remembered.filter((f) => !to.areas.includes(f));
  if (!kept.length) {
    const note = remembered.length
      ? `${to.label} has no figures for ${listWords(dropped.map(name))}; showing ${listWords(to.defaultAreas.map(name)) || 'no counties'} instead.`
      : null;
    return { counties: to.defaultAreas, note };
  }
  return {
    counties: kept,
    note: dropped.length
      ? `${to.label} has no figures for ${listWords(dropped.map(name))}, so ${dropped.length === 1 ? 'it is' : 'they are'} not shown.`
      : null,
  };
}
