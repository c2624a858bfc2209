import { loadIndex } from '../data/dataset';
import { allCharts } from './charts';
import { exploreModel } from './explore-page';
import { exploreMapSpec } from './explore-spec';
import { parseExplore } from './explore-url';

// One class scale: a measure that is both a map chart and an /explore map gets the same breaks on both.
describe('map classes on /charts and /explore', () => {
  const model = exploreModel();
  const maps = allCharts(loadIndex()).filter((c) => c.chartKind === 'map');
  const shared = maps.filter((c) => model.measures.some((m) => m.id === c.id && m.kind === 'county'));

  it('covers the ICE maps', () => {
    expect(shared.map((c) => c.id)).toEqual(
      expect.arrayContaining(['ice-lesa-fy2015-nc-detainers-by-county', 'ice-287g-nc-agreements-by-county-2025-07-18']),
    );
  });

  it.each(shared.map((c) => [c.id, c] as const))('%s: the same breaks and labels', (_, chart) => {
    const measure = model.measures.find((m) => m.id === chart.id)!;
    const data = model.data(measure.id);
    const period = measure.periods[measure.periods.length - 1];
    // The Map tab's spec is built by the map charts' builder (seriesChart → countyMapChart), so its classes are theirs.
    const spec = exploreMapSpec(
      data,
      parseExplore(new URLSearchParams({ measure: measure.id, tab: 'map', to: period }), model.choices),
    )!;
    expect(spec.legend).toEqual(chart.legend);
    expect(spec.rows.map((r) => r.step)).toEqual(chart.rows.map((r) => r.step));
  });
});
