import {
  type RawRow,
  countyCells,
  fiscalYear,
  observationId,
  parseCaseload,
  seriesId,
  slug,
  statewideTotals,
} from './nc-aoc-lib';

let n = 0;
/** A raw caseload-inventory row; every call gets a fresh 40-hex record_id. */
const raw = (over: Partial<RawRow> = {}): RawRow => ({
  period: '2018-2019',
  county: 'Alamance',
  ctyfips: '37001',
  category: 'Criminal',
  file_type: 'CR',
  jurisdiction: 'District Criminal',
  case_type: 'Felonies',
  case_count: 'Filed',
  number_of_cases: '10',
  population: '1000',
  record_id: (++n).toString(16).padStart(40, '0'),
  record_timestamp: '2020-07-13T12:52:07.702Z',
  ...over,
});
const B = { county: 'Bertie', ctyfips: '37015', population: '500' };

describe('fiscalYear', () => {
  it('turns the raw period into an NC state fiscal year', () => {
    expect(fiscalYear('2018-2019')).toEqual({
      period: 'FY2018-19',
      period_start: '2018-07-01',
      period_end: '2019-06-30',
    });
    expect(fiscalYear('1999-2000')).toEqual({
      period: 'FY1999-00',
      period_start: '1999-07-01',
      period_end: '2000-06-30',
    });
  });
  it('rejects anything but two consecutive years', () => {
    for (const bad of ['2018-2020', '2018', 'FY2018-19', '', '2019-2018']) expect(fiscalYear(bad)).toBeNull();
  });
});

describe('parseCaseload', () => {
  it('keeps only category Criminal and maps every column', () => {
    const r = raw({ number_of_cases: '7', population: '152533' });
    const { records, skipped } = parseCaseload([
      r,
      raw({ category: 'Civil', jurisdiction: 'CVD' }),
      raw({ category: 'Infraction', case_type: 'Infractions' }),
    ]);
    expect(skipped).toEqual([]);
    expect(records).toEqual([
      {
        period: 'FY2018-19',
        period_start: '2018-07-01',
        period_end: '2019-06-30',
        county: 'Alamance',
        fips: '37001',
        jurisdiction: 'District Criminal',
        case_type: 'Felonies',
        measure: 'Filed',
        cases: 7,
        population: 152533,
        record_id: r.record_id,
      },
    ]);
    expect(countyCells(records[0])).toEqual([
      'FY2018-19',
      '2018-07-01',
      '2019-06-30',
      'Alamance',
      '37001',
      'District Criminal',
      'Felonies',
      'Filed',
      '7',
      '152533',
      r.record_id,
    ]);
  });

  it('keeps zero counts and any criminal case type as published', () => {
    const { records } = parseCaseload([
      raw({ number_of_cases: '0' }),
      raw({ case_type: 'Infractions', case_count: 'Disposed' }),
    ]);
    expect(records.map((r) => [r.case_type, r.cases])).toEqual([
      ['Felonies', 0],
      ['Infractions', 10],
    ]);
  });

  it('skips a row with a bad cell and says why, never turning it into a number', () => {
    const rows = [
      raw({ number_of_cases: '' }),
      raw({ number_of_cases: '-3' }),
      raw({ number_of_cases: '1,200' }),
      raw({ population: 'NA' }),
      raw({ case_count: 'Pending' }),
      raw({ jurisdiction: 'CVD' }),
      raw({ ctyfips: '45001' }),
      raw({ period: '2018' }),
      raw({ record_id: 'x' }),
      raw({ case_count: 'Disposed' }),
    ];
    const { records, skipped } = parseCaseload(rows);
    expect(records).toHaveLength(1);
    expect(skipped.map((s) => s.reason)).toEqual([
      'number_of_cases "" is not a non-negative whole number',
      'number_of_cases "-3" is not a non-negative whole number',
      'number_of_cases "1,200" is not a non-negative whole number',
      'population "NA" is not a non-negative whole number',
      'case_count "Pending" is not Filed, Disposed or End Pending',
      'jurisdiction "CVD" is not District Criminal or Superior Criminal',
      'ctyfips "45001" is not a 5-digit North Carolina county code',
      'period "2018" is not YYYY-YYYY with consecutive years',
      'record_id "x" is not a 40-digit hex id',
    ]);
  });

  it('throws on duplicates and contradictions rather than picking one', () => {
    const a = raw();
    expect(() => parseCaseload([a, { ...a, case_count: 'Disposed' }])).toThrow(/appears twice/);
    expect(() => parseCaseload([raw(), raw()])).toThrow(
      'two records for FY2018-19 37001 District Criminal / Felonies / Filed',
    );
    expect(() => parseCaseload([raw(), raw({ county: 'Other', case_count: 'Disposed' })])).toThrow(
      /named both Alamance and Other/,
    );
    expect(() => parseCaseload([raw(), raw({ population: '2', case_count: 'Disposed' })])).toThrow(
      /population is both 1000 and 2/,
    );
  });

  it('sorts by period, county code, jurisdiction, case type, then Filed, Disposed, End Pending', () => {
    const { records } = parseCaseload([
      raw({ period: '2019-2020' }),
      raw({ ...B, case_count: 'End Pending' }),
      raw({ ...B, case_count: 'Filed' }),
      raw({ jurisdiction: 'Superior Criminal', file_type: 'CRS' }),
      raw({ case_type: 'Misdemeanors (Traffic)' }),
      raw({ case_type: 'Misdemeanors (Non-MV)' }),
      raw({ case_count: 'End Pending' }),
      raw({ case_count: 'Disposed' }),
      raw(),
    ]);
    expect(records.map((r) => `${r.period} ${r.fips} ${r.jurisdiction} ${r.case_type} ${r.measure}`)).toEqual([
      'FY2018-19 37001 District Criminal Felonies Filed',
      'FY2018-19 37001 District Criminal Felonies Disposed',
      'FY2018-19 37001 District Criminal Felonies End Pending',
      'FY2018-19 37001 District Criminal Misdemeanors (Non-MV) Filed',
      'FY2018-19 37001 District Criminal Misdemeanors (Traffic) Filed',
      'FY2018-19 37001 Superior Criminal Felonies Filed',
      'FY2018-19 37015 District Criminal Felonies Filed',
      'FY2018-19 37015 District Criminal Felonies End Pending',
      'FY2019-20 37001 District Criminal Felonies Filed',
    ]);
  });
});

describe('statewideTotals', () => {
  const { records } = parseCaseload([
    raw({ number_of_cases: '10' }),
    raw({ ...B, number_of_cases: '5' }),
    raw({ case_count: 'Disposed', number_of_cases: '4' }), // Bertie has no Disposed record
    raw({ ...B, case_type: 'Infractions', number_of_cases: '99' }),
    raw({ ...B, jurisdiction: 'Superior Criminal', number_of_cases: '3' }),
  ]);
  const totals = statewideTotals(records);

  it('sums county records per period, jurisdiction, case type and measure', () => {
    expect(totals.map((t) => [t.jurisdiction, t.case_type, t.measure, t.period, t.cases, t.records])).toEqual([
      ['District Criminal', 'Felonies', 'Filed', 'FY2018-19', 15, 2],
      ['District Criminal', 'Felonies', 'Disposed', 'FY2018-19', 4, 1],
      ['Superior Criminal', 'Felonies', 'Filed', 'FY2018-19', 3, 1],
    ]);
  });

  it('names the counties with no record instead of counting them as zero', () => {
    expect(totals.map((t) => t.missing)).toEqual([[], ['37015'], ['37001']]);
  });

  it('leaves out case types that are not summed (Infractions)', () => {
    expect(totals.some((t) => t.case_type === 'Infractions')).toBe(false);
    expect(statewideTotals(records, ['Infractions']).map((t) => t.cases)).toEqual([99]);
  });
});

describe('ids', () => {
  it('slugs the raw names', () => {
    expect(slug('Misdemeanors (Non-MV)')).toBe('misdemeanors-non-mv');
    expect(slug('End Pending')).toBe('end-pending');
    expect(seriesId({ jurisdiction: 'District Criminal', case_type: 'Felonies', measure: 'Filed' })).toBe(
      'nc-aoc-district-criminal-felonies-filed',
    );
    expect(
      observationId({
        jurisdiction: 'Superior Criminal',
        case_type: 'Misdemeanors (Traffic)',
        measure: 'End Pending',
        period: 'FY2018-19',
      }),
    ).toBe('nc-aoc-superior-criminal-misdemeanors-traffic-end-pending-fy2018-19');
  });
});
