import { loadIndex } from '../data/dataset';
import { allCharts } from './charts';

/**
 * Pins the kind of every chart the site publishes. A change in the data or the rule that redraws a chart as
 * another kind shows here by id; accept an intended one with npm run charts:update.
 */
describe('every chart’s kind', () => {
  const charts = allCharts(loadIndex());
  it('is pinned', () => {
    expect(Object.fromEntries(charts.map((c) => [c.id, c.chartKind]))).toMatchSnapshot();
  });
  it('keeps claim comparisons as bars and draws the county maps as maps', () => {
    expect(charts.filter((c) => c.kind === 'claim').every((c) => c.chartKind === 'bar')).toBe(true);
    expect(charts.filter((c) => c.chartKind === 'map').map((c) => c.id)).toEqual([
      'ice-lesa-fy2015-nc-detainers-by-county',
      'ice-287g-nc-agreements-by-county-2025-07-18',
      'nc-287g-moa-pdfs-by-county-2026-08-14',
      'nc-aoc-felonies-filed-by-county',
      'nc-aoc-felonies-filed-per-10k-by-county',
    ]);
  });
});
