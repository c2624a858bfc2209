import type { Observation, Series } from '../data/records';
import { formatFigure, formatNumber, isPercentUnit, unitWords } from '../format/number';
import { chooseKind, MAP_MIN_COUNTIES } from './chart-kind';
import { countyMapChart } from './county-map';
import { kindModule } from './kinds/registry';
import type { ChartBar, ChartKind, ChartRow, ChartSpec } from './chart-spec';
import { niceScale } from './chart-spec';
import { type ChartContent, layoutSpec } from './layout-spec';
import type { Tone } from './palette';
import { SHARED_AXIS_MAX_RATIO } from './small-multiples';
import { snapshotAxis, type TimePeriod, timeAxis } from './time-axis';

const TONES: Tone[] = ['series-1', 'series-2', 'series-3', 'series-4'];
/** At most this many geographies share a time chart, one tone each; more are drawn as bars. */
export const MAX_GEOGRAPHIES = TONES.length;

export { SHARED_AXIS_MAX_RATIO };

export interface SeriesChartOptions {
  /** Overrides the kind chosen from the data's shape. */
  kind?: ChartKind;
}

const capitalise = (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`;
const label = (o: Observation) => formatFigure(o.value, o.unit, o.qualifier);
const listed = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * A series on its own, drawn as its shape asks (chooseKind): a line over three or more periods, columns for
 * two, bars for categories and cohorts. Several geographies share a line chart, one line each; when their
 * figures differ more than SHARED_AXIS_MAX_RATIO times, each is drawn as an index so neither is flattened.
 */
export function seriesChart(series: Series, observations: Observation[], options: SeriesChartOptions = {}): ChartSpec {
  const counties = countyFigures(observations);
  if (counties && (!options.kind || kindModule(options.kind).places)) return seriesMap(series, observations);
  const geographies = [...new Set(observations.map((o) => o.geography))];
  const time = geographies.length <= TONES.length ? timeAxis(observations, series.period_type) : null;
  // Snapshots taken twice on one day overlap as periods, but still stand in time order.
  const snapshots = geographies.length <= TONES.length ? snapshotAxis(observations) : null;
  const choice = chooseKind(
    {
      comparison: false,
      periods: time ? time.filter((p) => !p.gap).length : null,
      snapshots: snapshots?.length ?? null,
      counties: counties?.size ?? 0,
    },
    options.kind,
  );
  const whole = observations.every((o) => Number.isInteger(o.value));
  const percent = isPercentUnit(series.unit);
  const base = {
    id: series.id,
    kind: 'series' as const,
    chartKind: choice.kind,
    title: series.title,
    subtitle: `${capitalise(unitWords(series.unit))}, ${series.geography}`,
    unit: series.unit,
    annotations: [],
    overlayNote: null,
    publishers: [series.publisher],
    href: `/charts/${series.id}`,
  };
  const scale = (values: number[], isWhole = whole) => {
    const { min, max, ticks } = niceScale(Math.min(0, ...values), values, percent, isWhole);
    return { domainMin: min, domainMax: max, ticks };
  };

  const axis = time ?? snapshots;
  if (kindModule(choice.kind).overTime && axis) {
    return layoutSpec({ ...base, ...timeRows(series, observations, geographies, axis, choice.kind, scale) });
  }
  const rows: ChartRow[] = observations.map((o) => ({
    key: o.id,
    category: o.label,
    values: { v: o.value },
    labels: { v: label(o) },
    observationIds: { v: o.id },
  }));
  const content: ChartContent = {
    ...base,
    bars: [{ key: 'v', label: unitWords(series.unit), tone: 'series-1' }],
    rows,
    notes: [],
    ...scale(observations.map((o) => o.value)),
  };
  return layoutSpec(content);
}

/** A North Carolina county FIPS (37001-37199), not the state's own 37 or 37000. */
const NC_COUNTY = /^37(?!000)\d{3}$/;

/** The series' counties when every figure is one NC county's, for a single period, and there are enough for a map. */
function countyFigures(observations: Observation[]): Set<string> | null {
  if (!observations.length || !observations.every((o) => NC_COUNTY.test(o.fips ?? ''))) return null;
  const fips = new Set(observations.map((o) => o.fips ?? ''));
  const periods = new Set(observations.map((o) => o.period));
  return fips.size === observations.length && periods.size === 1 && fips.size >= MAP_MIN_COUNTIES ? fips : null;
}

/** A series of county figures for one period, drawn as the North Carolina map; the statewide figure is their sum. */
function seriesMap(series: Series, observations: Observation[]): ChartSpec {
  const total = observations.reduce((sum, o) => sum + o.value, 0);
  const additive = !isPercentUnit(series.unit) && !series.unit.includes(' per ');
  return countyMapChart(
    {
      id: series.id,
      title: series.title,
      subtitle: `${capitalise(unitWords(series.unit))}, ${observations[0].period}, by county`,
      unit: series.unit,
      publishers: [series.publisher],
      href: `/charts/${series.id}`,
      notes: [],
      // The counties' sum is not a statewide total: figures the source ties to no county are not on the map.
      statewide: additive
        ? `the ${observations.length} counties' figures add up to ${formatNumber(total)} ${unitWords(series.unit)}; anything the source ties to no county is not on the map (see the caveats)`
        : 'not summed (the figures are rates or shares)',
    },
    observations.map((o) => ({ fips: o.fips ?? '', value: o.value, qualifier: o.qualifier, recordId: o.id })),
  );
}

type Scale = (values: number[], whole?: boolean) => { domainMin: number; domainMax: number; ticks: number[] };

/** One row per period in time order (missing periods included, without values), one line per geography. */
function timeRows(
  series: Series,
  observations: Observation[],
  geographies: string[],
  time: TimePeriod[],
  kind: ChartKind,
  scale: Scale,
) {
  const bars: ChartBar[] = [];
  const seen = new Set<string>();
  // The first figure per geography and period is on the line; a second one for the same period is a point beside it.
  const slot = new Map<Observation, string>();
  geographies.forEach((g, i) => {
    const main = { key: `g${i}`, label: geographies.length > 1 ? g : unitWords(series.unit), tone: TONES[i] };
    bars.push(main);
    for (const o of observations.filter((x) => x.geography === g)) {
      const id = `${g}\u0000${o.period}`;
      if (!seen.has(id)) {
        seen.add(id);
        slot.set(o, main.key);
      } else {
        if (!bars.some((b) => b.key === `${main.key}b`))
          bars.push({
            key: `${main.key}b`,
            label: `${main.label}: another figure for the same period`,
            tone: TONES[i],
            pointsOnly: true,
          });
        slot.set(o, `${main.key}b`);
      }
    }
  });

  const maxima = geographies.map((g) =>
    Math.max(...observations.filter((o) => o.geography === g).map((o) => Math.abs(o.value))),
  );
  const ratio = Math.max(...maxima) / Math.max(Math.min(...maxima), Number.MIN_VALUE);
  const line = kindModule(kind).timeAxis;
  const indexed = line && geographies.length > 1 && ratio > SHARED_AXIS_MAX_RATIO;
  const basePeriod = indexed
    ? time.find(
        (p) =>
          !p.gap &&
          geographies.every((g) =>
            observations.some((o) => o.geography === g && o.period === p.period && o.value !== 0),
          ),
      )
    : undefined;
  const baseValue = (g: string) =>
    observations.find((o) => o.geography === g && o.period === basePeriod!.period)!.value;

  // Columns stand side by side, so a missing period is said in the note rather than drawn as an empty slot.
  const drawn = line ? time : time.filter((p) => !p.gap);
  const rows: ChartRow[] = drawn.map((p) => {
    const row: ChartRow = {
      key: p.period,
      category: p.label,
      values: {},
      labels: {},
      observationIds: {},
      t: p.t,
      partial: p.partial,
    };
    for (const o of observations.filter((x) => x.period === p.period)) {
      const key = slot.get(o)!;
      if (basePeriod) {
        const index = (o.value / baseValue(o.geography)) * 100;
        row.values[key] = Math.round(index * 10) / 10;
        row.labels[key] = `${formatNumber(Math.round(index * 10) / 10)} (${label(o)})`;
      } else {
        row.values[key] = o.value;
        row.labels[key] = label(o);
      }
      row.observationIds[key] = o.id;
    }
    return row;
  });

  const notes: string[] = [];
  const partial = time.filter((p) => p.partial);
  if (partial.length)
    notes.push(`${line ? 'Open circles mark' : 'Marked as'} partial periods: ${listed(partial.map((p) => p.period))}.`);
  const gaps = time.filter((p) => p.gap);
  if (gaps.length) {
    notes.push(
      gaps.length <= 3
        ? `No figure for ${listed(gaps.map((p) => p.period))}${line ? ': the line breaks there' : ''}.`
        : `No figures for ${gaps.length} of the periods from ${time[0].period} to ${time[time.length - 1].period}${line ? ': the line breaks where one is missing' : ''}.`,
    );
  }
  let subtitle: string | undefined;
  if (basePeriod) {
    subtitle = `Index, ${basePeriod.label} = 100 for each of ${listed(geographies)}`;
    notes.push(
      `${listed(geographies)} differ about ${Math.round(ratio)} times in size, so they do not share one axis of ${unitWords(series.unit)}: each is drawn as an index, its ${basePeriod.label} figure = 100. The figures themselves are in the labels and the table.`,
    );
  }
  const values = rows.flatMap((r) => Object.values(r.values));
  // Ticks name the periods that have figures; a missing one shows as the break in the line and in the note.
  const drawnTicks = time.filter((p) => !p.gap).map((p) => ({ t: p.t, label: p.tick }));
  return {
    bars,
    rows,
    notes,
    ...(subtitle ? { subtitle } : {}),
    ...scale(values, basePeriod ? false : undefined),
    ...(line ? { timeDomain: [time[0].t, time[time.length - 1].t] as [number, number], timeTicks: drawnTicks } : {}),
  };
}
