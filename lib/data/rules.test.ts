import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDescriptor } from './descriptor';
import type { Cell } from './field-value';
import { RuleChecker, validateRules } from './rules';
import type { Resource } from './schema';
import type { Tables } from './validate-keys';
import type { TypedRow } from './validate-table';

// The real schema, so rules see the real column positions.
const descriptorPath = join(__dirname, '..', '..', 'data', 'datapackage.json');
const { pkg } = parseDescriptor(descriptorPath, readFileSync(descriptorPath, 'utf8'));
const resources: Resource[] = pkg!.resources;

type Values = Record<string, Cell>;
const row = (values: Values, line = 2): TypedRow => ({ line, values });

const unit = (id: string, minimum: number | null, maximum: number | null): Values => ({ id, kind: 'count', minimum, maximum, description: 'd' });
const series = (id: string, unitId: string): Values => ({ id, unit: unitId });
const observation = (over: Values = {}): Values => ({
  id: 'o1',
  series_id: 'count-series',
  period_type: 'federal-fy',
  period_start: '2018-10-01',
  period_end: '2019-09-30',
  value: 563,
  unit: 'people',
  ...over,
});
const claim = (over: Values = {}): Values => ({
  id: 'c1',
  qualifier: 'exact',
  value: 500,
  low: null,
  high: null,
  period: 'not stated',
  period_type: null,
  period_start: null,
  period_end: null,
  repeats: null,
  period_rule: null,
  disagrees_with: null,
  comparability: 'proxy',
  ...over,
});

const baseTables = (): Tables => ({
  units: [row(unit('people', 0, null)), row(unit('percent', 0, 100), 3), row(unit('percent change', null, null), 4)],
  series: [row(series('count-series', 'people')), row(series('share-series', 'percent'), 3)],
  observations: [],
  claims: [],
  claim_evidence: [],
});

const run = (tables: Partial<Tables>) =>
  validateRules(resources, { ...baseTables(), ...tables } as Tables, (r) => r.path).map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`);
const observations = (...values: Values[]) => ({ observations: values.map((v, i) => row(v, i + 2)) });
const claims = (...values: Values[]) => ({ claims: values.map((v, i) => row(v, i + 2)) });

describe('validateRules: units', () => {
  test('a valid observation passes', () => {
    expect(run(observations(observation()))).toEqual([]);
  });

  test("an observation's unit must equal its series' unit", () => {
    expect(run(observations(observation({ unit: 'percent', value: 5 })))).toEqual([
      `observations.csv:2:12: unit "percent" differs from its series' unit "people"`,
    ]);
  });

  test('values below the unit minimum are rejected (negative count)', () => {
    expect(run(observations(observation({ value: -1 })))).toEqual(['observations.csv:2:10: value -1 is below 0, the least a "people" value can be']);
  });

  test('values above the unit maximum are rejected (percent over 100)', () => {
    const share = observation({ series_id: 'share-series', unit: 'percent', value: 100.1, period_type: 'calendar', period_start: '2019-01-01', period_end: '2019-12-31' });
    expect(run(observations(share))).toEqual(['observations.csv:2:10: value 100.1 is above 100, the most a "percent" value can be']);
    expect(run(observations({ ...share, value: 100 }))).toEqual([]);
    expect(run(observations({ ...share, value: 0 }))).toEqual([]);
  });

  test('a unit without bounds takes any value', () => {
    const change = observation({ series_id: 'change-series', unit: 'percent change', value: -250 });
    expect(run({ ...observations(change), series: [row(series('change-series', 'percent change'))] })).toEqual([]);
  });
});

describe('validateRules: periods', () => {
  test.each([
    ['federal-fy', '2018-10-01', '2019-09-30'],
    ['state-fy', '2018-07-01', '2019-06-30'],
    ['calendar', '2019-01-01', '2019-12-31'],
  ])('a %s year from %s to %s is valid', (period_type, period_start, period_end) => {
    expect(run(observations(observation({ period_type, period_start, period_end })))).toEqual([]);
  });

  test.each([
    ['federal-fy', '2019-01-01', '2019-12-31', '10-01 to 09-30'],
    ['federal-fy', '2018-10-01', '2020-09-30', '10-01 to 09-30'],
    ['federal-fy', '2018-10-01', '2019-09-29', '10-01 to 09-30'],
    ['state-fy', '2018-10-01', '2019-09-30', '07-01 to 06-30'],
    ['calendar', '2018-10-01', '2019-09-30', '01-01 to 12-31'],
    ['calendar', '2019-01-01', '2020-12-31', '01-01 to 12-31'],
  ])('a %s period from %s to %s is rejected', (period_type, period_start, period_end, span) => {
    expect(run(observations(observation({ period_type, period_start, period_end })))).toEqual([
      `observations.csv:2:6: period ${period_start} to ${period_end} is not a ${period_type} year (${span})`,
    ]);
  });

  test('a fiscal or calendar year needs both dates', () => {
    expect(run(observations(observation({ period_end: null })))).toEqual(['observations.csv:2:7: a federal-fy period needs both period_start and period_end']);
    expect(run(observations(observation({ period_start: null })))).toEqual(['observations.csv:2:6: a federal-fy period needs both period_start and period_end']);
  });

  test('an end before the start is rejected for any period type', () => {
    expect(run(observations(observation({ period_type: 'range-other', period_start: '2019-05-01', period_end: '2019-04-30' })))).toEqual([
      'observations.csv:2:7: period_end 2019-04-30 is before period_start 2019-05-01',
    ]);
  });

  test('cohort and range-other periods are free, and may be open-ended', () => {
    expect(run(observations(observation({ period_type: 'cohort', period_start: '2005-01-01', period_end: '2005-12-31' })))).toEqual([]);
    expect(run(observations(observation({ period_type: 'range-other', period_start: '2018-10-01', period_end: null })))).toEqual([]);
    expect(run(observations(observation({ period_type: 'cohort', period_start: null, period_end: null })))).toEqual([]);
  });

  test('a point in time starts and ends on the same day', () => {
    expect(run(observations(observation({ period_type: 'point-in-time', period_start: '2019-12-31', period_end: '2019-12-31' })))).toEqual([]);
    expect(run(observations(observation({ period_type: 'point-in-time', period_start: '2019-12-30', period_end: '2019-12-31' })))).toEqual([
      'observations.csv:2:7: a point-in-time period starts and ends on the same day',
    ]);
  });

  test('every observation is checked, not just the first', () => {
    const problems = run(observations(observation({ id: 'a', value: -1 }), observation({ id: 'b' }), observation({ id: 'c', period_start: '2019-01-01', period_end: '2019-12-31' })));
    expect(problems.map((p) => p.split(': ')[0])).toEqual(['observations.csv:2:10', 'observations.csv:4:6']);
  });
});

describe('validateRules: claim bounds', () => {
  test.each<[string, Values]>([
    ['exact', { value: 500 }],
    ['about', { value: 500 }],
    ['average', { value: 12.5 }],
    ['more-than', { value: 500, low: 500 }],
    ['more-than', { low: 500 }],
    ['at-least', { low: 500 }],
    ['up-to', { value: 80, high: 80 }],
    ['nearly', { high: 500 }],
    ['range', { low: 40, high: 80 }],
    ['range', { low: 40, high: 40 }],
    ['none', {}],
  ])('%s with %j is valid', (qualifier, bounds) => {
    expect(run(claims(claim({ qualifier, value: null, low: null, high: null, ...bounds })))).toEqual([]);
  });

  test.each<[string, Values, string[]]>([
    ['exact', {}, ['2:7: a "exact" claim needs value']],
    ['about', { low: 5 }, ['2:7: a "about" claim needs value']],
    ['average', {}, ['2:7: a "average" claim needs value']],
    ['more-than', { value: 500 }, ['2:8: a "more-than" claim needs low']],
    ['more-than', { value: 500, high: 500 }, ['2:8: a "more-than" claim needs low', '2:9: a "more-than" claim leaves high empty']],
    ['at-least', { low: 5, high: 9 }, ['2:9: a "at-least" claim leaves high empty']],
    ['up-to', { low: 80 }, ['2:9: a "up-to" claim needs high', '2:8: a "up-to" claim leaves low empty']],
    ['nearly', { value: 500 }, ['2:9: a "nearly" claim needs high']],
    ['range', { low: 40 }, ['2:9: a "range" claim needs high']],
    ['range', { value: 60, low: 40, high: 80 }, ['2:7: a "range" claim leaves value empty']],
    ['range', { low: 80, high: 40 }, ['2:8: low 80 is greater than high 40']],
    ['none', { value: 3 }, ['2:7: a "none" claim leaves value empty']],
    ['none', { low: 1, high: 2 }, ['2:8: a "none" claim leaves low empty', '2:9: a "none" claim leaves high empty']],
  ])('%s with %j is rejected', (qualifier, bounds, expected) => {
    expect(run(claims(claim({ qualifier, value: null, low: null, high: null, ...bounds })))).toEqual(expected.map((e) => `claims.csv:${e}`));
  });
});

describe('validateRules: claim periods, checked as observation periods are', () => {
  const fy = { period: 'FY2019', period_type: 'federal-fy', period_start: '2018-10-01', period_end: '2019-09-30' };

  test('a stated period with its type and dates, or none at all, is valid', () => {
    expect(run(claims(claim(fy)))).toEqual([]);
    expect(run(claims(claim()))).toEqual([]);
    expect(run(claims(claim({ period: 'since October 2018', period_type: 'range-other', period_start: '2018-10-01' })))).toEqual([]);
    expect(run(claims(claim({ period: '2019 (calendar or fiscal not stated)', period_type: 'range-other' })))).toEqual([]);
  });

  test.each<[Values, string]>([
    [{ period_start: '2019-01-01', period_end: '2019-12-31' }, '2:16: period 2019-01-01 to 2019-12-31 is not a federal-fy year (10-01 to 09-30)'],
    [{ period_end: null }, '2:17: a federal-fy period needs both period_start and period_end'],
    [{ period_type: 'range-other', period_start: '2019-05-01', period_end: '2019-04-30' }, '2:17: period_end 2019-04-30 is before period_start 2019-05-01'],
    [{ period_type: 'point-in-time', period_start: '2019-05-01', period_end: '2019-05-02' }, '2:17: a point-in-time period starts and ends on the same day'],
  ])('%j is rejected', (over, expected) => {
    expect(run(claims(claim({ ...fy, ...over })))).toEqual([`claims.csv:${expected}`]);
  });

  test('dates need a period type', () => {
    expect(run(claims(claim({ period_start: '2018-10-01' })))).toEqual(['claims.csv:2:16: a period with dates needs a period_type']);
  });

  test('the period words and the period type agree on whether a period is stated', () => {
    expect(run(claims(claim({ ...fy, period_type: null, period_start: null, period_end: null })))).toEqual([
      'claims.csv:2:15: period_type is empty: give the type of the period the claim states, or write period as "not stated"',
    ]);
    expect(run(claims(claim({ ...fy, period: 'not stated' })))).toEqual(['claims.csv:2:15: period is "not stated", so period_type must be empty, not federal-fy']);
  });

  test('a claim cannot repeat itself', () => {
    expect(run(claims(claim({ repeats: 'c1' })))).toEqual(['claims.csv:2:20: a claim cannot repeat itself']);
    expect(run(claims(claim({ repeats: 'c0' })))).toEqual([]);
  });
});

describe('validateRules: evidence roles and ids', () => {
  const evidence = (...values: Values[]) => ({ claim_evidence: values.map((v, i) => row(v, i + 2)) });

  test('a same-measure claim needs a record figure', () => {
    expect(run({ ...claims(claim({ comparability: 'same-measure' })), ...evidence({ claim_id: 'c1', observation_id: 'o1', role: 'context' }) })).toEqual([
      'claims.csv:2:18: comparability is same-measure but no claim_evidence row has role "record" for this claim',
    ]);
    expect(run({ ...claims(claim({ comparability: 'same-measure' })), ...evidence({ claim_id: 'c1', observation_id: 'o1', role: 'record' }) })).toEqual([]);
  });

  test('the same-measure check is skipped when claim_evidence could not be read', () => {
    const tables = { ...baseTables(), ...claims(claim({ comparability: 'same-measure' })) } as Partial<Tables>;
    delete tables.claim_evidence;
    expect(validateRules(resources, tables as Tables, (r) => r.path)).toEqual([]);
  });

  test.each(['proxy', 'none'])('a record figure needs a same-measure claim, not %s', (comparability) => {
    expect(run({ ...claims(claim({ comparability })), ...evidence({ claim_id: 'c1', observation_id: 'o1', role: 'record' }) })).toEqual([
      `claim_evidence.csv:2:3: role "record" needs a claim whose comparability is same-measure, not ${comparability}`,
    ]);
  });

  test('claim ids and series ids share the /charts namespace', () => {
    expect(run(claims(claim({ id: 'count-series' })))).toEqual(['claims.csv:2:1: id "count-series" is also a series id; chart ids must be unique']);
  });
});

describe('RuleChecker: tables a row at a time', () => {
  const tables = (): Tables => ({
    ...baseTables(),
    observations: [
      row(observation({ unit: 'percent', value: 5 }), 2),
      row(observation({ value: -1 }), 3),
      row(observation({ series_id: 'share-series', unit: 'percent', value: 141, period_type: 'calendar', period_start: '2019-01-01', period_end: '2019-12-31' }), 4),
      row(observation({ period_end: null }), 5),
    ],
    claims: [row(claim({ id: 'count-series', comparability: 'same-measure' }), 2), row(claim({ id: 'c2', qualifier: 'range', value: 3 }), 3)],
    claim_evidence: [row({ claim_id: 'c2', observation_id: 'o1', role: 'record' }, 2)],
  });
  const feed = (order: string[], unread: string[] = []) => {
    const all = tables();
    const checker = new RuleChecker(resources, (r) => r.path);
    for (const name of order) {
      checker.begin(name);
      for (const r of all[name]) checker.row(name, r);
      checker.end(name, !unread.includes(name));
    }
    return checker.finish();
  };
  const orders = [
    ['units', 'series', 'observations', 'claims', 'claim_evidence'],
    ['observations', 'claim_evidence', 'claims', 'series', 'units'],
    ['series', 'observations', 'units', 'claims', 'claim_evidence'],
  ];

  test.each(orders)('the same problems, in the same order, whatever order the tables come in (%s first)', (...order) => {
    expect(feed(order)).toEqual(validateRules(resources, tables(), (r) => r.path));
    expect(feed(order)).toHaveLength(10);
  });

  test.each(orders)('a table that turns out unreadable is left out, as if it had not been read (%s first)', (...order) => {
    for (const name of ['units', 'series', 'observations', 'claims', 'claim_evidence']) {
      const read = tables();
      delete read[name];
      expect([name, feed(order, [name])]).toEqual([name, validateRules(resources, read, (r) => r.path)]);
    }
  });
});

describe('validateRules: period_rule, recomputed from the story date and nc_law_events', () => {
  const story = { stories: [row({ id: 's1', date: '2019-11-03' })] };
  const ruled = (over: Values) => claim({ story_id: 's1', period: 'since the law', period_type: 'range-other', period_start: '2019-08-21', period_end: '2019-11-03', period_rule: 'since:hb370', ...over });

  test('a since:<event id> rule reads the event date from nc_law_events when the package has it', () => {
    const events = { nc_law_events: [row({ id: 'hb370', date: '2019-08-21' })] };
    expect(run({ ...story, ...events, ...claims(ruled({})) })).toEqual([]);
    expect(run({ ...story, ...events, ...claims(ruled({ period_start: '2019-08-20' })) })).toEqual([
      'claims.csv:2:16: period_rule "since:hb370" on the story\'s date 2019-11-03 gives range-other 2019-08-21 to 2019-11-03; the claim has range-other 2019-08-20 2019-11-03',
    ]);
  });

  test('without nc_law_events every since:<event id> is an unknown event', () => {
    expect(run({ ...story, ...claims(ruled({})) })).toEqual(['claims.csv:2:21: period_rule "since:hb370": unknown event "hb370" (not an id in nc_law_events.csv)']);
  });

  test('a rule on an undated story is refused', () => {
    expect(run({ stories: [row({ id: 's1', date: null })], ...claims(ruled({ period_rule: 'this-federal-fy' })) })).toEqual([
      'claims.csv:2:21: period_rule "this-federal-fy" needs the story\'s date, and the story has none',
    ]);
  });
});
