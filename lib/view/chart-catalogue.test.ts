import { loadIndex } from '../data/dataset';
import { chartCatalogue, filterCatalogue } from './chart-catalogue';
import { seriesTopic } from './chart-topics';
import { allCharts } from './charts';

const index = loadIndex();

describe('chartCatalogue', () => {
  const groups = chartCatalogue(index);

  it('lists every chart page exactly once', () => {
    const ids = groups.flatMap((g) => g.charts.map((c) => c.id));
    expect(ids.sort()).toEqual(
      allCharts(index)
        .map((c) => c.id)
        .sort(),
    );
  });

  it('files the NC court caseloads, re-arrest studies and detainers under their topics', () => {
    expect(seriesTopic({ id: 'nc-aoc-superior-criminal-felonies-filed' })).toBe('NC courts');
    expect(seriesTopic({ id: 'nc-spac-prisoner-rearrest-2yr' })).toBe('Recidivism');
    expect(seriesTopic({ id: 'ice-ero-admin-arrests' })).toBe('287(g), arrests and removals');
    expect(seriesTopic({ id: 'trac-us-detainers-per-month' })).toBe('ICE detainers');
    expect(seriesTopic({ id: 'acs-nc-total-population' })).toBe('Population and prisons');
    expect(seriesTopic({ id: 'fbi-violent-crime' })).toBe('Crime');
    expect(groups.find((g) => g.topic === 'Other')).toBeUndefined();
  });

  it('gives each series chart its period, and filters on the chart’s own words, not its section’s name', () => {
    const charts = groups.flatMap((g) => g.charts);
    const caseload = charts.find((c) => c.id === 'nc-aoc-superior-criminal-felonies-filed')!;
    expect(caseload.period).toMatch(/^FY\d{4}-\d{2} to FY\d{4}-\d{2}$/);
    // "ICE detainers" is a section name: it finds only charts whose own words say detainers.
    const found = filterCatalogue(groups, 'detainers').flatMap((g) => g.charts);
    expect(found.every((c) => c.search.includes('detainers'))).toBe(true);
    expect(charts.every((c) => !c.search.endsWith(groups.find((g) => g.charts.includes(c))!.topic.toLowerCase()))).toBe(
      true,
    );
  });

  it('filters by every word typed, in any case, and keeps everything for an empty filter', () => {
    expect(filterCatalogue(groups, '  ')).toBe(groups);
    const superior = filterCatalogue(groups, 'SUPERIOR felonies');
    const ids = superior.flatMap((g) => g.charts.map((c) => c.id));
    expect(ids).toContain('nc-aoc-superior-criminal-felonies-filed');
    expect(
      ids.every((id) =>
        groups
          .flatMap((g) => g.charts)
          .find((c) => c.id === id)!
          .search.includes('superior'),
      ),
    ).toBe(true);
    expect(filterCatalogue(groups, 'zzzz-no-such-chart')).toEqual([]);
  });
});
