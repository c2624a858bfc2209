import Papa from 'papaparse';
import { type MeasureData, type ViewRow, viewUnit } from './explore-data';
import type { ExploreView } from './explore-url';

/** CSV of exactly the rows in view, with the measure, unit and source on every row. */
export function viewCsv(data: MeasureData, view: ExploreView, rows: ViewRow[]): string {
  const unit = viewUnit(data.unit, view.per);
  const fields = ['measure', 'county', 'fips', 'period', 'value', 'unit', 'cases', 'population', 'source'];
  const out = rows.map((r) => [
    data.label,
    r.county,
    r.fips,
    r.period,
    r.value,
    unit,
    r.cases,
    r.population,
    data.source.url,
  ]);
  return `${Papa.unparse({ fields, data: out }, { newline: '\n' })}\n`;
}
