import { listWords } from '../format/list';
import { formatFigure, formatNumber, unitWords } from '../format/number';
import { chooseKind } from './chart-kind';
import type { ChartKind, ChartRow, ChartSpec, MapLegend } from './chart-spec';
import { type ChartContent, layoutSpec } from './layout-spec';
import { quantileLegend, stepOf } from './map-scale';
import { NC_COUNTIES, NC_MAP_ASPECT } from './nc-counties';
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

const counties = (n: number) => `${formatNumber(n)} ${n === 1 ? 'county' : 'counties'}`;

/**
 * "Highest: Wake County, 200." or, when several counties share the figure, how many do ("Lowest: 60 counties
 * tied at 1."): naming one of many tied counties would make an arbitrary pick look like a finding.
 */
export function extremeWords(which: 'Highest' | 'Lowest', rows: ChartRow[], value: number): string {
  const tied = rows.filter((r) => r.values.v === value);
  if (tied.length === 1) return `${which}: ${tied[0].category} County, ${tied[0].labels.v}.`;
  const named = tied.length <= 3 ? ` (${listWords(tied.map((r) => r.category))})` : '';
  return `${which}: ${counties(tied.length)} tied at ${tied[0].labels.v}${named}.`;
}

/** How many counties a colour class holds (null: no figure). */
const inClass = (rows: ChartRow[], step: number | null) => counties(rows.filter((r) => r.step === step).length);

/** The colour classes the map draws, each with its count of counties, read from the legend itself. */
export function classesNote(legend: MapLegend, rows: ChartRow[]): string {
  const missing = rows.filter((r) => r.step === null).length;
  const none = missing ? ` ${inClass(rows, null)} with no figure are grey.` : '';
  if (legend.labels.length === 1) {
    // One class: its label is only its lowest figure, so name the range its counties span.
    const drawn = rows.filter((r) => r.step !== null).sort((a, b) => a.values.v - b.values.v);
    const [low, high] = [drawn[0].labels.v, drawn[drawn.length - 1].labels.v];
    const span = low === high ? low : `${low} to ${high}`;
    return `Every county with a figure has the same colour: ${span} (${inClass(rows, 0)}).${none} Every county's figure is in the table.`;
  }
  const counts = legend.labels.map((label, i) => `${label} (${inClass(rows, i)})`);
  return `Colours split the counties into ${counts.length} classes: ${listWords(counts)}.${none} Every county's figure is in the table.`;
}

/**
 * A choropleth of North Carolina's 100 counties. Every county is a row (in FIPS order) whether or not it has a
 * figure; one without is drawn in the "no data" colour and said in the summary.
 */
export function countyMapChart(content: CountyMapContent, figures: CountyFigure[]): ChartSpec {
  const byFips = new Map(figures.map((f) => [f.fips, f]));
  const unknown = figures.filter((f) => !NC_COUNTIES.some((c) => c.fips === f.fips));
  if (unknown.length)
    throw new Error(
      `chart ${content.id}: ${unknown.map((f) => f.fips).join(', ')} is not a North Carolina county FIPS`,
    );
  const choice = chooseKind({ comparison: false, periods: null, counties: figures.length }, content.kind);
  const legend = quantileLegend(
    figures.map((f) => f.value),
    MAP_STEPS,
    content.unit,
  );
  const rows: ChartRow[] = NC_COUNTIES.map((c) => {
    const f = byFips.get(c.fips);
    const row: ChartRow = {
      key: c.fips,
      category: c.name,
      fips: c.fips,
      values: {},
      labels: {},
      observationIds: {},
      step: null,
    };
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
  const summary =
    `${extremeWords('Highest', withData, top.values.v)} ${extremeWords('Lowest', withData, withData[withData.length - 1].values.v)} ` +
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
    annotations: [],
    overlayNote: null,
    notes: [classesNote(legend, rows), ...content.notes],
    domainMin: 0,
    domainMax: top.values.v,
    ticks: [],
    legend,
    records: content.records,
    publishers: content.publishers,
    href: content.href,
    aspect: NC_MAP_ASPECT,
  };
  // The summary names the extremes and the state; every county's figure is in the table beside the map.
  const laid = layoutSpec(spec);
  return {
    ...laid,
    description: `Map of North Carolina's ${rows.length} counties, ${unitWords(content.unit)}. ${summary}`,
  };
}
