import { gzipSync } from 'node:zlib';
import { viewCsv } from './explore-csv';
import { viewRows, viewSummary } from './explore-data';
import { exploreModel } from './explore-page';
import { parseExplore } from './explore-url';

const model = exploreModel();
const { measures, choices } = model;
const superior = measures.find((m) => m.id === 'nc-aoc-superior-criminal-felonies-filed')!;
const data = model.data(superior.id);
const view = (query: string) => parseExplore(new URLSearchParams(query), choices);

describe('explore data', () => {
  it('offers every court × case type × count (18 measures by county) with real period names and a population, then the FBI and ACS state series', () => {
    expect(measures.filter((m) => m.id.startsWith('nc-aoc-'))).toHaveLength(18);
    expect(measures.filter((m) => m.kind === 'county' && !m.id.startsWith('nc-aoc-')).map((m) => m.id)).toEqual([
      'ice-lesa-fy2015-nc-detainers-by-county',
      'ice-287g-nc-agreements-by-county-2025-07-18',
      'ice-detention-adp-nc-by-county',
    ]);
    expect(measures.filter((m) => m.kind === 'state').map((m) => m.id)).toEqual(
      expect.arrayContaining(['fbi-violent-crime', 'acs-nc-total-population', 'fbi-rape-rate-revised']),
    );
    expect(superior.periods[0]).toBe('FY2012-13');
    expect(superior.perCapita).toBe(true);
  });

  it('keeps each measure file under 50 kB gzipped', () => {
    for (const m of measures) expect(gzipSync(JSON.stringify(model.data(m.id))).length).toBeLessThan(50_000);
  });

  it('lists exactly the picked counties over the chosen periods: Mecklenburg 10,393 in FY2012-13 and 11,263 in FY2018-19', () => {
    const rows = viewRows(data, view('tab=table&counties=37119,37183'));
    expect([...new Set(rows.map((r) => r.county))]).toEqual(['Mecklenburg', 'Wake']);
    expect(rows.find((r) => r.fips === '37119' && r.period === 'FY2012-13')?.value).toBe(10393);
    expect(rows.find((r) => r.fips === '37119' && r.period === 'FY2018-19')?.value).toBe(11263);
    const narrow = viewRows(data, view('counties=37119&from=FY2013-14&to=FY2014-15&per=per10k'));
    expect(narrow.map((r) => r.period)).toEqual(['FY2013-14', 'FY2014-15']);
    expect(narrow[0].value).toBeCloseTo((narrow[0].cases! / narrow[0].population!) * 10_000, 1);
  });

  it('writes what is in view as CSV, one line per row, and has a value for every county to map', () => {
    const v = view('counties=37119,37183&from=FY2018-19&to=FY2019-20');
    const csv = viewCsv(data, v, viewRows(data, v)).trim().split('\n');
    expect(csv[0]).toBe('measure,county,fips,period,value,unit,cases,population,source');
    expect(csv).toHaveLength(5);
    expect(csv[1]).toContain('Mecklenburg,37119,FY2018-19,11263,cases');
  });

  it('sets NC against the U.S. only as a rate, and names calendar years as such', () => {
    expect(measures.find((m) => m.id === 'fbi-rape-rate-revised')!.areas).toEqual(['37', 'US']);
    expect(measures.find((m) => m.id === 'fbi-violent-crime')!.areas).toEqual(['37']);
    const v = view('measure=fbi-rape-rate-revised&from=2013&to=2014');
    expect(v.counties).toEqual(['37', 'US']);
    const rate = model.data('fbi-rape-rate-revised');
    expect(viewSummary(rate, v, viewRows(rate, v))).toMatch(
      /^FBI: rape rate \(revised definition\), per 100,000, calendar years 2013 to 2014\. North Carolina: .*; United States: /,
    );
  });
});
