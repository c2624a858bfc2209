import type { ChartSpec } from '../charts/chart-spec';
import type { Index } from '../data/evidence';
import type { Tables } from '../data/validate-keys';
import { CASELOAD_SOURCE_ID, caseloadRecords } from './caseload';
import { type ChartCsvRow, chartRows } from './chart-rows';
import { allCharts } from './charts';
import { isCountyChart } from './county-court-chart';
import { countyCharts } from './county-view';

/**
 * Every chart the build renders, embeds and exports: the chart pages' charts (allCharts) and the county
 * pages' court charts, whose permalink is their county page. The caller reads the tables (lib/data/dataset.ts loadTables).
 */
export function publishedCharts(index: Index, tables: Tables): ChartSpec[] {
  return [...allCharts(index), ...countyCharts(index, tables)];
}

/** A chart's CSV rows. County charts draw AOC records, not observations: each row names its record id. */
export function publishedChartRows(index: Index, tables: Tables, spec: ChartSpec): ChartCsvRow[] {
  if (!isCountyChart(spec.id)) return chartRows(index, spec);
  const byId = new Map(caseloadRecords(tables).map((r) => [r.record_id, r]));
  const source = index.sourceById.get(CASELOAD_SOURCE_ID)!;
  return spec.rows.flatMap((row) =>
    spec.bars
      .filter((bar) => row.observationIds[bar.key] !== undefined)
      .map((bar) => {
        const r = byId.get(row.observationIds[bar.key])!;
        return {
          chart: spec.id,
          category: row.category,
          series: bar.label,
          value: r.cases,
          qualifier: 'exact',
          unit: spec.unit,
          period: r.period,
          geography: `${r.county} County, North Carolina`,
          observation_id: r.record_id,
          source: `${source.publisher}: ${source.title}`,
          source_url: source.url,
        };
      }),
  );
}
