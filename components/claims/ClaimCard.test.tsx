import { render, screen } from '@testing-library/react';
import type { ClaimView } from '@/lib/view/claim-view';
import { ClaimCard } from './ClaimCard';

const hostile = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

function view(overrides: Partial<ClaimView['claim']> = {}): ClaimView {
  const claim = {
    id: 'c1',
    story_id: 's1',
    position: 1,
    quote: `He said ${hostile}`,
    speaker: 'A <b>speaker</b>',
    attributed_to: 'An agency',
    value: 500,
    low: 500,
    high: null,
    qualifier: 'more-than' as const,
    unit: 'declined detainers',
    geography: 'North Carolina',
    fips: '37',
    period: 'FY2019',
    period_type: 'federal-fy' as const,
    period_start: '2018-10-01',
    period_end: '2019-09-30',
    repeats: null,
    period_rule: null,
    disagrees_with: null,
    comparability: 'same-measure' as const,
    comparability_note: `Note ${hostile}`,
    ...overrides,
  };
  return {
    claim,
    story: {
      id: 's1',
      outlet: 'Outlet',
      headline: 'H',
      author: null,
      date: '2019-11-03',
      url: 'javascript:alert(1)',
      summary: 'S',
      note: null,
    },
    comparison: { status: 'consistent', sentence: 'Consistent with the record: a sentence.', record: [] },
    statusLabel: 'Consistent with the record',
    chart: null,
    figures: [],
    caveats: [{ title: 'How the claim and the record compare', text: claim.comparability_note }],
    series: [],
    trails: [{ id: 'a-series', href: '/trails/a-series', title: 'A series' }],
    counts: [],
    periodDerivation: null,
    sources: [
      {
        id: 'x',
        title: `T ${hostile}`,
        publisher: 'P',
        date: null,
        url: 'data:text/html,<script>alert(1)</script>',
        kind: 'news-report',
        access_note: null,
      },
    ],
  };
}

describe('ClaimCard', () => {
  it('renders quote, speaker, status and comparison sentence', () => {
    render(<ClaimCard view={view()} svg={null} linkToClaim />);
    expect(screen.getByTestId('quote').textContent).toContain('He said');
    expect(screen.getByTestId('comparison').textContent).toBe('Consistent with the record: a sentence.');
    expect(screen.getByText('Consistent with the record', { selector: '[data-status]' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Permalink to this claim' }).getAttribute('href')).toBe('/claims/c1');
    expect(screen.getByRole('link', { name: 'How this number travelled: A series' }).getAttribute('href')).toBe(
      '/trails/a-series',
    );
  });

  it('links a claim about one county to its county page (lib/view/county-link.ts gives it), and shows no link without one', () => {
    const { unmount } = render(
      <ClaimCard
        view={view({ fips: '37119', geography: 'Mecklenburg County' })}
        svg={null}
        linkToClaim={false}
        county={{ name: 'Mecklenburg County', href: '/counties/mecklenburg' }}
      />,
    );
    expect(screen.getByRole('link', { name: 'Mecklenburg County’s figures' }).getAttribute('href')).toBe(
      '/counties/mecklenburg',
    );
    unmount();
    render(<ClaimCard view={view()} svg={null} linkToClaim={false} county={null} />);
    expect(screen.queryByTestId('claim-county')).toBeNull();
  });

  it('renders text from data as inert text and refuses non-http links', () => {
    const { container } = render(<ClaimCard view={view()} svg={null} linkToClaim={false} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByTestId('quote').textContent).toContain('<script>');
    for (const a of Array.from(container.querySelectorAll('a'))) {
      const href = a.getAttribute('href') ?? '';
      expect(href.startsWith('javascript:') || href.startsWith('data:')).toBe(false);
    }
  });
  it('on a story page is a region named by its place, links to its neighbours and folds its evidence away', () => {
    const { container } = render(
      <ClaimCard
        view={view()}
        svg={null}
        linkToClaim
        place={{ index: 2, total: 7, previous: 'c0', next: 'c2', list: 'claims' }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Claim 2 of 7' });
    expect(region.id).toBe('c1');
    expect(screen.getByRole('link', { name: 'Previous claim' }).getAttribute('href')).toBe('#c0');
    expect(screen.getByRole('link', { name: 'Next claim' }).getAttribute('href')).toBe('#c2');
    expect(screen.getByRole('link', { name: 'All claims' }).getAttribute('href')).toBe('#claims');
    const details = container.querySelector('details.claim-evidence')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('table')).not.toBeNull();
    // The quote and the verdict stay outside, visible without opening anything.
    expect(details.contains(screen.getByTestId('comparison'))).toBe(false);
  });

  it('shows two counts that disagree side by side, who said each and each number as stated', () => {
    const v = view();
    v.comparison = { status: 'two-counts', sentence: 'Two counts disagree: a sentence.', record: [] };
    v.statusLabel = 'Two counts disagree';
    v.counts = [
      {
        claimId: 'c1',
        isThis: true,
        who: 'The jail',
        stated: '38 declined detainers',
        quote: 'q',
        outlet: 'Outlet',
        date: '2019-11-03',
      },
      {
        claimId: 'c2',
        isThis: false,
        who: 'ICE <b>spokesman</b>',
        stated: '48 declined detainers',
        quote: 'q',
        outlet: 'Other',
        date: null,
      },
    ];
    render(<ClaimCard view={v} svg={null} linkToClaim={false} />);
    const sides = screen.getByTestId('two-counts').querySelectorAll('li');
    expect([...sides].map((li) => li.textContent)).toEqual([
      'The jail38 declined detainersThis claim · Outlet, 2019-11-03',
      'ICE <b>spokesman</b>48 declined detainersThe other count · Other, date not recorded',
    ]);
    expect(screen.getByRole('link', { name: 'The other count' }).getAttribute('href')).toBe('/claims/c2');
  });
});
