/**
 * /explore's views as chart specs, built by the builders every chart page uses: seriesChart (its kind, the
 * index switch when the areas differ over 20 times, partial periods, missing periods), countyMapChart through
 * seriesChart for the map, and the place events (markEvents). So a view of /explore and the chart page of the
 * same series are the same spec shape, drawn by the same components (ChartView, MapChartDrawing), with the same
 * marks: data-key, a <title> per mark, data-fips on counties. Pure and browser-safe: no fs, no geometry.
 */
import type { ChartSpec } from '../charts/chart-spec';
import { listWords } from '../format/list';
import { seriesChart } from '../charts/series-chart';
import type { Observation, PeriodType, Series } from '../data/records';
import { type MeasureData, viewRows } from './explore-data';
import { type ExploreChoices, type ExploreView, exploreQuery, parseExplore } from './explore-url';
import { type PlaceEvent, withEvents } from './place-events';

/** The unit a view's figures are in, as a series names it ("cases per 10000"; unitWords prints "10,000"). */
const specUnit = (unit: string, per: ExploreView['per']) => (per === 'per10k' ? `${unit} per 10000` : unit);

/** The view's figures (viewRows: the picked areas over the range) as a series and its observations, one geography per area. */
export function viewSeries(data: MeasureData, view: ExploreView): { series: Series; observations: Observation[] } {
  const unit = specUnit(data.unit, view.per);
  const computed = view.per === 'per10k';
  const series: Series = {
    id: `explore-${data.id}`,
    title: `${data.label}${computed ? ', per 10,000 residents' : ''}`,
    short_title: data.label,
    measure: data.label,
    unit,
    // The areas drawn, as the subtitle names them ("Cases, Mecklenburg and Wake").
    geography:
      listWords(view.counties.flatMap((f) => data.areas.find((a) => a.fips === f)?.name ?? [])) || 'North Carolina',
    fips: null,
    period_type: data.periodType as PeriodType,
    publisher: data.source.title,
    caveats: (data.caveats ?? []).join(' '),
  };
  const observations = viewRows(data, view).flatMap((r): Observation[] => {
    if (r.value === null) return [];
    const i = data.periods.indexOf(r.period);
    const span = data.spans?.[i] ?? null;
    const qualifier = computed ? 'computed' : (data.areas.find((a) => a.fips === r.fips)?.qualifiers?.[i] ?? 'exact');
    return [
      {
        id: `${r.fips}-${r.period}`,
        series_id: series.id,
        label: r.period,
        period: r.period,
        period_type: (span && span.start === span.end ? 'point-in-time' : data.periodType) as PeriodType,
        period_start: span?.start ?? null,
        period_end: span?.end ?? null,
        geography: r.county,
        fips: r.fips,
        value: r.value,
        qualifier: qualifier as Observation['qualifier'],
        unit,
        source_id: '',
        locator: '',
        locator_type: computed ? 'computed' : 'table',
        confidence: 'high',
        note: null,
      },
    ];
  });
  return { series, observations };
}

/** Who the spec is for: its id names the measure (the default views are pre-rendered under it), its href the view. */
function owned(spec: ChartSpec, view: ExploreView, id: string): ChartSpec {
  return { ...spec, id, href: `/explore?${exploreQuery(view)}` };
}

/**
 * The Chart tab: the picked areas over the range, as seriesChart draws a series (a line over three or more
 * periods, columns for two), with the place events that apply. Null when the range holds one period or no figure.
 */
export function exploreChartSpec(
  data: MeasureData,
  view: ExploreView,
  events: PlaceEvent[],
  id = `explore-${data.id}`,
): ChartSpec | null {
  const periods = data.periods.indexOf(view.to) - data.periods.indexOf(view.from) + 1;
  if (periods < 2) return null;
  const { series, observations } = viewSeries(data, view);
  if (!observations.length) return null;
  const chart = seriesChart(series, observations);
  return owned(withEvents(chart, series, observations, events), view, id);
}

/** The Map tab: every county's figure in the view's last period, as the county map charts draw it. Null for a state measure. */
export function exploreMapSpec(data: MeasureData, view: ExploreView, id = `explore-${data.id}-map`): ChartSpec | null {
  const counties = data.areas.filter((a) => a.fips.length === 5).map((a) => a.fips);
  if (!counties.length) return null;
  const { series, observations } = viewSeries(data, { ...view, counties, from: view.to });
  if (!observations.length) return null;
  const spec = seriesChart({ ...series, title: `${series.title}, ${view.to}, by county` }, observations, {
    kind: 'map',
  });
  return spec.chartKind === 'map' ? owned(spec, view, id) : null;
}

/** What exploreDefaultViews needs: the measures on offer and each one's figures (lib/view/explore-page.ts exploreModel). */
export interface ExploreDefaults {
  choices: ExploreChoices;
  data: (id: string) => MeasureData;
  events: PlaceEvent[];
}

/**
 * The view each measure opens with (its default areas, every period, totals), as chart specs: the Chart tab where
 * the measure has two periods or more, else the Map tab. /explore's first view and /embed/explore draw these
 * at build; the chart regression suite can render them all. Pure: the model is passed in.
 */
export function exploreDefaultViews(model: ExploreDefaults): ChartSpec[] {
  return model.choices.measures.flatMap((m) => {
    const view = parseExplore(new URLSearchParams({ measure: m.id }), model.choices);
    const data = model.data(m.id);
    const spec = exploreChartSpec(data, view, model.events) ?? exploreMapSpec(data, view, `explore-${data.id}`);
    return spec ? [spec] : [];
  });
}
