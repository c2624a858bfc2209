import { catalogueGroups } from './catalogue-groups';

describe('catalogueGroups', () => {
  it('puts the ICE records, court caseloads and 287(g) before the site’s own tables, each dataset once', () => {
    const names = [
      'units',
      'claims',
      'nc_aoc_caseload',
      'ice_detainers_fy2015',
      'nc_287g_agreements',
      'ice_287g_agreements_by_state',
      'npr_nc_facility_declines',
      'nc_detention_facilities',
      'observations',
    ];
    const groups = catalogueGroups(names.map((name) => ({ name })));
    expect(groups.map((g) => [g.id, g.entries.map((e) => e.name)])).toEqual([
      ['ice-records', ['ice_detainers_fy2015', 'npr_nc_facility_declines', 'nc_detention_facilities']],
      ['court-caseloads', ['nc_aoc_caseload']],
      ['287g', ['nc_287g_agreements', 'ice_287g_agreements_by_state']],
      ['site-tables', ['units', 'claims', 'observations']],
    ]);
  });
});
