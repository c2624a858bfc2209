import { quantileLegend } from '../charts/map-scale';
import { MAP_STEPS } from '../charts/palette';
import { loadIndex } from '../data/dataset';
import { allCharts } from './charts';
import { periodValues } from './explore-data';
import { exploreModel } from './explore-page';

// One class scale: a measure that is both a map chart and an /explore map gets the same breaks on both.
describe('map classes on /charts and /explore', () => {
  const model = exploreModel();
  const maps = allCharts(loadIndex()).filter((c) => c.chartKind === 'map');
  const shared = maps.filter((c) => model.measures.some((m) => m.id === c.id && m.kind === 'county'));

  it('covers the ICE maps', () => {
    expect(shared.map((c) => c.id)).toEqual(expect.arrayContaining(['ice-lesa-fy2015-nc-detainers-by-county', 'ice-287g-nc-agreements-by-county-2025-07-18']));
  });

  it.each(shared.map((c) => [c.id, c] as const))('%s: the same breaks and labels', (_, chart) => {
    const measure = model.measures.find((m) => m.id === chart.id)!;
    const data = model.data(measure.id);
    const period = measure.periods[measure.periods.length - 1];
    expect(quantileLegend([...periodValues(data, period, 'total').values()], MAP_STEPS, chart.unit)).toEqual(chart.legend);
  });
});
