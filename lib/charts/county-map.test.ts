import { countyMapChart } from './county-map';
import { ncMap } from './nc-geometry';
import { narrowVariant } from './narrow';

const content = { id: 'm', title: 'Cases by county', subtitle: 's', unit: 'cases', publishers: ['NC AOC'], href: '/charts/m', notes: [], statewide: '300 cases' };
const fips = ncMap(640).counties.map((c) => c.fips);

describe('the North Carolina county map', () => {
  it('projects the 100 counties, fitted to the width', () => {
    const map = ncMap(640);
    expect(map.counties).toHaveLength(100);
    expect(map.counties[0]).toMatchObject({ fips: '37001', name: 'Alamance' });
    expect(map.height).toBeGreaterThan(200);
    expect(map.height).toBeLessThan(320);
    for (const c of map.counties) expect(c.d).toMatch(/^M[\d.]/);
  });

  it('has a row per county, keyed by FIPS, a county with no figure marked as no data, and a summary', () => {
    const spec = countyMapChart(content, fips.slice(0, 99).map((f, i) => ({ fips: f, value: i + 1, recordId: `r${i}` })));
    expect(spec.chartKind).toBe('map');
    expect(spec.rows).toHaveLength(100);
    expect(spec.rows.every((r) => r.key === r.fips)).toBe(true);
    const last = spec.rows[99];
    expect([last.step, last.values.v]).toEqual([null, undefined]);
    expect(spec.description).toMatch(/^Map of North Carolina's 100 counties, cases\. Highest: .+ County, 99\. Lowest: Alamance County, 1\. Statewide: 300 cases\. No figure for 1 county\.$/);
    expect(narrowVariant(spec).height).toBeLessThan(spec.height);
  });

  it('refuses a FIPS that is not a North Carolina county', () => {
    expect(() => countyMapChart(content, [{ fips: '45001', value: 1, recordId: 'x' }])).toThrow(/45001 is not a North Carolina county FIPS/);
  });
});
