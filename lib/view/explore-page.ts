import { loadIndex, loadTables } from '../data/dataset';
import { CASELOAD_RESOURCE, CASELOAD_SOURCE_ID, caseloadRecords, counties } from './caseload';
import { exploreChoices, exploreMeasures, measureData, type MeasureData } from './explore-data';
import type { ExploreView } from './explore-url';
import { parseExplore } from './explore-url';

/** Everything /explore and its static files are built from, loaded once per build. */
export function exploreModel() {
  const { pkg, tables } = loadTables();
  const index = loadIndex();
  const records = caseloadRecords(tables);
  const resource = pkg.resources.find((r) => r.name === CASELOAD_RESOURCE);
  const src = index.sourceById.get(CASELOAD_SOURCE_ID);
  const source = { title: src ? `${src.publisher}: ${src.title}` : 'NC Administrative Office of the Courts', url: src?.url ?? '' };
  const fullDataset = { title: resource?.title ?? CASELOAD_RESOURCE, href: `/data/${resource?.path ?? 'nc_aoc_caseload.csv'}` };
  const dataset = { title: fullDataset.title, href: `/data/${CASELOAD_RESOURCE}` };
  const measures = exploreMeasures(records);
  const choices = exploreChoices(records);
  const defaultView: ExploreView = parseExplore(new URLSearchParams(), choices);
  const data = (id: string): MeasureData => measureData(records, measures.find((m) => m.id === id)!, source, dataset);
  return { records, measures, choices, counties: counties(records), defaultView, data, fullDataset };
}

/** The static files beside /explore: one JSON per measure, and the default view as CSV. */
export const DEFAULT_VIEW_CSV = 'default-view.csv';
export const defaultCsvHref = `/explore/data/${DEFAULT_VIEW_CSV}`;
