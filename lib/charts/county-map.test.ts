import { countyMapChart } from './county-map';
import { ncMap } from './nc-geometry';
import { narrowVariant } from './narrow';

const content = {
  id: 'm',
  title: 'Cases by county',
  subtitle: 's',
  unit: 'cases',
  publishers: ['NC AOC'],
  href: '/charts/m',
  notes: [],
  statewide: '300 cases',
};
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
    const spec = countyMapChart(
      content,
      fips.slice(0, 99).map((f, i) => ({ fips: f, value: i + 1, recordId: `r${i}` })),
    );
    expect(spec.chartKind).toBe('map');
    expect(spec.rows).toHaveLength(100);
    expect(spec.rows.every((r) => r.key === r.fips)).toBe(true);
    const last = spec.rows[99];
    expect([last.step, last.values.v]).toEqual([null, undefined]);
    expect(spec.description).toMatch(
      /^Map of North Carolina's 100 counties, cases\. Highest: .+ County, 99\. Lowest: Alamance County, 1\. Statewide: 300 cases\. No figure for 1 county\.$/,
    );
    expect(narrowVariant(spec).height).toBeLessThan(spec.height);
  });

  it('says how many counties tie for highest or lowest instead of naming one of them, and counts what each colour class holds', () => {
    // 287(g)-like: most counties have 1 agreement, two have 2, and 60 have none (not on the map).
    const figures = fips.slice(0, 40).map((f, i) => ({ fips: f, value: i < 2 ? 2 : 1, recordId: `r${i}` }));
    const spec = countyMapChart(content, figures);
    expect(spec.description).toMatch(
      /Highest: 2 counties tied at 2 \(Alamance and Alexander\)\. Lowest: 38 counties tied at 1\./,
    );
    // The note follows the classes the legend actually has, here one (quantiles of mostly equal figures).
    expect(spec.legend!.labels).toHaveLength(1);
    expect(spec.notes[0]).toBe(
      `Every county with a figure has the same colour: 1 to 2 (40 counties). 60 counties with no figure are grey. Every county's figure is in the table.`,
    );
    const spread = countyMapChart(
      content,
      fips.map((f, i) => ({ fips: f, value: i, recordId: `r${i}` })),
    );
    const labels = spread.legend!.labels;
    expect(spread.notes[0]).toBe(
      `Colours split the counties into ${labels.length} classes: ${labels
        .slice(0, -1)
        .map((l, i) => `${l} (${spread.rows.filter((r) => r.step === i).length} counties)`)
        .join(
          ', ',
        )} and ${labels[labels.length - 1]} (${spread.rows.filter((r) => r.step === labels.length - 1).length} counties). Every county's figure is in the table.`,
    );
  });

  it('refuses a FIPS that is not a North Carolina county', () => {
    expect(() => countyMapChart(content, [{ fips: '45001', value: 1, recordId: 'x' }])).toThrow(
      /45001 is not a North Carolina county FIPS/,
    );
  });
});
