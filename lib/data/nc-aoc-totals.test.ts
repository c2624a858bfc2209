/**
 * The NC AOC statewide observations must be exactly the sums of the county records they say they sum.
 * Runs on the real data/ folder (or NC_AOC_DATA_DIR, to check a copy) and skips until
 * scripts/derive/nc-aoc.ts has written the nc_aoc_caseload resource there.
 */
import { checkDataset } from './dataset';
import { loadPackage } from './load-package';
import type { Observation } from './records';

const DIR = process.env.NC_AOC_DATA_DIR || 'data';
const RESOURCE = 'nc_aoc_caseload';
const SOURCE_ID = 'nc-aoc-caseload-inventory';

/**
 * County records absent from the AOC file (snapshot of 2020-07-13). The file has no zero counts, so these
 * are probably years with no cases; the sums leave them out and say so. Any other gap is an error.
 */
const KNOWN_GAPS = [
  'FY2012-13 37005 Superior Criminal / Misdemeanors (Traffic) / End Pending',
  'FY2015-16 37137 Superior Criminal / Misdemeanors (Traffic) / End Pending',
  'FY2015-16 37177 Superior Criminal / Misdemeanors (Traffic) / Filed',
  'FY2017-18 37137 Superior Criminal / Misdemeanors (Traffic) / Filed',
  'FY2017-18 37137 Superior Criminal / Misdemeanors (Traffic) / End Pending',
  'FY2018-19 37137 Superior Criminal / Misdemeanors (Traffic) / Disposed',
];

interface County {
  period: string;
  fips: string;
  jurisdiction: string;
  case_type: string;
  measure: string;
  cases: number;
}

const checked = checkDataset(DIR);
const present = !!checked.pkg?.resources.some((r) => r.name === RESOURCE);

if (!present) {
  const why = `${DIR}/datapackage.json has no "${RESOURCE}" resource yet; skipping the NC AOC sum checks. Run: npx tsx scripts/derive/nc-aoc.ts --data ${DIR}`;
  console.warn(why);
  test.skip(why, () => {});
}

(present ? describe : describe.skip)(`NC AOC statewide sums in ${DIR}/`, () => {
  // Locator written by scripts/derive/nc-aoc.ts, e.g. "Sum of 100 county records (dataset nc_aoc_caseload, period FY2018-19,
  // jurisdiction District Criminal, case_type Felonies, measure Filed)" or "Sum of the 99 county records present (...); no record for ...".
  const LOCATOR = /^Sum of (?:the )?(\d+) county records(?: present)? \(dataset nc_aoc_caseload, period (\S+), jurisdiction (.+?), case_type (.+?), measure (.+?)\)(?:; no record for (.+))?$/;
  let county: County[] = [];
  let observations: Observation[] = [];

  beforeAll(() => {
    expect(checked.problems).toEqual([]);
    county = loadPackage(DIR).tables[RESOURCE].map((r) => r.values as unknown as County);
    observations = checked.dataset!.observations.filter((o) => o.source_id === SOURCE_ID);
  });

  const key = (c: Omit<County, 'fips' | 'cases'>) => `${c.jurisdiction} / ${c.case_type} / ${c.measure}`;

  test('every statewide observation equals the sum of the county records its locator names', () => {
    expect(observations.length).toBeGreaterThan(0);
    for (const o of observations) {
      const m = LOCATOR.exec(o.locator);
      expect([o.id, m !== null]).toEqual([o.id, true]);
      const [, n, period, jurisdiction, case_type, measure, none] = m!;
      const rows = county.filter((c) => c.period === period && c.jurisdiction === jurisdiction && c.case_type === case_type && c.measure === measure);
      const sum = rows.reduce((s, c) => s + c.cases, 0);
      expect({ id: o.id, period: o.period, value: o.value, records: Number(n), gaps: !!none }).toEqual({
        id: o.id,
        period,
        value: sum,
        records: rows.length,
        gaps: rows.length < 100,
      });
      expect([o.geography, o.fips, o.qualifier, o.unit, o.locator_type, o.period_type]).toEqual(['North Carolina', '37', 'computed', 'cases', 'computed', 'state-fy']);
    }
  });

  test('100 counties x 8 fiscal years for every summed jurisdiction / case type / measure, apart from the known gaps', () => {
    const periods = [...new Set(county.map((c) => c.period))].sort();
    const fips = [...new Set(county.map((c) => c.fips))].sort();
    expect(periods).toEqual(['FY2012-13', 'FY2013-14', 'FY2014-15', 'FY2015-16', 'FY2016-17', 'FY2017-18', 'FY2018-19', 'FY2019-20']);
    expect(fips).toHaveLength(100);

    const summed = new Set(
      observations.map((o) => {
        const [, , , jurisdiction, case_type, measure] = LOCATOR.exec(o.locator)!;
        return key({ period: '', jurisdiction, case_type, measure });
      }),
    );
    expect(summed.size).toBe(18);
    const have = new Set(county.map((c) => `${c.period} ${c.fips} ${key(c)}`));
    const gaps: string[] = [];
    for (const k of summed) for (const p of periods) for (const f of fips) if (!have.has(`${p} ${f} ${k}`)) gaps.push(`${p} ${f} ${k}`);
    expect(gaps.sort()).toEqual([...KNOWN_GAPS].sort());

    // One observation per summed series and year.
    const perSeries = new Map<string, string[]>();
    for (const o of observations) perSeries.set(o.series_id, [...(perSeries.get(o.series_id) ?? []), o.period]);
    for (const [, ps] of perSeries) expect(ps.sort()).toEqual(periods);
  });

  test('a case type left unsummed is not a complete series', () => {
    const summedTypes = new Set(observations.map((o) => LOCATOR.exec(o.locator)![4]));
    const rest = county.filter((c) => !summedTypes.has(c.case_type));
    const perYear = new Map<string, number>();
    for (const c of rest) perYear.set(`${c.period} ${key(c)}`, (perYear.get(`${c.period} ${key(c)}`) ?? 0) + 1);
    for (const [k, count] of perYear) expect([k, count < 100]).toEqual([k, true]);
  });
});
