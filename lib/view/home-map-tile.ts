import type { ChartSpec } from '../charts/chart-spec';
import { narrowVariant } from '../charts/narrow';
import { DEFAULT_MEASURE } from './explore-data';
import { exploreModel } from './explore-page';
import { exploreMapSpec } from './explore-spec';
import { exploreHref, parseExplore } from './explore-url';

export interface MapTile {
  title: string;
  href: string;
  /** The map as /explore's Map tab draws it (a county map chart: the maps' one scale and palette), in the phone layout a tile fits. */
  spec: ChartSpec;
}

/**
 * The dashboard's county map: Superior Court felony cases filed per 10,000 residents in the latest fiscal year,
 * linking to the same view in /explore. Null when the data hold no county caseloads.
 */
export function homeMapTile(): MapTile | null {
  const model = exploreModel();
  const measure = model.measures.find((m) => m.id === DEFAULT_MEASURE);
  if (!measure || !measure.perCapita) return null;
  const period = measure.periods[measure.periods.length - 1];
  const query = { measure: measure.id, tab: 'map', from: period, to: period, per: 'per10k' } as const;
  const spec = exploreMapSpec(
    model.data(measure.id),
    parseExplore(new URLSearchParams(query), model.choices),
    'home-map',
  );
  if (!spec) return null;
  return {
    title: `${measure.label} per 10,000 residents, by county, ${period} (computed from the AOC records’ population)`,
    href: exploreHref(query),
    spec: narrowVariant(spec),
  };
}
