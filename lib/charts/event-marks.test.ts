import { eventLines } from './annotations';
import type { Observation, Series } from '../data/records';
import { eventLabelLayout } from './event-labels';
import { type DatedEvent, markEvents } from './event-marks';
import { narrowVariant } from './narrow';
import { seriesChart } from './series-chart';

const series: Series = {
  id: 'test-287g',
  title: 'People removed through 287(g): a test county',
  short_title: 'test',
  measure: 'test',
  unit: 'people',
  geography: 'Mecklenburg County, NC',
  fips: '37119',
  period_type: 'federal-fy',
  publisher: 'ICE',
  caveats: '',
};

/** One figure per federal fiscal year, FY`first` to FY`last`. */
const years = (first: number, last: number): Observation[] =>
  Array.from({ length: last - first + 1 }, (_, i) => {
    const y = first + i;
    return {
      id: `o${y}`,
      series_id: series.id,
      label: `FY${y}`,
      period: `FY${y}`,
      period_type: 'federal-fy',
      period_start: `${y - 1}-10-01`,
      period_end: `${y}-09-30`,
      geography: series.geography,
      fips: '37119',
      value: 100 + i,
      qualifier: 'exact',
      unit: 'people',
      source_id: 's',
      locator: 'l',
      locator_type: 'table',
      confidence: 'high',
      note: null,
    };
  });

const meck: DatedEvent = {
  key: 'meck',
  date: '2018-12-05',
  what: "Mecklenburg County Sheriff's Office ended its 287(g) agreement",
  evidence: '“On his first day in office …” (WBTV, Dec 5, 2018)',
};
const wake: DatedEvent = {
  key: 'wake',
  date: '2018-12-07',
  what: "Wake County Sheriff's Office ended its 287(g) agreement",
  evidence: '“Wake County has officially ended …” (ABC11, Dec 7, 2018)',
};
const chartOf = (obs: Observation[], events: DatedEvent[]) => markEvents(seriesChart(series, obs), obs, events);

describe('markEvents', () => {
  it('draws an event inside a line chart’s periods at its date, and says so in the notes and the summary', () => {
    const spec = chartOf(years(2016, 2021), [meck]);
    expect(spec.chartKind).toBe('line');
    expect(eventLines(spec)).toEqual([
      {
        type: 'event',
        key: 'meck',
        date: '2018-12-05',
        t: expect.closeTo(2018.93, 2),
        label: "Dec 5, 2018: Mecklenburg County Sheriff's Office ended its 287(g) agreement",
      },
    ]);
    expect(spec.notes).toContain(
      "Dec 5, 2018, marked by the vertical line: Mecklenburg County Sheriff's Office ended its 287(g) agreement. “On his first day in office …” (WBTV, Dec 5, 2018)",
    );
    expect(spec.description).toMatch(
      / Marked by a vertical line at its date: Dec 5, 2018: Mecklenburg County Sheriff's Office ended its 287\(g\) agreement\.$/,
    );
  });

  it('leaves an event off a chart with no time axis (a county map): a map draws no event, so its notes list none', () => {
    const counties = ['37119', '37183', '37063'].map((fips, i) => ({
      ...years(2020, 2020)[0],
      id: `c${i}`,
      fips,
      geography: fips,
      label: fips,
      period: '2025-07-18',
      period_type: 'point-in-time' as const,
      period_start: null,
      period_end: null,
      value: 1 + i,
    }));
    const spec = markEvents({ ...seriesChart(series, counties), chartKind: 'map' }, counties, [meck]);
    expect(spec.notes.join(' ')).not.toMatch(/Mecklenburg County Sheriff's Office ended/);
    expect(eventLines(spec)).toEqual([]);
  });

  it('never stretches the axis: an event after the last period is a note, not a mark', () => {
    const spec = chartOf(years(2006, 2013), [meck]);
    expect(eventLines(spec)).toEqual([]);
    expect(spec.timeDomain![1]).toBeLessThan(2014);
    expect(spec.notes).toContain(
      "Dec 5, 2018, after the last period shown (not drawn): Mecklenburg County Sheriff's Office ended its 287(g) agreement. “On his first day in office …” (WBTV, Dec 5, 2018)",
    );
    expect(spec.description).not.toMatch(/vertical line/);
  });

  it('says when an event comes before the first period shown', () => {
    expect(chartOf(years(2020, 2024), [wake]).notes.at(-1)).toMatch(
      /^Dec 7, 2018, before the first period shown \(not drawn\): Wake/,
    );
  });

  it('puts an event on the column whose period holds its date', () => {
    const spec = chartOf(years(2018, 2019), [meck]);
    expect(spec.chartKind).toBe('column');
    expect(eventLines(spec).map((e) => [e.category, Math.round(e.within! * 100)])).toEqual([['FY2019', 18]]);
  });

  it('lists events in date order, each with its own note', () => {
    const spec = chartOf(years(2016, 2021), [wake, meck]);
    expect(eventLines(spec).map((e) => e.key)).toEqual(['meck', 'wake']);
    expect(spec.notes.filter((n) => n.includes('marked by the vertical line'))).toHaveLength(2);
  });

  it('leaves a chart without events as it was', () => {
    const plain = seriesChart(series, years(2016, 2021));
    expect(markEvents(plain, years(2016, 2021), [])).toBe(plain);
  });
});

describe('eventLabelLayout', () => {
  it('wraps each label and starts the next below it, so close dates never overprint', () => {
    const spec = chartOf(years(2016, 2021), [meck, wake]);
    const { labels, height, width } = eventLabelLayout(spec);
    const [first, second] = labels;
    expect(first.lines.length).toBeGreaterThan(1);
    expect(first.lines.join(' ')).toBe(eventLines(spec)[0].label);
    expect(first.dy).toBe(0);
    expect(width).toBe(200);
    // On a phone, half the plot: one side of any line has room for it.
    expect(eventLabelLayout(narrowVariant(spec)).width).toBeLessThanOrEqual(
      (narrowVariant(spec).width - narrowVariant(spec).labelWidth - 32) / 2,
    );
    expect(second.dy).toBeGreaterThan(first.lines.length * 11);
    expect(height).toBeGreaterThan(second.dy + second.lines.length * 11);
    // The band is part of the chart's height: the plot keeps its size.
    expect(spec.height).toBe(seriesChart(series, years(2016, 2021)).height + height);
  });
});
