import { Index } from '../data/evidence';
import type { Claim, Dataset, Evidence, Observation, Series, Story } from '../data/records';
import { makeClaim, makeObservation, makeSeries } from './test-records';
import { driftOf, TRAIL_MIN_CLAIMS, trailsOf } from './trail';

const series = (id: string): Series =>
  makeSeries({ id, title: `Series ${id}`, short_title: id, unit: 'declined detainers', publisher: 'ICE' });
const observation = (id: string, seriesId: string, over: Partial<Observation> = {}): Observation =>
  makeObservation(563, 'at-least', {
    id,
    series_id: seriesId,
    label: id,
    unit: 'declined detainers',
    source_id: 'src',
    ...over,
  });
// Each story has its own address; the figures' source ("src") is none of them, so it is an independent record.
const story = (id: string, date: string | null): Story => ({
  id,
  outlet: `Outlet ${id}`,
  headline: 'h',
  author: null,
  date,
  url: `https://example.org/${id}`,
  summary: 's',
  note: null,
});
const claim = (id: string, storyId: string, over: Partial<Claim> = {}): Claim =>
  makeClaim({
    id,
    story_id: storyId,
    quote: `Quote ${id}`,
    qualifier: 'more-than',
    low: 500,
    unit: 'declined detainers',
    ...over,
  });

function index(claims: Claim[], evidence: Evidence[], stories: Story[]): Index {
  const data: Dataset = {
    units: [],
    sources: [
      {
        id: 'src',
        title: 't',
        publisher: 'p',
        date: null,
        url: 'https://example.org',
        kind: 'news',
        access_note: null,
      },
    ],
    stories,
    series: [series('ice'), series('bjs')],
    observations: [
      observation('full', 'ice'),
      observation('to-date', 'ice', { value: 489, qualifier: 'exact', period_type: 'range-other', period_end: null }),
      observation('rearrest', 'bjs'),
    ],
    claims,
    evidence,
  };
  return new Index(data);
}

const proxy = { comparability: 'proxy' as const, unit: 'people released' };

describe('trailsOf', () => {
  const stories = [story('a', '2019-11-03'), story('b', '2019-09-09'), story('c', null), story('d', '2019-09-09')];
  const claims = [
    claim('a1', 'a'),
    claim('b1', 'b', { ...proxy, period: 'FY2019 to date', period_type: 'range-other', period_end: null }),
    claim('c1', 'c', { ...proxy, repeats: 'b1' }),
    claim('d1', 'd', { comparability: 'proxy', unit: 'percent who re-offend' }),
    claim('d2', 'd', { position: 2, comparability: 'proxy', unit: 'percent who re-offend' }),
  ];
  const evidence: Evidence[] = [
    { claim_id: 'a1', observation_id: 'full', role: 'record' },
    { claim_id: 'a1', observation_id: 'to-date', role: 'context' },
    { claim_id: 'b1', observation_id: 'to-date', role: 'proxy' },
    { claim_id: 'c1', observation_id: 'full', role: 'proxy' },
    { claim_id: 'd1', observation_id: 'rearrest', role: 'proxy' },
    { claim_id: 'd2', observation_id: 'rearrest', role: 'proxy' },
    { claim_id: 'd1', observation_id: 'full', role: 'context' },
  ];
  const found = trailsOf(index(claims, evidence, stories));

  test("a series that is some claim's record and that two or more claims state has a trail", () => {
    expect(TRAIL_MIN_CLAIMS).toBe(2);
    expect(found.map((t) => t.id)).toEqual(['ice']);
  });

  test('a series only ever set against claims as a related measure (re-arrest for re-offending) has none', () => {
    expect(found.some((t) => t.id === 'bjs')).toBe(false);
  });

  test('claims come in date order; an undated repeater right after what it repeats; context links never put a claim on a trail', () => {
    expect(found[0].stops.map((s) => s.claim.id)).toEqual(['b1', 'c1', 'a1']);
    expect(found[0].stops[1].order).toEqual({ date: '2019-09-09', fromRepeats: true, hops: 1 });
  });

  test('a claim that repeats another of the same day comes after it; an undated claim that repeats nothing comes last', () => {
    const more = [
      ...claims,
      claim('e1', 'e', { ...proxy, repeats: 'a1' }),
      claim('f1', 'f', proxy),
      claim('g1', 'g', { ...proxy, repeats: 'b1' }),
    ];
    const moreStories = [...stories, story('e', '2019-11-03'), story('f', null), story('g', '2019-09-09')];
    const ev: Evidence[] = [
      ...evidence,
      ...['e1', 'f1', 'g1'].map((id) => ({ claim_id: id, observation_id: 'full', role: 'proxy' as const })),
    ];
    // g1 repeats b1 of the same day, so it follows it; c1's date is only borrowed from b1, so it follows the stories dated that day.
    expect(trailsOf(index(more, ev, moreStories))[0].stops.map((s) => s.claim.id)).toEqual([
      'b1',
      'g1',
      'c1',
      'a1',
      'e1',
      'f1',
    ]);
  });

  test('each stop carries the figure it states, its verdict, its drift and whom it repeats', () => {
    const [b1, c1, a1] = found[0].stops;
    expect(b1.quoted.observation.id).toBe('to-date');
    expect(a1.comparison.status).toBe('consistent');
    expect(a1.drift).toEqual([]);
    expect(b1.drift.map((d) => d.kind)).toEqual(['unit']);
    expect(c1.repeats?.id).toBe('b1');
  });

  test('fewer than two claims make no trail', () => {
    expect(trailsOf(index([claims[0]], evidence.slice(0, 2), stories))).toEqual([]);
  });
});

describe('driftOf', () => {
  const ice = series('ice');
  const fy = observation('full', 'ice');

  test("nothing drifts when unit, period and place are the record's", () => {
    expect(driftOf(claim('x', 's'), { role: 'record', observation: fy, series: ice })).toEqual([]);
  });

  test('unit or subject, period and place each drift in words', () => {
    const drifted = claim('x', 's', {
      unit: 'people released',
      period: 'in 2019',
      period_type: 'range-other',
      period_start: null,
      period_end: null,
      fips: '37119',
      geography: 'Mecklenburg County, NC',
    });
    expect(driftOf(drifted, { role: 'proxy', observation: fy, series: ice })).toEqual([
      { kind: 'unit', text: 'counts people released; the record counts declined detainers' },
      {
        kind: 'period',
        text: "the claim's period, in 2019, has no dates to check; the record covers FY2019 (federal fiscal year, Oct 1, 2018 – Sep 30, 2019)",
      },
      { kind: 'place', text: 'the claim is about Mecklenburg County, NC; the record covers North Carolina' },
    ]);
  });

  test("a claim with no unit drifts from the record's unit", () => {
    expect(driftOf(claim('x', 's', { unit: null }), { role: 'record', observation: fy, series: ice })[0].text).toBe(
      'names no unit; the record counts declined detainers',
    );
  });

  test('undated periods in the same words are not drift', () => {
    const words = {
      period: '2019 (calendar or fiscal not stated)',
      period_type: 'range-other' as const,
      period_start: null,
      period_end: null,
    };
    const undated = observation('u', 'ice', words);
    expect(driftOf(claim('x', 's', words), { role: 'record', observation: undated, series: ice })).toEqual([]);
    expect(
      driftOf(claim('x', 's', { ...words, period: 'in 2019' }), {
        role: 'record',
        observation: undated,
        series: ice,
      }).map((d) => d.kind),
    ).toEqual(['period']);
  });
});
