import { loadIndex, loadTables } from '../data/dataset';
import { CASELOAD_RESOURCE, CASELOAD_SOURCE_ID, caseloadRecords, type County, counties } from './caseload';
import { caseloadExploreMeasures, caseloadMeasureData, exploreChoices, type MeasureData } from './explore-data';
import { iceExploreMeasures } from './explore-ice';
import { STATE_AREAS, stateExploreMeasures } from './explore-state';
import { type ExploreView, parseExplore } from './explore-url';

/** Everything /explore and its static files are built from: the caseload measures by county, the ICE records by county, then the state series. */
export function exploreModel() {
  const { pkg, tables } = loadTables();
  const index = loadIndex();
  const records = caseloadRecords(tables);
  const resource = pkg.resources.find((r) => r.name === CASELOAD_RESOURCE);
  const src = index.sourceById.get(CASELOAD_SOURCE_ID);
  const source = {
    title: src ? `${src.publisher}: ${src.title}` : 'NC Administrative Office of the Courts',
    url: src?.url ?? '',
  };
  const dataset = {
    title: resource?.title ?? CASELOAD_RESOURCE,
    href: `/data/${resource?.path ?? 'nc_aoc_caseload.csv'}`,
  };
  const caseload = caseloadExploreMeasures(records);
  const state = stateExploreMeasures(index);
  // The ICE records by county and the state series are built whole: measure and figures together.
  const built = [...iceExploreMeasures(pkg, tables, counties(records)), ...state];
  const measures = [...caseload, ...built.map((s) => s.measure)];
  const choices = exploreChoices(measures);
  // A draft data folder may hold no measure at all: the page then says so.
  const defaultView: ExploreView | null = measures.length ? parseExplore(new URLSearchParams(), choices) : null;
  const data = (id: string): MeasureData => {
    const whole = built.find((s) => s.measure.id === id);
    return whole
      ? whole.data
      : caseloadMeasureData(
          records,
          caseload.find((m) => m.id === id)!,
          source,
          dataset,
        );
  };
  /** Every area a view can pick: the 100 counties, then the state and the nation. */
  const areas: County[] = [
    ...counties(records),
    ...Object.entries(STATE_AREAS).map(([fips, name]) => ({ fips, name, slug: '' })),
  ];
  return { measures, choices, areas, defaultView, data };
}

/** The static files beside /explore: one JSON per measure, and the default view as CSV. */
export const DEFAULT_VIEW_CSV = 'default-view.csv';
export const defaultCsvHref = `/explore/data/${DEFAULT_VIEW_CSV}`;
