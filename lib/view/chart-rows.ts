import type { ChartSpec } from '../charts/chart-spec';
import type { Index } from '../data/evidence';

export interface ChartCsvRow {
  chart: string;
  category: string;
  series: string;
  value: number;
  qualifier: string;
  unit: string;
  period: string;
  geography: string;
  observation_id: string;
  source: string;
  source_url: string;
}

/** Exactly the rows a chart draws, one per bar, each naming its source (the chart's CSV download). */
export function chartRows(index: Index, spec: ChartSpec): ChartCsvRow[] {
  return spec.rows.flatMap((row) =>
    spec.bars
      .filter((bar) => row.observationIds[bar.key] !== undefined)
      .map((bar) => {
        const id = row.observationIds[bar.key];
        if (spec.kind === 'trail') return claimRow(index, spec, row.key, row.category, bar.label, row.values[bar.key]);
        if (spec.records) {
          const source = index.sourceById.get(spec.records.sourceId)!;
          return {
            chart: spec.id,
            category: row.category,
            series: bar.label,
            value: row.values[bar.key],
            qualifier: spec.records.qualifier,
            unit: spec.unit,
            period: spec.records.period,
            geography: row.fips ?? row.category,
            observation_id: `${spec.records.resource}:${id}`,
            source: `${source.publisher}: ${source.title}`,
            source_url: source.url,
          };
        }
        const o = index.observationById.get(id)!;
        const source = index.sourceById.get(o.source_id)!;
        return {
          chart: spec.id,
          category: row.category,
          series: bar.label,
          value: row.values[bar.key],
          qualifier: o.qualifier,
          unit: o.unit,
          period: o.period,
          geography: o.geography,
          observation_id: o.id,
          source: `${source.publisher}: ${source.title}`,
          source_url: source.url,
        };
      }),
  );
}

/**
 * A trail's point: the number a claim states (its qualifier, unit, period and place as the claim words them),
 * credited to the story that printed it; observation_id names the claim ("claims:<id>").
 */
function claimRow(
  index: Index,
  spec: ChartSpec,
  claimId: string,
  category: string,
  series: string,
  value: number,
): ChartCsvRow {
  const claim = index.data.claims.find((c) => c.id === claimId)!;
  const story = index.data.stories.find((s) => s.id === claim.story_id)!;
  return {
    chart: spec.id,
    category,
    series,
    value,
    qualifier: claim.qualifier,
    unit: claim.unit ?? '',
    period: claim.period ?? '',
    geography: claim.geography ?? '',
    observation_id: `claims:${claim.id}`,
    source: `${story.outlet}: ${story.headline}`,
    source_url: story.url,
  };
}

export const chartCsvHref = (spec: ChartSpec) => `/charts/${spec.id}.csv`;
