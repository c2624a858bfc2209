/**
 * The December 2026 audit (shared/sources/research/audit-2026-12.md), items 1-14, held against the shipped data.
 * Items 6, 10 and 13 (the trail's order and Breitbart's lead) are in lib/view/trails.test.ts; item 12 (claims checked
 * against themselves) in lib/claims/shipped-verdicts.test.ts; items 1-4 against the raw file in scripts/derive/ice-detention.test.ts.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { loadIndex, loadTables } from './dataset';

const index = loadIndex('data');
const claim = (id: string) => index.data.claims.find((c) => c.id === id)!;
const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('audit 2026-12', () => {
  test('items 1-4: the detention table reads each release by its content', () => {
    const rows = csv('nc_detention_facilities.csv');
    const row = (facility: RegExp, fy: string) => rows.find((r) => facility.test(r.facility) && r.fiscal_year === fy)!;
    expect(row(/^ALAMANCE/i, 'FY2024')).toMatchObject({ average_daily_population: '21.2', partial_year: 'FALSE', period_end: '2024-09-30', days_covered: '366' });
    expect(row(/^NEW HANOVER/i, 'FY2024')).toMatchObject({ average_daily_population: '0.6', partial_year: 'TRUE', period_end: '2024-01-21', days_covered: '113' });
    expect(row(/^GASTON/i, 'FY2024')).toMatchObject({ average_daily_population: '0.3', period_end: '2023-10-29', days_covered: '29' });
    const obs = (id: string) => index.observationById.get(id)!;
    expect(obs('ice-detention-adp-alamance-county-detention-facility-fy2024')).toMatchObject({ value: 21.2, period_type: 'federal-fy' });
    expect(obs('ice-detention-adp-new-hanover-county-jail-fy2024')).toMatchObject({ value: 0.6, period_type: 'range-other', period_end: '2024-01-21' });
  });

  test('item 5: FAIR does not name Murray, so its Mecklenburg claim repeats no one', () => {
    expect(claim('fair-2021-01-12-mecklenburg-more-than-200')).toMatchObject({ repeats: null, attributed_to: 'not attributed (FAIR cites its own earlier reporting)' });
  });

  test('items 6 and 7: the Daily Caller repeats WBTV, and its lede is the full sentence in the source\'s word order', () => {
    expect(claim('dailycaller-2019-09-09-489-ignored').repeats).toBe('wbtv-2019-09-09-489-declined');
    expect(claim('dailycaller-2019-09-09-over-500-released').quote).toBe('Local authorities in North Carolina have released over 500 undocumented immigrants in the past 10 months.');
    expect(index.data.stories.find((s) => s.id === 'dailycaller-2019-09-09-nc-released')!.note).not.toContain('known only as the fragment');
  });

  test('item 8: American Thinker states only "As of July 15", so no start date', () => {
    expect(claim('americanthinker-2021-07-72-charges')).toMatchObject({ period_start: null, period_end: '2021-07-15' });
  });

  test('item 9: Judicial Watch\'s "this fiscal year" of 2019-09-10 runs from Oct 1, 2018 to that day', () => {
    expect(claim('judicialwatch-2019-09-10-489-discharged')).toMatchObject({ period_rule: 'this-federal-fy-to-date', period_type: 'range-other', period_start: '2018-10-01', period_end: '2019-09-10' });
  });

  test('item 11: no published description claims a "Gilford" that no published row contains', () => {
    const { pkg, tables } = loadTables('data');
    const field = pkg.resources.find((r) => r.name === 'nc_287g_identified_removed')!.schema.fields.find((f) => f.name === 'agency_raw')!;
    expect(tables.nc_287g_identified_removed.some((r) => String(r.values.agency_raw).includes('Gilford'))).toBe(false);
    expect(field.description).not.toMatch(/notes "Gilford" for Guilford in the source\)/);
    expect(readFileSync('data/README.md', 'utf8')).not.toContain('the README notes "Gilford"');
  });

  test('item 13: Breitbart\'s lead and the reprint\'s first sentence are claims, in people released', () => {
    expect(claim('breitbart-2019-11-03-more-than-500-released-this-fiscal-year')).toMatchObject({ position: 1, period_rule: 'this-federal-fy', period_start: '2019-10-01', period_end: '2020-09-30', unit: 'people released', comparability: 'proxy' });
    expect(claim('breitbart-earlier-nearly-500-in-less-than-a-year')).toMatchObject({ qualifier: 'nearly', high: 500, unit: 'people released', comparability: 'proxy' });
  });

  test('item 14: the caveats say NPR\'s two exports differ by one for 2014, so no one "fixes" it', () => {
    const caveats = index.seriesById.get('npr-us-declined-detainers-by-year')!.caveats;
    expect(caveats).toContain("for 2014, NPR's export of lifted detainers by lift reason and year gives 13,595 declined detainers nationally, while NPR's export of declined detainers by facility and year sums to 13,594");
    const state2014 = csv('npr_declined_detainers_by_state_year.csv').filter((r) => r.year === '2014').reduce((a, r) => a + Number(r.declined_detainers), 0);
    expect([index.observationById.get('npr-us-declined-detainers-2014')!.value, state2014]).toEqual([13595, 13594]);
  });
});
