import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { viewRows, viewSummary } from './explore-data';
import { AGREEMENTS_PERIOD, DETAINERS_PERIOD, ICE_MEASURE_IDS } from './explore-ice';
import { exploreModel } from './explore-page';
import { parseExplore } from './explore-url';

const model = exploreModel();
const view = (query: string) => parseExplore(new URLSearchParams(query), model.choices);
const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(process.cwd(), 'data', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const descriptor = JSON.parse(readFileSync(path.join(process.cwd(), 'data', 'datapackage.json'), 'utf8')) as {
  resources: Array<{ name: string; caveats?: string }>;
};
const caveatsOf = (name: string) => descriptor.resources.find((r) => r.name === name)!.caveats!;

describe('explore: the ICE records by county', () => {
  it('sums the FY2015 detainers over lift reasons for each county, in the one partial period named exactly', () => {
    const expected = new Map<string, number>();
    for (const r of csv('ice_detainers_fy2015_nc_county.csv'))
      if (r.county_fips) expected.set(r.county_fips, (expected.get(r.county_fips) ?? 0) + Number(r.detainers));
    const data = model.data(ICE_MEASURE_IDS.detainers);
    expect(data.periods).toEqual([DETAINERS_PERIOD]);
    expect(DETAINERS_PERIOD).toBe('FY2015 to date (2014-10-01 to 2015-07-19)');
    expect(data.unit).toBe('detainers');
    expect(data.areas).toHaveLength(100);
    for (const a of data.areas) expect(a.values).toEqual([expected.get(a.fips) ?? 0]);
    const rows = viewRows(data, view(`measure=${ICE_MEASURE_IDS.detainers}&tab=table&counties=37119,37183`));
    expect(rows.map((r) => [r.county, r.value])).toEqual([
      ['Mecklenburg', expected.get('37119')],
      ['Wake', expected.get('37183')],
    ]);
    expect(data.caveats![0]).toBe(caveatsOf('ice_detainers_fy2015_nc_county'));
  });

  it("counts 287(g) agreements per county on ICE's list of 2025-07-18, 0 where none", () => {
    const expected = new Map<string, number>();
    for (const r of csv('nc_287g_agreements.csv')) expected.set(r.county_fips, (expected.get(r.county_fips) ?? 0) + 1);
    const data = model.data(ICE_MEASURE_IDS.agreements);
    expect(data.periods).toEqual([AGREEMENTS_PERIOD]);
    for (const a of data.areas) expect(a.values).toEqual([expected.get(a.fips) ?? 0]);
    expect(data.areas.reduce((s, a) => s + a.values[0]!, 0)).toBe(csv('nc_287g_agreements.csv').length);
  });

  it('sums the detention population over each county’s facilities by federal fiscal year, and says detention is not detainers', () => {
    const rows = csv('nc_detention_facilities.csv');
    const data = model.data(ICE_MEASURE_IDS.detention);
    expect(data.periodType).toBe('federal-fy');
    expect(data.periods).toEqual([...new Set(rows.map((r) => r.fiscal_year))].sort());
    expect(data.areas.map((a) => a.fips).sort()).toEqual([...new Set(rows.map((r) => r.county_fips))].sort());
    for (const a of data.areas) {
      data.periods.forEach((p, i) => {
        const mine = rows.filter((r) => r.county_fips === a.fips && r.fiscal_year === p);
        const expected =
          !mine.length || mine.some((r) => r.average_daily_population === '')
            ? null
            : Math.round(mine.reduce((s, r) => s + Number(r.average_daily_population), 0) * 10) / 10;
        expect(a.values[i]).toBe(expected);
      });
    }
    expect(data.caveats![0]).toMatch(/^Detention population is not detainers/);
    expect(data.caveats!.join(' ')).toContain('Years covered only in part by their latest release');
    const v = view(`measure=${ICE_MEASURE_IDS.detention}&counties=37183`);
    expect(viewSummary(data, v, viewRows(data, v))).toMatch(
      /federal fiscal years FY2019 to FY20\d\d \(October 1 to September 30\)\. Wake: /,
    );
  });

  it('offers totals only, and says why: no county population is published for these periods', () => {
    for (const id of Object.values(ICE_MEASURE_IDS)) {
      const m = model.measures.find((x) => x.id === id)!;
      expect(m.perCapita).toBe(false);
      expect(m.perCapitaNote).toMatch(/state fiscal years/);
      expect(view(`measure=${id}&per=per10k`).per).toBe('total');
      expect(model.data(id).areas.every((a) => a.population.every((p) => p === null))).toBe(true);
    }
  });
});
