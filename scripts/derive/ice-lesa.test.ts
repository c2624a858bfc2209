import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { CHECKED, facilityCounty } from './ice-facilities';
import { DECLINED, NC, RAW_HEADER, countBy, ncCountyLiftReason, parseDetainers, stateLiftReason } from './ice-lesa-lib';
import { type County, countyInName, countyList, countySlug } from './nc-counties';

const COUNTIES: County[] = [
  { fips: '37119', name: 'Mecklenburg' },
  { fips: '37129', name: 'New Hanover' },
  { fips: '37139', name: 'Pasquotank' },
  { fips: '37183', name: 'Wake' },
  { fips: '37085', name: 'Harnett' },
  { fips: '37091', name: 'Hertford' },
  { fips: '37191', name: 'Wayne' },
];

describe('countyInName', () => {
  it('finds the county in the ways ICE writes it', () => {
    expect(countyInName('MECKLENBURG COUNTY JAIL CENTRAL', COUNTIES)?.fips).toBe('37119');
    expect(countyInName('MECKLENBURG (NC) CO JAIL', COUNTIES)?.fips).toBe('37119');
    expect(countyInName('NEW HANOVER CO DET CENTER', COUNTIES)?.fips).toBe('37129');
    expect(countyInName('New Hanover County Jail', COUNTIES)?.fips).toBe('37129');
    expect(countyInName('WAKE COUNTY SHERIFF DEPT.', COUNTIES)?.fips).toBe('37183');
    expect(countyInName("Wake County Sheriff's Office", COUNTIES)?.fips).toBe('37183');
  });
  it('names no county for a misspelling, a district jail or a state agency', () => {
    expect(countyInName('HARTNETT COUNTY JAIL', COUNTIES)).toBeNull();
    expect(countyInName('Albemarle District Jail', COUNTIES)).toBeNull();
    expect(countyInName('N.C. DEPT OF CORRECTIONS', COUNTIES)).toBeNull();
    expect(countyInName('COUNTY JAIL', COUNTIES)).toBeNull();
  });
  it('slugs county names for /counties/<slug>', () => {
    expect(countySlug('New Hanover')).toBe('new-hanover');
  });
  it('refuses a FIPS code with two names', () => {
    expect(() =>
      countyList([
        { fips: '37001', county: 'Alamance' },
        { fips: '37001', county: 'Alamanc' },
      ]),
    ).toThrow(/named both/);
  });
});

describe('facilityCounty', () => {
  it('maps by name, by a checked address, or leaves unmapped, and says which', () => {
    expect(facilityCounty('WAKE COUNTY SHERIFF DEPT.', COUNTIES)).toMatchObject({
      county_fips: '37183',
      basis: 'name',
      basis_url: '',
    });
    expect(facilityCounty('ALBERMARIE DISTRICT JAIL', COUNTIES)).toMatchObject({
      county_fips: '37139',
      county: 'Pasquotank',
      basis: 'address',
    });
    expect(facilityCounty('Albemarle District Jail', COUNTIES).note).toMatch(
      /"Albemarle County", which does not exist/,
    );
    expect(facilityCounty('US MARSHALS WESTERN DISTRICT', COUNTIES)).toMatchObject({
      county_fips: '',
      basis: 'unmapped',
    });
    expect(facilityCounty('BUTNER FED.CORR.INST.', COUNTIES)).toMatchObject({ county_fips: '', basis: 'unmapped' });
  });
  it('never assigns a facility it cannot place', () => {
    expect(() => facilityCounty('SOME REGIONAL JAIL', COUNTIES)).toThrow(/names no county and has no checked entry/);
  });
  it('gives every address basis a checked https URL and every entry a note', () => {
    for (const [name, e] of Object.entries(CHECKED)) {
      expect(e.note.length).toBeGreaterThan(20);
      if (e.county !== null) expect(e.url).toMatch(/^https:\/\//);
      expect(name).toBe(name.trim());
    }
  });
});

describe('parseDetainers', () => {
  const header = [...RAW_HEADER];
  const row = (over: Partial<Record<number, string>> = {}) =>
    Object.assign(
      [
        '2015-01-02',
        'I247D - Immigration Detainer - Request for Action',
        'WAKE COUNTY SHERIFF DEPT.',
        NC,
        'RALEIGH',
        '',
      ],
      over,
    );
  const countyOf = (f: string) => facilityCounty(f, COUNTIES).county_fips;
  it('keeps ICE values, numbers rows from 1 and adds the county for NC rows only', () => {
    const out = parseDetainers([header, row(), row({ 3: 'TEXAS', 2: 'HARRIS COUNTY JAIL' })], countyOf);
    expect(out.map((d) => [d.id, d.county_fips, d.detention_facility])).toEqual([
      [1, '37183', 'WAKE COUNTY SHERIFF DEPT.'],
      [2, '', 'HARRIS COUNTY JAIL'],
    ]);
  });
  it('throws on a wrong header, a short row, a padded cell or a non-ISO date', () => {
    expect(() => parseDetainers([['Prepare Date'], row()], countyOf)).toThrow(/header/);
    expect(() => parseDetainers([header, row().slice(0, 5)], countyOf)).toThrow(/data row 1: 5 cells/);
    expect(() => parseDetainers([header, row({ 4: 'RALEIGH ' })], countyOf)).toThrow(/leading or trailing spaces/);
    expect(() => parseDetainers([header, row({ 0: '42005' })], countyOf)).toThrow(/not an ISO date/);
  });
  it('counts by county and by state with blank as its own key', () => {
    const recs = parseDetainers(
      [header, row(), row({ 5: DECLINED }), row({ 2: 'US MARSHALS EASTERN DISTRICT' }), row({ 3: '' })],
      countyOf,
    );
    expect(ncCountyLiftReason(recs)).toEqual([
      { county_fips: '', lift_reason: '', detainers: 1 },
      { county_fips: '37183', lift_reason: '', detainers: 1 },
      { county_fips: '37183', lift_reason: DECLINED, detainers: 1 },
    ]);
    expect(stateLiftReason(recs)[0]).toEqual({ state: '', lift_reason: '', detainers: 1 });
  });
});

// The "Done when" figures, from the raw file itself.
const RAW = resolve(process.env.RAW_DIR ?? '../shared/sources/raw');
const CSV = join(RAW, 'ice-lesa-detainers-fy2015', 'detainers-fy2015ytd.csv');
const present = existsSync(CSV);
if (!present)
  test.skip(`${CSV} not found; skipping the FY2015 detainer figures (set RAW_DIR to the research dossier's raw/ folder)`, () => {});

(present ? describe : describe.skip)('ICE FY2015 detainer records, from the raw file', () => {
  const counties = countyList(
    Papa.parse<Record<string, string>>(readFileSync('data/nc_aoc_caseload.csv', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data as Array<{ fips: string; county: string }>,
  );
  const rows = present ? Papa.parse<string[]>(readFileSync(CSV, 'utf8'), { skipEmptyLines: true }).data : [];
  const records = present ? parseDetainers(rows, (f) => facilityCounty(f, counties).county_fips) : [];
  const nc = records.filter((r) => r.state === NC);
  const ncCount = (fips: string) => nc.filter((r) => r.county_fips === fips).length;

  it('has 79,053 records and 1,917 in North Carolina', () => {
    expect(records).toHaveLength(79053);
    expect(nc).toHaveLength(1917);
  });
  it("has 311 at the Wake County Sheriff and 397 at Mecklenburg County's two jail entries", () => {
    expect(nc.filter((r) => r.detention_facility === 'WAKE COUNTY SHERIFF DEPT.')).toHaveLength(311);
    expect(nc.filter((r) => /^MECKLENBURG/.test(r.detention_facility))).toHaveLength(397);
    expect(ncCount('37183')).toBe(311);
    expect(ncCount('37119')).toBe(397);
  });
  it('has 5,501 "Detainer Declined by LEA" nationally, 6 of them in NC', () => {
    expect(records.filter((r) => r.lift_reason === DECLINED)).toHaveLength(5501);
    expect(nc.filter((r) => r.lift_reason === DECLINED)).toHaveLength(6);
  });
  it('has 9,020 rows with no state and 52,263 with no lift reason', () => {
    expect(records.filter((r) => r.state === '')).toHaveLength(9020);
    expect(records.filter((r) => r.lift_reason === '')).toHaveLength(52263);
  });
  it('publishes exactly these counts in data/', () => {
    const published = Papa.parse<Record<string, string>>(
      readFileSync('data/ice_detainers_fy2015_nc_county.csv', 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    const sum = (fips: string) =>
      published.filter((r) => r.county_fips === fips).reduce((s, r) => s + Number(r.detainers), 0);
    expect(published.reduce((s, r) => s + Number(r.detainers), 0)).toBe(1917);
    expect(sum('37119')).toBe(397);
    expect(sum('37183')).toBe(311);
    const unmapped = countBy(
      nc.filter((r) => !r.county_fips),
      (r) => r.detention_facility,
    ).map(([f]) => f);
    expect(unmapped).toEqual([
      'BUTNER FED.CORR.INST.',
      'N.C. DEPT OF CORRECTIONS',
      'RALEIGH HOLD ROOM',
      'US MARSHALS EASTERN DISTRICT',
      'US MARSHALS MIDDLE DISTRICT',
      'US MARSHALS WESTERN DISTRICT',
    ]);
  });
});
