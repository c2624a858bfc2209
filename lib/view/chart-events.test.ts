import { eventLines } from '../charts/annotations';
import { seriesChart } from '../charts/series-chart';
import type { Observation, Series } from '../data/records';
import { withPlaceEvents } from './chart-events';

/** A county's own time series, as the county pages' court charts are built: Mecklenburg, state fiscal years. */
const series: Series = {
  id: 'county-mecklenburg-test',
  title: 'Criminal cases filed, Mecklenburg County, NC',
  short_title: '',
  measure: '',
  unit: 'cases',
  geography: 'Mecklenburg County, NC',
  fips: '37119',
  period_type: 'state-fy',
  publisher: 'NC AOC',
  caveats: '',
};
const observations: Observation[] = [2017, 2018, 2019, 2020].map((y) => ({
  id: `r${y}`,
  series_id: series.id,
  label: `FY${y - 1}-${String(y).slice(2)}`,
  period: `FY${y - 1}-${String(y).slice(2)}`,
  period_type: 'state-fy',
  period_start: `${y - 1}-07-01`,
  period_end: `${y}-06-30`,
  geography: series.geography,
  fips: '37119',
  value: 1000 + y,
  qualifier: 'exact',
  unit: 'cases',
  source_id: '',
  locator: '',
  locator_type: 'table',
  confidence: 'high',
  note: null,
}));

describe('withPlaceEvents', () => {
  it('draws the county’s own 287(g) ending on its time chart, and no other county’s; and the state’s laws its axis covers, no others', () => {
    const chart = withPlaceEvents(seriesChart(series, observations), series, observations);
    expect(eventLines(chart).map((e) => e.label)).toEqual([
      "Dec 5, 2018: Mecklenburg County Sheriff's Office ended its 287(g) agreement",
      'Aug 21, 2019: HB 370 vetoed (the veto stood)',
    ]);
    // HB 10 and HB 318 fall after FY2019-20, the last period: not drawn, and not noted either (the axis is not stretched).
    expect(chart.notes.some((n) => n.includes('HB 10'))).toBe(false);
    expect(chart.notes.filter((n) => n.includes('287(g)'))).toEqual([
      expect.stringMatching(/^Dec 5, 2018, marked by the vertical line: .*\(WBTV, Dec 5, 2018\)$/),
    ]);
  });
});
