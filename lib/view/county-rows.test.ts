import { readFileSync } from 'node:fs';
import { countyColumn, countyCsvHref, countyCsvs, countyDownloads } from './county-rows';

describe('countyColumn', () => {
  it('finds a county_fips or fips column whose pattern is an NC county code', () => {
    expect(countyColumn([{ name: 'fips', type: 'string', constraints: { pattern: '^37[0-9]{3}$' } }])).toBe('fips');
    expect(
      countyColumn([{ name: 'fips', type: 'string', constraints: { pattern: '^(US|[0-9]{2}|[0-9]{5})$' } }]),
    ).toBeNull();
    expect(countyColumn([{ name: 'county', type: 'string' }])).toBeNull();
  });
});

describe('countyCsvs', () => {
  it('gives each county its own rows, byte for byte, and leaves rows with no county out', () => {
    const text = 'id,county_fips,note\n1,37119,"a, b"\n2,,x\n3,37183,y\n4,37119,"say ""hi"""\n';
    const out = countyCsvs(text, 'county_fips');
    expect([...out.keys()]).toEqual(['37119', '37183']);
    expect(out.get('37119')).toEqual({ rows: 2, csv: 'id,county_fips,note\n1,37119,"a, b"\n4,37119,"say ""hi"""\n' });
  });
  it('reproduces every line of the real county file', () => {
    const text = readFileSync('data/nc_aoc_caseload.csv', 'utf8');
    const lines = new Set(text.split('\n'));
    let rows = 0;
    for (const { csv, rows: n } of countyCsvs(text, 'fips').values()) {
      rows += n;
      for (const line of csv.trimEnd().split('\n')) expect(lines.has(line)).toBe(true);
    }
    expect(rows).toBe(text.trimEnd().split('\n').length - 1);
  });
  it('lists counties with names, counts and links', () => {
    expect(
      countyDownloads('x.csv', [{ f: '37119' }, { f: '37119' }, { f: '' }], 'f', new Map([['37119', 'Mecklenburg']])),
    ).toEqual([{ fips: '37119', name: 'Mecklenburg', rows: 2, href: countyCsvHref('x.csv', '37119') }]);
  });
});
