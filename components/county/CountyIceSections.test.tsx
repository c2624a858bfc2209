import { render, screen } from '@testing-library/react';
import type { CountyIce } from '@/lib/view/county-ice';
import { CountyIceSections } from './CountyIceSections';

const hostile = '<img src=x onerror="window.__pwned=1">';

describe('CountyIceSections', () => {
  it('shows no section for a dataset that is not published', () => {
    const { container } = render(
      <CountyIceSections ice={{ agreements: null, detainers: null, detention: null, moaPdfs: null }} county="Wake" />,
    );
    expect(container.textContent).toBe('');
  });

  it('says plainly when a published dataset has nothing for the county', () => {
    const ice: CountyIce = {
      agreements: { rows: [], snapshots: ['2020-03-01'], caveats: null },
      detainers: {
        total: 0,
        byReason: [],
        facilities: [],
        countyCsv: '/data/by-county/x/37183.csv',
        caveats: 'FY2015 is partial.',
      },
      detention: { rows: [], caveats: null },
      moaPdfs: null,
    };
    render(<CountyIceSections ice={ice} county="Wake" />);
    expect(screen.getByText(/names no agreement with an agency in Wake County/)).toBeTruthy();
    expect(
      screen.getByText(/None of the FY2015 detainer records we hold names a facility we place in Wake County/),
    ).toBeTruthy();
    expect(screen.getByText(/No ICE detention facility in the releases we hold is in Wake County/)).toBeTruthy();
    expect(screen.getByText('Caveats: FY2015 is partial.')).toBeTruthy();
  });

  it('ends the facility list with one full stop, even after ICE’s abbreviation ("SHERIFF DEPT.")', () => {
    const ice: CountyIce = {
      agreements: null,
      detention: null,
      detainers: {
        total: 5,
        byReason: [{ reason: 'Removed', detainers: 5 }],
        facilities: [{ name: 'WAKE COUNTY SHERIFF DEPT.', recordsHref: null }],
        countyCsv: '/x.csv',
        caveats: null,
      },
      moaPdfs: null,
    };
    const { container } = render(<CountyIceSections ice={ice} county="Wake" />);
    expect(container.textContent).toContain(
      'place in Wake County: WAKE COUNTY SHERIFF DEPT.Wake County’s detainer counts',
    );
    expect(container.textContent).not.toContain('DEPT..');
  });

  it('lists detainers by lift reason, "none recorded" included, and renders ICE’s text as text', () => {
    const ice: CountyIce = {
      agreements: {
        rows: [
          {
            agency: `Sheriff ${hostile}`,
            supportModel: 'Jail Enforcement Model',
            dateSigned: '2019-02-13',
            snapshotDate: '2020-03-01',
          },
        ],
        snapshots: ['2020-03-01'],
        caveats: null,
      },
      detainers: {
        total: 100,
        byReason: [
          { reason: null, detainers: 60 },
          { reason: 'Removed', detainers: 40 },
        ],
        facilities: [
          { name: 'MECKLENBURG COUNTY JAIL', recordsHref: '/data/ice_detainers_fy2015?q=MECKLENBURG%20COUNTY%20JAIL' },
        ],
        countyCsv: '/data/by-county/ice_detainers_fy2015_nc_county/37119.csv',
        caveats: null,
      },
      detention: null,
      moaPdfs: null,
    };
    const { container } = render(<CountyIceSections ice={ice} county="Mecklenburg" />);
    expect(screen.getByText(/^100 detainer records/)).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'none recorded' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '60' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'MECKLENBURG COUNTY JAIL' }).getAttribute('href')).toBe(
      '/data/ice_detainers_fy2015?q=MECKLENBURG%20COUNTY%20JAIL',
    );
    expect(screen.getByRole('link', { name: 'Mecklenburg County’s detainer counts (CSV)' }).getAttribute('href')).toBe(
      '/data/by-county/ice_detainers_fy2015_nc_county/37119.csv',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(hostile);
  });
});
