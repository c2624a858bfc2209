import { loadIndex } from '../data/dataset';
import type { Claim } from '../data/records';
import { claimRecordGap, recordCoverage, recordFor, spans } from './record-coverage';

const coverage = recordCoverage(loadIndex());

describe('what has been published, and when', () => {
  it('reads each record’s years from its own figures: no NC declined-detainer figure after FY2019', () => {
    const years = Object.fromEntries(coverage.rows.map((r) => [r.id, spans(r.years)]));
    expect(years).toMatchObject({
      'npr-foia': 'FY2008–FY2015',
      'ice-fy2015-records': 'FY2015',
      'ice-fy2019-statements': 'FY2019',
      'ice-detention': 'FY2019–FY2026',
      'nc-aoc': 'FY2012–FY2020',
      '287g-2026-pdfs': 'FY2026',
    });
    expect(coverage.lastDeclinedFy).toBe(2019);
    expect(coverage.summary).toContain('none has been published for FY2020–FY2026');
  });

  it('answers whether a measure has a record for a period, with the sentence when it has none', () => {
    expect(recordFor(coverage, 'nc-declined-detainers', '2018-10-01', '2019-09-30')).toMatchObject({
      exists: true,
      sentence: null,
      href: '/record',
    });
    const fy2025 = recordFor(coverage, 'nc-declined-detainers', '2024-10-01', '2025-09-30');
    expect(fy2025).toMatchObject({
      exists: false,
      sentence: 'ICE has published no North Carolina declined-detainer figure for FY2025.',
      href: '/record',
    });
    expect(fy2025.existing).toContain("ICE's FY2019 statements to reporters (FY2019)");
    expect(recordFor(coverage, 'nc-declined-detainers', '2024-12-01', '2025-10-31').sentence).toBe(
      'ICE has published no North Carolina declined-detainer figure for FY2025–FY2026.',
    );
  });

  it('gives a claim about NC a gap line only when its stated period has no record', () => {
    const claim = (over: Partial<Claim>) =>
      ({ fips: '37119', unit: 'detainers', period_start: '2024-12-01', period_end: '2025-01-06', ...over }) as Claim;
    expect(claimRecordGap(coverage, claim({}), () => 'Mecklenburg County')?.sentence).toBe(
      'ICE has published no Mecklenburg County detainer figure for FY2025.',
    );
    expect(claimRecordGap(coverage, claim({ fips: '37', geography: 'North Carolina' }))?.sentence).toBe(
      'ICE has published no North Carolina detainer figure for FY2025.',
    );
    // ICE's FY2015 records give Mecklenburg's detainers by county: a claim about that county and period has a record.
    expect(claimRecordGap(coverage, claim({ period_start: '2014-10-01', period_end: '2015-07-19' }))).toBeNull();
    expect(claimRecordGap(coverage, claim({ fips: 'US' }))).toBeNull();
    expect(claimRecordGap(coverage, claim({ period_start: null, period_end: null }))).toBeNull();
  });
});
