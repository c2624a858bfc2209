import type { Observation, Series } from '../data/records';
import { formatQuantity, isPercentUnit, unitWords } from '../format/number';
import { type ChartBar, type ChartRow, type ChartSpec, niceMax, type Tone } from './chart-spec';
import { type ChartContent, layoutSpec } from './layout-spec';

const TONES: Tone[] = ['series-1', 'series-2', 'series-3', 'series-4'];

/**
 * A series on its own. Several geographies with one figure per period become grouped bars
 * (one bar per geography in each period); anything else is one bar per figure.
 */
export function seriesChart(series: Series, observations: Observation[]): ChartSpec {
  const geographies = [...new Set(observations.map((o) => o.geography))];
  const periods = [...new Set(observations.map((o) => o.period))];
  const grouped = geographies.length > 1 && geographies.length <= TONES.length && geographies.length * periods.length === observations.length;

  let bars: ChartBar[];
  let rows: ChartRow[];
  if (grouped) {
    bars = geographies.map((g, i) => ({ key: `g${i}`, label: g, tone: TONES[i] }));
    rows = periods.map((period) => {
      const row: ChartRow = { category: period, values: {}, labels: {}, observationIds: {} };
      geographies.forEach((g, i) => {
        const o = observations.find((x) => x.period === period && x.geography === g);
        if (!o) return;
        row.values[`g${i}`] = o.value;
        row.labels[`g${i}`] = formatQuantity(o.value, '', o.qualifier).trim();
        row.observationIds[`g${i}`] = o.id;
      });
      return row;
    });
  } else {
    bars = [{ key: 'v', label: unitWords(series.unit), tone: 'series-1' }];
    rows = observations.map((o) => ({
      category: o.label,
      values: { v: o.value },
      labels: { v: formatQuantity(o.value, '', o.qualifier).trim() },
      observationIds: { v: o.id },
    }));
  }
  const content: ChartContent = {
    id: series.id,
    kind: 'series',
    title: series.title,
    subtitle: `${unitWords(series.unit)[0].toUpperCase()}${unitWords(series.unit).slice(1)}, ${series.geography}`,
    unit: series.unit,
    bars,
    rows,
    overlay: null,
    overlayNote: null,
    domainMin: Math.min(0, ...observations.map((o) => o.value)),
    domainMax: niceMax(observations.map((o) => o.value), isPercentUnit(series.unit)),
    publishers: [series.publisher],
    href: `/charts/${series.id}`,
  };
  return layoutSpec(content);
}
