import { loadIndex, loadTables } from '../data/dataset';
import { caseloadRecords, counties, countyPage } from './caseload';
import { countyView } from './county-view';
import { publishedChartRows, publishedCharts } from './published-charts';
import { allCharts } from './charts';

const index = loadIndex();
const { tables } = loadTables();
const all = counties(caseloadRecords(tables));
const mecklenburg = all.find((c) => c.fips === '37119')!;

describe('county pages', () => {
  it('has all 100 NC counties with distinct slugs, e.g. mecklenburg and new-hanover', () => {
    expect(all).toHaveLength(100);
    expect(new Set(all.map((c) => c.slug)).size).toBe(100);
    expect(mecklenburg.slug).toBe('mecklenburg');
    expect(all.find((c) => c.fips === '37129')?.slug).toBe('new-hanover');
  });

  it('finds the county page of a claim’s FIPS code, and none for the state or the nation', () => {
    const records = caseloadRecords(tables);
    expect(countyPage(records, '37119')).toEqual({ name: 'Mecklenburg County', href: '/counties/mecklenburg' });
    expect(countyPage(records, '37')).toBeNull();
    expect(countyPage(records, null)).toBeNull();
  });

  it('charts Mecklenburg Superior Court felonies filed: 10,393 in FY2012-13 and 11,263 in FY2018-19', () => {
    const view = countyView(index, tables, mecklenburg);
    const superior = view.charts[0];
    expect(superior.title).toMatch(/^Superior Court/);
    const filed = superior.bars.find((b) => b.label === 'Felonies filed')!;
    const at = (period: string) => superior.rows.find((r) => r.category === period)!.labels[filed.key];
    expect(at('FY2012-13')).toBe('10,393');
    expect(at('FY2018-19')).toBe('11,263');
    expect(superior.description).toContain('10,393');
  });

  it('summarises a county chart in a few sentences (first to last, highest, lowest) and leaves every value to the table', () => {
    const superior = countyView(index, tables, mecklenburg).charts[0];
    const figures = superior.rows.reduce((n, r) => n + Object.keys(r.values).length, 0);
    expect(figures).toBeGreaterThan(8);
    const numbers =
      superior.description
        .split(' Marked by')[0]
        .replace(/FY\d{4}-\d{2}/g, '')
        .match(/\d[\d,]*/g) ?? [];
    expect(numbers.length).toBeLessThanOrEqual(figures / 2);
    expect(superior.description).toMatch(
      /from 10,393 \(FY2012-13\) to [\d,]+ \(FY\d{4}-\d{2}\); highest [\d,]+ \(FY\d{4}-\d{2}\)/,
    );
    expect(superior.description).toMatch(/Every figure is in the table\./);
  });

  it('ranks the county among counties in the latest fiscal year, in total and per 10,000 residents', () => {
    const view = countyView(index, tables, mecklenburg);
    expect(view.rankPeriod).toBe('FY2019-20');
    const felonies = view.ranks.find((r) => r.measure.id === 'nc-aoc-superior-criminal-felonies-filed')!;
    expect(felonies.casesRank?.of).toBe(100);
    expect(felonies.per10k).toBeCloseTo((felonies.cases! / felonies.population!) * 10_000, 1);
  });

  it('publishes two court charts per county beside the chart pages’ charts, with unique ids and a CSV row per bar', () => {
    const published = publishedCharts(index, loadTables().tables);
    expect(published.length).toBe(allCharts(index).length + 200);
    expect(new Set(published.map((c) => c.id)).size).toBe(published.length);
    const spec = published.find((c) => c.id === 'county-mecklenburg-superior-court')!;
    const rows = publishedChartRows(index, tables, spec);
    expect(rows.find((r) => r.period === 'FY2018-19' && r.series === 'Felonies filed')).toMatchObject({
      value: 11263,
      geography: 'Mecklenburg County, North Carolina',
      observation_id: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
  });
});
