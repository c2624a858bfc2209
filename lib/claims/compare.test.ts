import type { EvidenceItem } from '../data/evidence';
import type { Claim, ClaimQualifier, EvidenceRole, Observation, ObservationQualifier, Series } from '../data/records';
import { type ComparisonStatus, compareClaim, STATUS_LABEL } from './compare';
import { claimPhrase, recordPhrase } from './explain';
import { claimOf, makeClaim, makeObservation, makeSeries } from './test-records';
import { describePeriod } from '../format/period';

// ---- factories (shared with the other claim tests) ------------------------------------------------

const item = (
  observation: Observation,
  role: EvidenceRole = 'record',
  series: Series = makeSeries(),
): EvidenceItem => ({ role, observation, series });
const rec = (value: number, qualifier: ObservationQualifier = 'exact') => item(makeObservation(value, qualifier));

const status = (claim: Claim, evidence: EvidenceItem[]): ComparisonStatus => compareClaim(claim, evidence).status;

// ---- claim qualifiers against an exact record --------------------------------------------------

describe('compareClaim: each claim qualifier against one exact record', () => {
  test.each<[ClaimQualifier, number | [number, number], number, ComparisonStatus]>([
    // exact: within 5 percent (475..525 for 500)
    ['exact', 500, 500, 'consistent'],
    ['exact', 500, 510, 'consistent'],
    ['exact', 500, 525, 'consistent'],
    ['exact', 500, 475, 'consistent'],
    ['exact', 500, 530, 'understates'],
    ['exact', 500, 470, 'overstates'],
    // more-than: strictly above the bound
    ['more-than', 500, 563, 'consistent'],
    ['more-than', 500, 500.5, 'consistent'],
    ['more-than', 500, 500, 'overstates'],
    ['more-than', 500, 450, 'overstates'],
    // at-least: the bound itself counts
    ['at-least', 500, 500, 'consistent'],
    ['at-least', 500, 10_000, 'consistent'],
    ['at-least', 500, 499, 'overstates'],
    // nearly: 450..500 for 500
    ['nearly', 500, 489, 'consistent'],
    ['nearly', 500, 500, 'consistent'],
    ['nearly', 500, 450, 'consistent'],
    ['nearly', 500, 501, 'understates'],
    ['nearly', 500, 440, 'overstates'],
    // about: 450..550 for 500
    ['about', 500, 545, 'consistent'],
    ['about', 500, 455, 'consistent'],
    ['about', 500, 560, 'understates'],
    ['about', 500, 440, 'overstates'],
    // up-to: anything up to the bound
    ['up-to', 80, 67.8, 'consistent'],
    ['up-to', 80, 80, 'consistent'],
    ['up-to', 80, 0, 'consistent'],
    ['up-to', 80, 85, 'understates'],
    // range: both ends closed
    ['range', [40, 80], 44, 'consistent'],
    ['range', [40, 80], 40, 'consistent'],
    ['range', [40, 80], 80, 'consistent'],
    ['range', [40, 80], 83, 'understates'],
    ['range', [40, 80], 30, 'overstates'],
    // average: within 10 percent
    ['average', 100, 109, 'consistent'],
    ['average', 100, 91, 'consistent'],
    ['average', 100, 111, 'understates'],
    ['average', 100, 89, 'overstates'],
  ])('%s %j vs record %d: %s', (qualifier, n, recordValue, expected) => {
    expect(status(claimOf(qualifier, n), [rec(recordValue)])).toBe(expected);
  });

  test('none: a same-measure claim with no number is not comparable', () => {
    const result = compareClaim(claimOf('none', 0), [rec(563)]);
    expect(result.status).toBe('not-comparable');
    expect(result.sentence).toContain('states no number to check');
    expect(result.sentence).toContain('563');
  });

  test('a qualifier whose number is missing is not comparable', () => {
    expect(status(makeClaim({ qualifier: 'exact', value: null }), [rec(563)])).toBe('not-comparable');
    expect(status(makeClaim({ qualifier: 'more-than', value: 500, low: null }), [rec(563)])).toBe('not-comparable');
    expect(status(makeClaim({ qualifier: 'range', low: 40, high: null }), [rec(50)])).toBe('not-comparable');
  });
});

// ---- record qualifiers ---------------------------------------------------------------------------

describe('compareClaim: record qualifiers', () => {
  test('at-least record: a claim above the bound fits, one below it understates', () => {
    expect(status(claimOf('more-than', 500), [rec(563, 'at-least')])).toBe('consistent');
    expect(status(claimOf('exact', 600), [rec(563, 'at-least')])).toBe('consistent');
    expect(status(claimOf('exact', 500), [rec(563, 'at-least')])).toBe('understates');
    expect(status(claimOf('up-to', 500), [rec(563, 'at-least')])).toBe('understates');
  });

  test('lower-bound record reads like at-least', () => {
    expect(status(claimOf('exact', 600), [rec(563, 'lower-bound')])).toBe('consistent');
    expect(status(claimOf('exact', 500), [rec(563, 'lower-bound')])).toBe('understates');
  });

  test('more-than record: the bound itself is excluded', () => {
    expect(status(claimOf('exact', 500), [rec(500, 'more-than')])).toBe('consistent'); // 475..525 reaches above 500
    expect(status(claimOf('at-least', 600), [rec(500, 'more-than')])).toBe('consistent');
    expect(status(claimOf('up-to', 500), [rec(500, 'more-than')])).toBe('understates');
    expect(status(claimOf('range', [400, 450]), [rec(500, 'more-than')])).toBe('understates');
  });

  test('about record: within 5 percent of its value', () => {
    expect(status(claimOf('exact', 1100), [rec(1000, 'about')])).toBe('consistent'); // 1045..1155 meets 950..1050
    expect(status(claimOf('exact', 1200), [rec(1000, 'about')])).toBe('overstates');
    expect(status(claimOf('exact', 800), [rec(1000, 'about')])).toBe('understates');
  });

  test('nearly record: short of its value, never reaching it', () => {
    expect(status(claimOf('exact', 480), [rec(500, 'nearly')])).toBe('consistent');
    expect(status(claimOf('at-least', 500), [rec(500, 'nearly')])).toBe('overstates');
    expect(status(claimOf('up-to', 400), [rec(500, 'nearly')])).toBe('understates');
  });

  test('computed record is a single point, like exact', () => {
    expect(status(claimOf('exact', 44), [rec(44.5, 'computed')])).toBe('consistent');
    expect(status(claimOf('exact', 40), [rec(44.5, 'computed')])).toBe('understates');
  });

  test('negative values: nearly a 10 percent drop fits a 9.5 percent drop', () => {
    const change = (value: number, qualifier: ObservationQualifier) =>
      item(
        makeObservation(value, qualifier, { unit: 'percent change' }),
        'record',
        makeSeries({ unit: 'percent change' }),
      );
    const claim = claimOf('nearly', -10, { unit: 'percent change' });
    expect(status(claim, [change(-9.5, 'exact')])).toBe('consistent');
    expect(status(claimOf('exact', -9.5, { unit: 'percent change' }), [change(-10, 'nearly')])).toBe('consistent');
  });
});

// ---- several record figures ----------------------------------------------------------------------

describe('compareClaim: several record figures', () => {
  test('figures that agree are intersected', () => {
    // at least 489 and at least 563 together mean at least 563.
    const evidence = [rec(489, 'at-least'), rec(563, 'at-least')];
    expect(status(claimOf('more-than', 500), evidence)).toBe('consistent');
    expect(status(claimOf('exact', 520), evidence)).toBe('understates');
    // an exact 563 inside at least 489 pins the value to 563.
    expect(status(claimOf('exact', 600), [rec(489, 'at-least'), rec(563)])).toBe('overstates');
  });

  test('conflicting figures make the claim not comparable, and the sentence names both', () => {
    const result = compareClaim(claimOf('more-than', 500), [rec(489), rec(563)]);
    expect(result.status).toBe('not-comparable');
    expect(result.sentence).toContain('disagree with each other');
    expect(result.sentence).toContain('489');
    expect(result.sentence).toContain('563');
    expect(result.record).toHaveLength(2);
  });

  test('an at-least figure above an exact one conflicts too', () => {
    expect(status(claimOf('exact', 500), [rec(563, 'at-least'), rec(489)])).toBe('not-comparable');
  });

  test('context and proxy figures do not decide a same-measure claim', () => {
    const evidence = [rec(500), item(makeObservation(10_000), 'context'), item(makeObservation(1), 'proxy')];
    const result = compareClaim(claimOf('exact', 500), evidence);
    expect(result.status).toBe('consistent');
    expect(result.record.map((e) => e.observation.value)).toEqual([500]);
  });
});

// ---- comparability and missing data ----------------------------------------------------------

describe('compareClaim: comparability and missing data', () => {
  const proxySeries = (short: string) =>
    makeSeries({ id: short.toLowerCase(), short_title: short, unit: 'percent rearrested' });
  const proxy = (value: number, short: string) =>
    item(makeObservation(value, 'exact', { unit: 'percent rearrested' }), 'proxy', proxySeries(short));

  test('a proxy claim is not comparable; the sentence gives the span of the proxy figures', () => {
    const claim = claimOf('up-to', 80, { unit: 'percent who commit more crimes', comparability: 'proxy' });
    const result = compareClaim(claim, [proxy(44, 'BJS'), proxy(67.8, 'BJS'), proxy(52, 'NC Sentencing Commission')]);
    expect(result.status).toBe('not-comparable');
    expect(result.record).toEqual([]);
    expect(result.sentence).toBe(
      'Not comparable: the official figures measure percent rearrested, not percent who commit more crimes; they range from 44 to 67.8 percent rearrested across BJS and NC Sentencing Commission.',
    );
  });

  test('a proxy claim with one proxy figure names it', () => {
    const claim = claimOf('range', [40, 80], { unit: 'percent who re-offend', comparability: 'proxy' });
    const result = compareClaim(claim, [proxy(44, 'BJS')]);
    expect(result.sentence).toContain('44 percent rearrested');
    expect(result.sentence).toContain('BJS');
  });

  test('a proxy claim with no proxy figures says nothing measures it', () => {
    const result = compareClaim(claimOf('exact', 5, { unit: 'percent who re-offend', comparability: 'proxy' }), []);
    expect(result.status).toBe('not-comparable');
    expect(result.sentence).toBe('Not comparable: no official series measures percent who re-offend.');
  });

  test('a proxy claim is not comparable even when a record figure would match', () => {
    expect(status(claimOf('exact', 500, { comparability: 'proxy' }), [rec(500)])).toBe('not-comparable');
  });

  test('comparability none: no official data, context only', () => {
    const claim = claimOf('none', 0, { unit: null, comparability: 'none' });
    const withContext = compareClaim(claim, [item(makeObservation(1), 'context')]);
    expect(withContext.status).toBe('no-official-data');
    expect(withContext.sentence).toBe(
      'No official data: no official series measures what this claim describes for North Carolina, so the figures shown are context only.',
    );
    const bare = compareClaim(claim, []);
    expect(bare.sentence).toBe(
      'No official data: no official series measures what this claim describes for North Carolina, so no context figures are shown.',
    );
  });

  test('comparability none with a unit names the unit', () => {
    const result = compareClaim(claimOf('exact', 12, { unit: 'per 100000', comparability: 'none' }), []);
    expect(result.sentence).toContain('per 100,000');
  });

  test('a same-measure claim with no record figure has no official data', () => {
    const result = compareClaim(claimOf('exact', 500), [item(makeObservation(500), 'context')]);
    expect(result.status).toBe('no-official-data');
    expect(result.record).toEqual([]);
  });

  test('no evidence at all: no official data', () => {
    expect(status(claimOf('exact', 500), [])).toBe('no-official-data');
  });
});

// ---- period and place ------------------------------------------------------------------------------

describe('compareClaim: a same-measure claim is judged on its number only for the record period and place', () => {
  const record = [rec(563, 'at-least')];
  const noPeriod = { period: 'not stated', period_type: null, period_start: null, period_end: null };
  const notConsistent = (over: Partial<Claim>) => compareClaim(claimOf('more-than', 500, over), record);

  test('the same period and place: the numbers decide', () => {
    expect(notConsistent({}).status).toBe('consistent');
  });

  test('a claim that states no period is never consistent with a dated record, whatever its number', () => {
    for (const q of ['more-than', 'at-least', 'exact', 'about'] as ClaimQualifier[]) {
      expect(compareClaim(claimOf(q, 563, noPeriod), record).status).toBe('not-comparable');
    }
    expect(notConsistent(noPeriod).sentence).toBe(
      "Not comparable: the claim states no period; the record covers FY2019 (federal fiscal year, Oct 1, 2018 – Sep 30, 2019). The record's at least 563 people is not set against the claim's more than 500 people.",
    );
  });

  test('a claim that says 2019 (calendar year) is not checked against the federal fiscal year', () => {
    const result = notConsistent({
      period: '2019',
      period_type: 'calendar',
      period_start: '2019-01-01',
      period_end: '2019-12-31',
    });
    expect(result.status).toBe('not-comparable');
    expect(result.sentence).toContain(
      'the claim says 2019 (calendar year, Jan 1, 2019 – Dec 31, 2019); the record covers FY2019 (federal fiscal year, Oct 1, 2018 – Sep 30, 2019)',
    );
  });

  test('a claim that names a year without dates says so', () => {
    const result = notConsistent({
      period: 'in 2019 (calendar or fiscal not stated)',
      period_type: 'range-other',
      period_start: null,
      period_end: null,
    });
    expect(result.status).toBe('not-comparable');
    expect(result.sentence).toContain(
      "the claim's period, in 2019 (calendar or fiscal not stated), has no dates to check; the record covers FY2019",
    );
  });

  test('a span with dates names them', () => {
    const result = notConsistent({
      period: 'March 2019',
      period_type: 'range-other',
      period_start: '2019-03-01',
      period_end: '2019-03-31',
    });
    expect(result.sentence).toContain(
      'the claim says March 2019 (Mar 1, 2019 – Mar 31, 2019); the record covers FY2019',
    );
    const open = notConsistent({
      period: 'since October 2018',
      period_type: 'range-other',
      period_start: '2018-10-01',
      period_end: null,
    });
    expect(open.sentence).toContain('the claim says since October 2018 (from Oct 1, 2018); the record covers FY2019');
  });

  test('another fiscal year of the same type is another span', () => {
    const result = notConsistent({ period: 'FY2018', period_start: '2017-10-01', period_end: '2018-09-30' });
    expect(result.status).toBe('not-comparable');
    expect(result.sentence).toContain('the claim says FY2018 (federal fiscal year, Oct 1, 2017 – Sep 30, 2018)');
  });

  test('a county claim is not checked against a statewide record, nor a claim with no place', () => {
    const county = notConsistent({ geography: 'Mecklenburg County, NC', fips: '37119' });
    expect(county.status).toBe('not-comparable');
    expect(county.sentence).toContain('the claim is about Mecklenburg County, NC; the record covers North Carolina');
    expect(notConsistent({ fips: null }).sentence).toContain(
      'the claim states no place; the record covers North Carolina',
    );
  });

  test('period and place differences are both named', () => {
    const both = notConsistent({ ...noPeriod, fips: '37119', geography: 'Mecklenburg County, NC' });
    expect(both.sentence).toMatch(
      /^Not comparable: the claim states no period; .*; the claim is about Mecklenburg County, NC; the record covers North Carolina\./,
    );
  });

  test('undated record periods cannot confirm a claim, even one worded the same', () => {
    const undated = item(
      makeObservation(200, 'more-than', {
        period: '2019 (calendar or fiscal not stated)',
        period_type: 'range-other',
        period_start: null,
        period_end: null,
      }),
    );
    const claim = claimOf('more-than', 200, {
      period: '2019 (calendar or fiscal not stated)',
      period_type: 'range-other',
      period_start: null,
      period_end: null,
    });
    const result = compareClaim(claim, [undated]);
    expect(result.status).toBe('not-comparable');
    expect(result.sentence).toContain(
      "neither the claim's period, 2019 (calendar or fiscal not stated), nor the record's, 2019 (calendar or fiscal not stated), has dates to check",
    );
  });

  test('the same open window ("FY2019 to date") is the same period', () => {
    const toDate = {
      period: 'FY2019 to date',
      period_type: 'range-other' as const,
      period_start: '2018-10-01',
      period_end: null,
    };
    expect(compareClaim(claimOf('exact', 489, toDate), [item(makeObservation(489, 'exact', toDate))]).status).toBe(
      'consistent',
    );
  });

  test('alignment is checked only for same-measure claims: proxies and claims with no official data keep their status', () => {
    expect(
      compareClaim(claimOf('exact', 500, { ...noPeriod, comparability: 'proxy' }), [
        item(makeObservation(489), 'proxy'),
      ]).status,
    ).toBe('not-comparable');
    expect(compareClaim(claimOf('exact', 500, { ...noPeriod, comparability: 'none' }), []).status).toBe(
      'no-official-data',
    );
  });
});

// ---- sentences -------------------------------------------------------------------------------------

describe('compareClaim: sentences carry the numbers', () => {
  const period = 'FY2019 (federal fiscal year, Oct 1, 2018 – Sep 30, 2019)';

  test('consistent', () => {
    const result = compareClaim(claimOf('more-than', 500), [rec(563, 'at-least')]);
    expect(result.status).toBe('consistent');
    expect(result.sentence).toBe(
      `Consistent with the record: the record (Agency count) shows at least 563 people for North Carolina, ${period}, which fits the claim of more than 500 people.`,
    );
  });

  test('overstates', () => {
    const result = compareClaim(claimOf('exact', 1500), [rec(1200)]);
    expect(result.status).toBe('overstates');
    expect(result.sentence).toBe(
      `Overstates the record: the claim of 1,500 people is higher than the record allows, since the record (Agency count) shows 1,200 people for North Carolina, ${period}.`,
    );
  });

  test('understates', () => {
    const result = compareClaim(claimOf('nearly', 500), [rec(563, 'at-least')]);
    expect(result.status).toBe('understates');
    expect(result.sentence).toContain(
      'Understates the record: the claim of nearly 500 people is lower than the record allows',
    );
    expect(result.sentence).toContain('at least 563 people');
  });

  test.each<[ClaimQualifier, number | [number, number], string]>([
    ['exact', 500, '500 people'],
    ['more-than', 500, 'more than 500 people'],
    ['at-least', 500, 'at least 500 people'],
    ['nearly', 500, 'nearly 500 people'],
    ['about', 1500, 'about 1,500 people'],
    ['up-to', 80, 'up to 80 people'],
    ['range', [40, 80], '40 to 80 people'],
    ['average', 12.5, 'an average of 12.5 people'],
    ['none', 0, 'no number'],
  ])('claimPhrase for %s %j is "%s"', (qualifier, n, phrase) => {
    expect(claimPhrase(claimOf(qualifier, n))).toBe(phrase);
  });

  test('recordPhrase joins several figures', () => {
    const phrase = recordPhrase([rec(489), rec(563, 'at-least')]);
    expect(phrase).toBe(
      `the record (Agency count) shows 489 people for North Carolina, ${period}, and the record (Agency count) shows at least 563 people for North Carolina, ${period}`,
    );
  });

  test('every status has a label and the sentence starts with it', () => {
    const cases: Array<[ComparisonStatus, Claim, EvidenceItem[]]> = [
      ['consistent', claimOf('exact', 500), [rec(500)]],
      ['overstates', claimOf('exact', 900), [rec(500)]],
      ['understates', claimOf('exact', 100), [rec(500)]],
      ['not-comparable', claimOf('exact', 500, { comparability: 'proxy' }), [rec(500, 'exact')]],
      ['no-official-data', claimOf('exact', 500, { comparability: 'none' }), []],
    ];
    for (const [expected, claim, evidence] of cases) {
      const result = compareClaim(claim, evidence);
      expect(result.status).toBe(expected);
      expect(result.sentence.startsWith(STATUS_LABEL[expected].split(' ')[0])).toBe(true);
      expect(result.sentence.endsWith('.')).toBe(true);
    }
  });

  test('is pure: the same input gives the same result', () => {
    const claim = claimOf('more-than', 500);
    const evidence = [rec(563, 'at-least'), item(makeObservation(489), 'context')];
    expect(compareClaim(claim, evidence)).toEqual(compareClaim(claim, evidence));
  });
});

// ---- independence and disagreement ---------------------------------------------------------------

describe("compareClaim: a record from the claim's own article is not independent", () => {
  const article = { url: 'https://www.paper.example/2019/09/09/story/' };
  const source = (url: string) => ({
    id: 'src',
    title: 'A story',
    publisher: 'The Paper',
    date: '2019-09-09',
    url,
    kind: 'news-report',
    access_note: null,
  });
  const own = (value: number) => ({ ...rec(value), source: source('http://paper.example/2019/09/09/story') });
  const other = (value: number) => ({ ...rec(value), source: source('https://agency.example/release') });

  test('a same-measure claim whose only record is its own article is self-sourced, naming the source', () => {
    const result = compareClaim(claimOf('exact', 489), [own(489)], { story: article });
    expect(result.status).toBe('self-sourced');
    expect(STATUS_LABEL['self-sourced']).toBe('The record is this statement');
    expect(result.record.map((e) => e.observation.value)).toEqual([489]);
    expect(result.sentence).toBe(
      `The record is this statement: the only published figure, 489 people for North Carolina, ${describePeriod(makeObservation(1))}, comes from The Paper (2019-09-09), the claim's own source, so the claim of 489 people is checked against itself and no independent record confirms or contradicts it.`,
    );
  });

  test('self-sourced wins over a misaligned period: there is no independent record to align', () => {
    expect(
      compareClaim(
        claimOf('exact', 489, { period: 'not stated', period_type: null, period_start: null, period_end: null }),
        [own(489)],
        { story: article },
      ).status,
    ).toBe('self-sourced');
  });

  test("an independent record decides, and the claim's own figure is left out of the verdict", () => {
    const result = compareClaim(claimOf('exact', 489), [own(489), other(900)], { story: article });
    expect(result.status).toBe('understates');
    expect(result.record.map((e) => e.observation.value)).toEqual([900]);
    expect(compareClaim(claimOf('exact', 489), [other(489)], { story: article }).status).toBe('consistent');
  });

  test('without a story (older callers) every record counts as independent', () => {
    expect(compareClaim(claimOf('exact', 489), [own(489)]).status).toBe('consistent');
  });

  test('proxy and none claims keep their status whatever the source', () => {
    expect(
      compareClaim(claimOf('exact', 489, { comparability: 'proxy' }), [{ ...own(489), role: 'proxy' }], {
        story: article,
      }).status,
    ).toBe('not-comparable');
    expect(compareClaim(claimOf('exact', 489, { comparability: 'none' }), [], { story: article }).status).toBe(
      'no-official-data',
    );
  });
});

describe('compareClaim: two counts that disagree', () => {
  const jail = claimOf('exact', 38, {
    id: 'jail-38',
    speaker: "Mecklenburg County Sheriff's Office",
    attributed_to: "Mecklenburg County Sheriff's Office",
    disagrees_with: 'ice-48',
  });
  const ice = claimOf('exact', 48, {
    id: 'ice-48',
    speaker: 'ICE spokesman',
    attributed_to: 'U.S. Immigration and Customs Enforcement',
  });

  test('with no independent record the pair is shown without a verdict, naming who said each number', () => {
    const result = compareClaim(jail, [], { disagreeing: [ice] });
    expect(result.status).toBe('two-counts');
    expect(result.counterparts).toEqual([ice]);
    expect(result.sentence).toBe(
      "Two counts disagree: Mecklenburg County Sheriff's Office says 38 people; ICE spokesman (U.S. Immigration and Customs Enforcement) says 48 people. No independent record settles which is right, so neither count is given a verdict.",
    );
    expect(result.sentence).not.toMatch(/consistent|overstates|understates/i);
  });

  test('the target of disagrees_with gets the same status', () => {
    expect(compareClaim(ice, [], { disagreeing: [jail] }).status).toBe('two-counts');
  });

  test("a record from either claim's own article does not settle it", () => {
    const own = {
      ...rec(48),
      source: {
        id: 's',
        title: 't',
        publisher: 'ICE',
        date: null,
        url: 'https://ice.example/statement',
        kind: 'official-statement',
        access_note: null,
      },
    };
    expect(
      compareClaim(ice, [own], { story: { url: 'https://ice.example/statement' }, disagreeing: [jail] }).status,
    ).toBe('two-counts');
  });

  test('an independent same-measure record for the same period and place gives the normal verdict', () => {
    expect(compareClaim(ice, [rec(48)], { disagreeing: [jail] }).status).toBe('consistent');
    expect(compareClaim(jail, [rec(48)], { disagreeing: [ice] }).status).toBe('understates');
  });

  test('an independent record for another period does not settle it', () => {
    const other = item(
      makeObservation(48, 'exact', { period: 'FY2020', period_start: '2019-10-01', period_end: '2020-09-30' }),
    );
    expect(compareClaim(jail, [other], { disagreeing: [ice] }).status).toBe('two-counts');
  });
});
