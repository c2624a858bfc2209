import { formatFigure, unitWords } from '../format/number';
import { chooseKind } from './chart-kind';
import type { ChartKind, ChartRow, ChartSpec } from './chart-spec';
import { type ChartContent, layoutSpec } from './layout-spec';
import { quantileLegend, stepOf } from './map-scale';
import { NC_MAP_WIDTH, ncMap } from './nc-geometry';
import { MAP_STEPS } from './palette';

/** A county's figure: by 5-digit FIPS, with the id of the record it comes from. */
export interface CountyFigure {
  fips: string;
  value: number;
  qualifier?: string;
  /** Record or observation id, kept for the chart's CSV. */
  recordId: string;
}

/** What the caller decides about a county map; rows, colour classes, layout and summary are derived. */
export interface CountyMapContent {
  id: string;
  title: string;
  subtitle: string;
  unit: string;
  publishers: string[];
  href: string;
  notes: string[];
  /** The statewide figure in words, for the summary ("150,231 cases, the sum of the 100 counties"). */
  statewide: string;
  /** Where the figures come from when they are dataset records rather than observations (the chart's CSV names it). */
  records?: ChartSpec['records'];
  kind?: ChartKind;
}

/**
 * A choropleth of North Carolina's 100 counties. Every county is a row (in FIPS order) whether or not it has a
 * figure; one without is drawn in the "no data" colour and said in the summary.
 */
export function countyMapChart(content: CountyMapContent, figures: CountyFigure[]): ChartSpec {
  const geometry = ncMap(NC_MAP_WIDTH);
  const byFips = new Map(figures.map((f) => [f.fips, f]));
  const unknown = figures.filter((f) => !geometry.counties.some((c) => c.fips === f.fips));
  if (unknown.length) throw new Error(`chart ${content.id}: ${unknown.map((f) => f.fips).join(', ')} is not a North Carolina county FIPS`);
  const choice = chooseKind({ comparison: false, periods: null, counties: figures.length }, content.kind);
  const legend = quantileLegend(figures.map((f) => f.value), MAP_STEPS, content.unit);
  const rows: ChartRow[] = geometry.counties.map((c) => {
    const f = byFips.get(c.fips);
    const row: ChartRow = { key: c.fips, category: c.name, fips: c.fips, values: {}, labels: {}, observationIds: {}, step: null };
    if (f) {
      row.values.v = f.value;
      row.labels.v = formatFigure(f.value, content.unit, f.qualifier);
      row.observationIds.v = f.recordId;
      row.step = stepOf(legend, f.value);
    }
    return row;
  });
  const withData = rows.filter((r) => r.values.v !== undefined).sort((a, b) => b.values.v - a.values.v);
  const missing = rows.length - withData.length;
  const top = withData[0];
  const bottom = withData[withData.length - 1];
  const summary =
    `Highest: ${top.category} County, ${top.labels.v}. Lowest: ${bottom.category} County, ${bottom.labels.v}. ` +
    `Statewide: ${content.statewide}.${missing ? ` No figure for ${missing} ${missing === 1 ? 'county' : 'counties'}.` : ''}`;
  const spec: ChartContent = {
    id: content.id,
    kind: 'series',
    chartKind: choice.kind,
    title: content.title,
    subtitle: content.subtitle,
    unit: content.unit,
    bars: [{ key: 'v', label: unitWords(content.unit), tone: 'series-1' }],
    rows,
    overlay: null,
    overlayNote: null,
    notes: content.notes,
    domainMin: 0,
    domainMax: top.values.v,
    ticks: [],
    legend,
    records: content.records,
    publishers: content.publishers,
    href: content.href,
    aspect: geometry.height / geometry.width,
  };
  // The summary names the extremes and the state; every county's figure is in the table beside the map.
  const laid = layoutSpec(spec);
  return { ...laid, description: `Map of North Carolina's ${rows.length} counties, ${unitWords(content.unit)}. ${summary}` };
}
