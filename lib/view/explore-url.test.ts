import { type ExploreChoices, exploreHref, exploreQuery, parseExplore } from './explore-url';

const periods = ['FY2012-13', 'FY2013-14', 'FY2014-15'];
const COUNTIES = ['37001', '37119', '37183', '37003', '37005', '37007', '37009', '37011', '37013', '37015'];
const choices: ExploreChoices = {
  measures: [
    {
      id: 'nc-aoc-superior-criminal-felonies-filed',
      periods,
      perCapita: true,
      areas: COUNTIES,
      defaultAreas: ['37119', '37183'],
    },
    { id: 'acs-nc-total-population', periods: ['2005', '2006'], perCapita: false, areas: ['37'], defaultAreas: ['37'] },
  ],
  defaultMeasure: 'nc-aoc-superior-criminal-felonies-filed',
};
const parse = (query: string) => parseExplore(new URLSearchParams(query), choices);
const defaults = parse('');

describe('parseExplore', () => {
  it('gives the default view for an empty URL', () => {
    expect(defaults).toEqual({
      measure: 'nc-aoc-superior-criminal-felonies-filed',
      tab: 'chart',
      counties: ['37119', '37183'],
      from: 'FY2012-13',
      to: 'FY2014-15',
      per: 'total',
    });
  });

  it('reads every allowed parameter and round-trips through exploreQuery', () => {
    const view = parse(
      'measure=nc-aoc-superior-criminal-felonies-filed&tab=table&counties=37183,37119&from=FY2013-14&to=FY2014-15&per=per10k',
    );
    expect(view).toEqual({
      measure: 'nc-aoc-superior-criminal-felonies-filed',
      tab: 'table',
      counties: ['37183', '37119'],
      from: 'FY2013-14',
      to: 'FY2014-15',
      per: 'per10k',
    });
    expect(parse(exploreQuery(view))).toEqual(view);
    expect(exploreHref({ counties: ['37119'] })).toBe('/explore?counties=37119');
  });

  it.each(
    [
      'measure=<script>alert(1)</script>',
      'tab=javascript:alert(1)',
      'from=FY2099-00&to=1%27%20OR%201=1',
      `measure=${'x'.repeat(100_000)}`,
      'per=per1000000',
      '__proto__=1&constructor=2&foo=bar',
      'from=FY2014-15&to=FY2012-13',
      'tab=chart&tab=table',
    ].map((q) => [q.slice(0, 60), q]),
  )('ignores hostile, unknown or oversized parameters: %s', (_, query) => {
    const view = parse(query.slice(0, 300_000));
    expect(view.measure).toBe(defaults.measure);
    expect(['chart', 'table']).toContain(view.tab);
    expect(view.from).toBe('FY2012-13');
    expect(view.to).toBe('FY2014-15');
    expect(view.per).toBe('total');
  });

  it('keeps known counties only, once each, at most 4 (as many as one time chart draws), and no counties when the URL empties the list', () => {
    expect(parse('counties=99999,37119,37119,<b>').counties).toEqual(['37119']);
    expect(parse(`counties=${COUNTIES.join(',')}`).counties).toHaveLength(4);
    expect(parse('counties=').counties).toEqual([]);
    expect(parse(`counties=${'37119,'.repeat(10_000)}`).counties).toEqual(['37119', '37183']);
  });

  it('offers per 10,000 residents only for a measure with a population', () => {
    expect(parse('measure=acs-nc-total-population&per=per10k')).toMatchObject({
      per: 'total',
      from: '2005',
      to: '2006',
    });
  });

  it('takes each measure’s own areas: a state series knows North Carolina, not counties', () => {
    expect(parse('measure=acs-nc-total-population')).toMatchObject({ counties: ['37'] });
    expect(parse('measure=acs-nc-total-population&counties=37119,37').counties).toEqual(['37']);
  });
});
