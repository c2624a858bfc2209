import { render, screen } from '@testing-library/react';
import type { TrailStopRow } from '@/lib/view/trails';
import { TrailStops } from './TrailStops';

const hostile = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

const stop = (over: Partial<TrailStopRow> = {}): TrailStopRow => ({
  claimId: 'c1',
  href: '/claims/c1',
  date: '2019-09-09',
  outlet: 'WBTV',
  storyHref: '/stories/s1',
  speaker: 'WBTV',
  attributedTo: 'ICE',
  quote: `489 detainers were declined ${hostile}`,
  stated: '489 declined detainers',
  quotes: '489 declined detainers, FY2019 to date',
  status: 'consistent',
  statusLabel: 'Consistent with the record',
  drift: [],
  repeats: null,
  placed: null,
  ...over,
});

describe('TrailStops', () => {
  it('lists each claim with its date, outlet, words, number as stated and verdict, in the order given', () => {
    render(
      <TrailStops
        stops={[
          stop(),
          stop({
            claimId: 'c2',
            date: null,
            outlet: 'Reprint',
            stated: 'about 489 people released',
            status: 'not-comparable',
            statusLabel: 'Not comparable',
          }),
        ]}
      />,
    );
    const items = screen.getAllByTestId('trail-stop');
    expect(items.map((li) => li.id)).toEqual(['c1', 'c2']);
    expect(items[0].textContent).toContain('2019-09-09');
    expect(items[1].textContent).toContain('date not recorded');
    expect(screen.getAllByTestId('stated').map((d) => d.textContent)).toEqual([
      '489 declined detainers',
      'about 489 people released',
    ]);
    expect(screen.getByText('Not comparable', { selector: '[data-status]' })).toBeTruthy();
  });

  it('marks drift in words, or says there is none', () => {
    render(
      <TrailStops
        stops={[
          stop(),
          stop({
            claimId: 'c2',
            drift: [{ label: 'Unit or subject', text: 'counts people released; the record counts declined detainers' }],
          }),
        ]}
      />,
    );
    const [none, drifted] = screen.getAllByTestId('drift');
    expect(none.textContent).toBe('None: the same unit, period and place as the figure');
    expect(drifted.textContent).toBe(
      'Unit or subject changed: counts people released; the record counts declined detainers',
    );
  });

  it('links the claim a stop repeats, and renders data as inert text', () => {
    const { container } = render(
      <TrailStops
        stops={[stop({ repeats: { href: '/claims/c0', label: 'WBTV, 2019-09-09: 489 declined detainers' } })]}
      />,
    );
    expect(screen.getByRole('link', { name: 'WBTV, 2019-09-09: 489 declined detainers' }).getAttribute('href')).toBe(
      '/claims/c0',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });
});
