import { DEFAULT_MEASURE, periodValues, viewUnit } from './explore-data';
import { exploreModel } from './explore-page';
import { exploreHref } from './explore-url';

export interface MapTile {
  title: string;
  href: string;
  /** Each county's figure (per 10,000 residents), classed by the maps' one scale when drawn. */
  values: Map<string, number>;
  unit: string;
  names: Map<string, string>;
  /** Each county's page, which its shape links to. */
  countyHref: Map<string, string>;
}

/**
 * The dashboard's county map: Superior Court felony cases filed per 10,000 residents in the latest fiscal year,
 * linking to the same view in /explore. Null when the data hold no county caseloads.
 */
export function homeMapTile(): MapTile | null {
  const model = exploreModel();
  const measure = model.measures.find((m) => m.id === DEFAULT_MEASURE);
  if (!measure || !measure.perCapita) return null;
  const data = model.data(measure.id);
  const period = measure.periods[measure.periods.length - 1];
  const names = new Map(model.areas.map((a) => [a.fips, a.name]));
  return {
    title: `${measure.label} per 10,000 residents, by county, ${period} (computed from the AOC records’ population)`,
    href: exploreHref({ measure: measure.id, tab: 'map', from: period, to: period, per: 'per10k' }),
    values: periodValues(data, period, 'per10k'),
    unit: viewUnit(data.unit, 'per10k'),
    names,
    countyHref: new Map(model.areas.filter((a) => a.slug).map((a) => [a.fips, `/counties/${a.slug}`])),
  };
}
