import type { Observation } from '../data/records';
import type { ChartSpec } from './chart-spec';
import { creditLine, keyCaveat, withCredit } from './credit';
import { caveatLine, creditedSource } from './source-line';

const obs = (id: string, locator_type: Observation['locator_type'], locator: string) =>
  ({ id, locator_type, locator }) as Observation;
const spec = (ids: string[]) =>
  ({
    sourceLine: 'Source: NC Administrative Office of the Courts',
    rows: [{ observationIds: Object.fromEntries(ids.map((id, i) => [`v${i}`, id])) }],
  }) as unknown as ChartSpec;

describe('creditLine', () => {
  it('says nothing when every plotted figure is published as is', () => {
    expect(creditLine([obs('a', 'table', 'Table 3'), obs('b', 'verbatim', '“563”')])).toBeNull();
  });

  it('says which figures On the Record computed, once per kind of computation', () => {
    const sums = [
      obs('a', 'computed', 'Sum of 100 county records (nc_aoc_caseload.csv, …)'),
      obs('b', 'computed', 'Sum of the 99 county records present (…)'),
    ];
    expect(creditLine(sums)).toBe('Statewide totals are On the Record’s sums of the county records.');
    const rate = obs(
      'c',
      'computed',
      'estimated_crimes_1979_2019.csv, row year=2013: rape_revised 2524 / population 9848917 × 100000 = 25.6',
    );
    expect(creditLine([...sums, rate])).toBe(
      'Statewide totals are On the Record’s sums of the county records; rates per 100,000 residents are On the Record’s, from the published counts and population.',
    );
    expect(creditLine([obs('d', 'computed', 'Derived as 143,470 - 33,366 = 110,104')])).toMatch(
      /^Some figures are On the Record’s arithmetic/,
    );
  });
});

describe('keyCaveat', () => {
  it('keeps the first sentence only', () => {
    expect(
      keyCaveat(
        'ICE records a declined detainer only when it learns of the release, so every figure is a lower bound. The FY2019 figures reached the public.',
      ),
    ).toBe('ICE records a declined detainer only when it learns of the release, so every figure is a lower bound.');
    expect(keyCaveat("Counts 'screened' (FY2018). Federal fiscal years run Oct 1 to Sep 30.")).toBe(
      "Counts 'screened' (FY2018).",
    );
    expect(keyCaveat('Figures from the U.S. Attorney for the Western District. Other words.')).toBe(
      'Figures from the U.S. Attorney for the Western District.',
    );
    expect(keyCaveat('Federal fiscal years run Oct. 1 to Sep. 30. More.')).toBe(
      'Federal fiscal years run Oct. 1 to Sep. 30.',
    );
    expect(keyCaveat('One sentence only')).toBe('One sentence only');
    expect(keyCaveat('')).toBeNull();
  });
});

describe('withCredit', () => {
  it('credits only figures the chart draws, and prints source, credit and caveat lines', () => {
    const all = [obs('drawn', 'computed', 'Sum of 100 county records'), obs('other', 'computed', 'x × 100000')];
    const credited = withCredit(spec(['drawn']), all, 'Counts cases, not people. More words.');
    expect(creditedSource(credited)).toBe(
      'Source: NC Administrative Office of the Courts. Statewide totals are On the Record’s sums of the county records.',
    );
    expect(caveatLine(credited)).toBe('Caveat: Counts cases, not people.');
  });

  it('does not say twice what a caveat already credits to On the Record', () => {
    const credited = withCredit(
      spec(['drawn']),
      [obs('drawn', 'computed', 'Sum of 100 county records')],
      'Statewide totals are sums computed by On the Record. More.',
    );
    expect(credited.credit).toBeNull();
    expect(creditedSource(credited)).toBe('Source: NC Administrative Office of the Courts');
  });
});
