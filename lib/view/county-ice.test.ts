import type { Tables } from '../data/validate-keys';
import { countyIce } from './county-ice';

const table = (rows: Array<Record<string, string | number | null>>) =>
  rows.map((values, i) => ({ line: i + 2, values }));

/** Small fixtures in the shape of the contract's resources; the real files come with the ICE-records branch. */
const tables: Tables = {
  nc_287g_agreements: table([
    {
      agency: 'Gaston County Sheriff’s Office',
      county_fips: '37071',
      support_model: 'Jail Enforcement Model',
      date_signed: '2019-02-13',
      snapshot_date: '2020-03-01',
    },
    {
      agency: 'Wake County Sheriff’s Office',
      county_fips: '37183',
      support_model: 'Jail Enforcement Model',
      date_signed: '2008-06-25',
      snapshot_date: '2018-11-01',
    },
  ]),
  ice_detainers_fy2015_nc_county: table([
    { county_fips: '37119', lift_reason: 'Removed', detainers: 40 },
    { county_fips: '37119', lift_reason: null, detainers: 60 },
    { county_fips: '37183', lift_reason: 'Removed', detainers: 7 },
  ]),
  nc_facility_county: table([
    {
      facility: 'MECKLENBURG COUNTY JAIL',
      county_fips: '37119',
      basis: 'name',
      basis_url: 'https://example.org',
      note: null,
      detainers_fy2015: 100,
    },
    {
      facility: 'MECKLENBURG DETENTION ONLY',
      county_fips: '37119',
      basis: 'name',
      basis_url: null,
      note: null,
      detainers_fy2015: 0,
    },
    { facility: 'SOMEWHERE', county_fips: null, basis: 'unmapped', basis_url: null, note: 'unknown' },
  ]),
  nc_detention_facilities: table([
    {
      facility: 'Alamance County Detention Center',
      county_fips: '37001',
      fiscal_year: 'FY2019',
      average_daily_population: 12.5,
      release: 'FY2019 detention statistics',
      period_end: '2019-09-30',
    },
    {
      facility: 'Alamance County Detention Center',
      county_fips: '37001',
      fiscal_year: 'FY2026',
      average_daily_population: 20,
      release: 'FY2026 to date',
      partial_year: 'TRUE',
    },
  ]),
};

describe('countyIce', () => {
  it('gives nothing for a section whose resource the package lacks', () => {
    expect(countyIce({}, '37119')).toEqual({ agreements: null, detainers: null, detention: null, moaPdfs: null });
  });

  it('carries each published dataset’s caveats with its section', () => {
    const ice = countyIce(tables, '37119', (name) => `caveats of ${name}`);
    expect(ice.detainers?.caveats).toBe('caveats of ice_detainers_fy2015_nc_county');
    expect(ice.agreements?.caveats).toBe('caveats of nc_287g_agreements');
    expect(ice.detention?.caveats).toBe('caveats of nc_detention_facilities');
  });

  it('sums detainers by lift reason, keeps "none recorded" apart and names the mapped facilities that have detainer records', () => {
    const ice = countyIce(tables, '37119');
    expect(ice.detainers).toEqual({
      total: 100,
      byReason: [
        { reason: null, detainers: 60 },
        { reason: 'Removed', detainers: 40 },
      ],
      // The file itself is not in these tables, so the facility has no link to its rows; the county's CSV always exists.
      facilities: [{ name: 'MECKLENBURG COUNTY JAIL', recordsHref: null }],
      countyCsv: '/data/by-county/ice_detainers_fy2015_nc_county/37119.csv',
      caveats: null,
    });
  });

  it('lists a county’s 287(g) agreements with every snapshot date of the list, and an empty list where there are none', () => {
    expect(countyIce(tables, '37071').agreements).toEqual({
      rows: [
        {
          agency: 'Gaston County Sheriff’s Office',
          supportModel: 'Jail Enforcement Model',
          dateSigned: '2019-02-13',
          snapshotDate: '2020-03-01',
        },
      ],
      snapshots: ['2018-11-01', '2020-03-01'],
      caveats: null,
    });
    expect(countyIce(tables, '37119').agreements?.rows).toEqual([]);
  });

  it('lists the detention facilities in the county only', () => {
    expect(countyIce(tables, '37001').detention?.rows).toEqual([
      {
        facility: 'Alamance County Detention Center',
        fiscalYear: 'FY2019',
        averageDailyPopulation: 12.5,
        release: 'FY2019 detention statistics',
        periodEnd: '2019-09-30',
        partialYear: false,
      },
      {
        facility: 'Alamance County Detention Center',
        fiscalYear: 'FY2026',
        averageDailyPopulation: 20,
        release: 'FY2026 to date',
        periodEnd: null,
        partialYear: true,
      },
    ]);
    expect(countyIce(tables, '37119').detention?.rows).toEqual([]);
  });
});
