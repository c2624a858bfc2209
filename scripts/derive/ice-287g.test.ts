import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { agreementsBySnapshot, isIsoDate, parseAgreements, parseHistory, snapshotOf } from './ice-287g-lib';
import { facilityCounty } from './ice-facilities';
import { countyList } from './nc-counties';

const sheetRow = (over: Record<string, string> = {}) => ({
  state: 'NORTH CAROLINA',
  law_enforcement_agency: "Wake County Sheriff's Office",
  type: 'County',
  county: 'Wake County ',
  support_type: 'Task Force Model ',
  signed: '2025-01-02',
  ...over,
});

describe('287(g) parsing', () => {
  it("drops ICE's trailing spaces and keeps dates as written", () => {
    const [a, b] = parseAgreements([sheetRow(), sheetRow({ signed: '7/72025' })]);
    expect(a).toMatchObject({ county: 'Wake County', support_model: 'Task Force Model', date_signed: '2025-01-02' });
    expect(isIsoDate(b.date_signed)).toBe(false);
  });
  it('refuses an unknown support model or a blank agency', () => {
    expect(() => parseAgreements([sheetRow({ support_type: 'Jail Model' })])).toThrow(/sheet row 2: support type/);
    expect(() => parseAgreements([sheetRow({ law_enforcement_agency: ' ' })])).toThrow(/blank state or agency/);
  });
  it('counts agreements per snapshot and state, am before pm', () => {
    const rows = [
      { date: '2025-05-19 pm', state: 'TEXAS' },
      { date: '2025-05-19 am', state: 'TEXAS' },
      { date: '2025-05-19 am', state: 'TEXAS' },
    ];
    expect(agreementsBySnapshot(rows)).toEqual([
      { snapshot: '2025-05-19 am', date: '2025-05-19', state: 'TEXAS', agreements: 2 },
      { snapshot: '2025-05-19 pm', date: '2025-05-19', state: 'TEXAS', agreements: 1 },
    ]);
    expect(() => snapshotOf('2025-05-19 noon')).toThrow(/am\|pm/);
  });
  it('keeps a blank count blank, never zero', () => {
    const row = {
      agency: 'X',
      agency_raw: 'X',
      fiscal_year: '2009',
      fy_start: '2008-10-01',
      fy_end: '2009-09-30',
      identified: '',
      removed: '12',
      attests_active: 'TRUE',
      address: '',
    };
    expect(parseHistory([row])[0]).toMatchObject({ fiscal_year: 'FY2009', identified: null, removed: 12 });
    expect(() => parseHistory([{ ...row, removed: '1,2' }])).toThrow(/not a whole number/);
    expect(() => parseHistory([{ ...row, fy_start: '2009-01-01' }])).toThrow(/not federal FY2009/);
  });
});

const RAW = resolve(process.env.RAW_DIR ?? '../shared/sources/raw');
const DIR = join(RAW, 'ice-287g');
const present = existsSync(join(DIR, 'participating-agencies-2025-07-18pm.csv'));
if (!present)
  test.skip(`${DIR} not found; skipping the 287(g) figures (set RAW_DIR to the research dossier's raw/ folder)`, () => {});

(present ? describe : describe.skip)('287(g) figures, from the raw files', () => {
  const read = (file: string) =>
    Papa.parse<Record<string, string>>(readFileSync(join(DIR, file), 'utf8'), { header: true, skipEmptyLines: true })
      .data;
  const counties = countyList(
    Papa.parse<Record<string, string>>(readFileSync('data/nc_aoc_caseload.csv', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data as Array<{ fips: string; county: string }>,
  );

  it('has 22 NC agreements on 2025-07-18, each in a county, Albemarle District Jail in Pasquotank', () => {
    const nc = parseAgreements(read('participating-agencies-2025-07-18pm.csv')).filter(
      (a) => a.state === 'NORTH CAROLINA',
    );
    expect(nc).toHaveLength(22);
    const mapped = nc.map((a) => ({ a, f: facilityCounty(a.agency, counties) }));
    expect(mapped.filter(({ f }) => !f.county_fips)).toEqual([]);
    const albemarle = mapped.find(({ a }) => a.agency === 'Albemarle District Jail')!;
    expect(albemarle.a.county).toBe('Albemarle County');
    expect(albemarle.f).toMatchObject({ county: 'Pasquotank', basis: 'address' });
  });
  it("has Mecklenburg's FY2009: 2,512 identified, 1,813 removed", () => {
    const meck = parseHistory(read('nc-287g-identified-removed-fy2006-2013.csv')).find(
      (h) => h.agency.startsWith('Mecklenburg') && h.fiscal_year === 'FY2009',
    );
    expect(meck).toMatchObject({ identified: 2512, removed: 1813 });
  });
  it('publishes the same in data/', () => {
    const agreements = Papa.parse<Record<string, string>>(readFileSync('data/nc_287g_agreements.csv', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(agreements).toHaveLength(22);
    const history = Papa.parse<Record<string, string>>(readFileSync('data/nc_287g_identified_removed.csv', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(history.find((h) => h.agency.startsWith('Mecklenburg') && h.fiscal_year === 'FY2009')).toMatchObject({
      identified: '2512',
      removed: '1813',
      county_fips: '37119',
    });
    expect(history.filter((h) => h.removed === '')).toHaveLength(16);
  });
});
