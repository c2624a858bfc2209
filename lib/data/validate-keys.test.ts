import type { Cell } from './field-value';
import type { Resource } from './schema';
import { KeyChecker, type Tables, validateKeys } from './validate-keys';
import type { TypedRow } from './validate-table';

const resources: Resource[] = [
  { name: 'stories', path: 'stories.csv', schema: { fields: [{ name: 'id', type: 'string' }], primaryKey: 'id' } },
  {
    name: 'claims',
    path: 'claims.csv',
    schema: {
      fields: [{ name: 'id', type: 'string' }, { name: 'story_id', type: 'string' }, { name: 'note', type: 'string' }],
      primaryKey: 'id',
      foreignKeys: [{ fields: 'story_id', reference: { resource: 'stories', fields: 'id' } }],
    },
  },
  {
    name: 'links',
    path: 'links.csv',
    schema: {
      fields: [{ name: 'claim_id', type: 'string' }, { name: 'story_id', type: 'string' }, { name: 'role', type: 'string' }],
      primaryKey: ['claim_id', 'story_id'],
      foreignKeys: [
        { fields: ['claim_id'], reference: { resource: 'claims', fields: ['id'] } },
        { fields: 'story_id', reference: { resource: 'stories', fields: 'id' } },
      ],
    },
  },
];

/** Rows numbered from line 2, like a CSV file under its header. */
const rows = (...values: Array<Record<string, Cell>>): TypedRow[] => values.map((v, i) => ({ line: i + 2, values: v }));
const pathOf = (r: Resource) => `data/${r.path}`;
const run = (tables: Tables, rejected?: Tables) => validateKeys(resources, tables, pathOf, rejected).map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`);

const stories = rows({ id: 's1' }, { id: 's2' });
const claims = rows({ id: 'c1', story_id: 's1', note: null }, { id: 'c2', story_id: 's2', note: null });

describe('validateKeys', () => {
  test('consistent tables have no problems', () => {
    expect(run({ stories, claims, links: rows({ claim_id: 'c1', story_id: 's1', role: 'x' }) })).toEqual([]);
  });

  test('duplicate primary keys are reported at the repeat, naming the first line', () => {
    expect(run({ stories: rows({ id: 's1' }, { id: 's2' }, { id: 's1' }, { id: 's1' }), claims: [], links: [] })).toEqual([
      'data/stories.csv:4:1: duplicate primary key "s1" (first at line 2)',
      'data/stories.csv:5:1: duplicate primary key "s1" (first at line 2)',
    ]);
  });

  test('composite primary keys compare every field', () => {
    const links = rows(
      { claim_id: 'c1', story_id: 's1', role: 'a' },
      { claim_id: 'c1', story_id: 's2', role: 'a' },
      { claim_id: 'c1', story_id: 's1', role: 'b' },
    );
    expect(run({ stories, claims, links })).toEqual(['data/links.csv:4:1: duplicate primary key "c1, s1" (first at line 2)']);
  });

  test('keys are compared exactly: case and spaces matter', () => {
    expect(run({ stories: rows({ id: 's1' }, { id: 'S1' }), claims: rows({ id: 'c1', story_id: 's1 ', note: null }), links: [] })).toEqual([
      'data/claims.csv:2:2: story_id "s1 " not found in stories.id',
    ]);
  });

  test('every dangling foreign key is reported, in every table', () => {
    const badClaims = rows({ id: 'c1', story_id: 'nope', note: null }, { id: 'c2', story_id: 's2', note: null }, { id: 'c3', story_id: 'gone', note: null });
    const links = rows({ claim_id: 'c9', story_id: 's1', role: 'x' }, { claim_id: 'c1', story_id: 's7', role: 'x' });
    expect(run({ stories, claims: badClaims, links })).toEqual([
      'data/claims.csv:2:2: story_id "nope" not found in stories.id',
      'data/claims.csv:4:2: story_id "gone" not found in stories.id',
      'data/links.csv:2:1: claim_id "c9" not found in claims.id',
      'data/links.csv:3:2: story_id "s7" not found in stories.id',
    ]);
  });

  test('an empty foreign key is not checked (required is a field constraint)', () => {
    expect(run({ stories, claims: rows({ id: 'c1', story_id: null, note: null }), links: [] })).toEqual([]);
  });

  test('a foreign key into a table that could not be read is not checked', () => {
    expect(run({ claims: rows({ id: 'c1', story_id: 'anything', note: null }), links: [] })).toEqual([]);
  });

  test('a foreign key into an empty table that was read is dangling', () => {
    expect(run({ stories: [], claims: rows({ id: 'c1', story_id: 's1', note: null }), links: [] })).toEqual([
      'data/claims.csv:2:2: story_id "s1" not found in stories.id',
    ]);
  });

  test('rows rejected for another fault still count as existing targets', () => {
    const rejected = { stories: rows({ id: 's3' }) };
    expect(run({ stories, claims: rows({ id: 'c1', story_id: 's3', note: null }), links: [] }, rejected)).toEqual([]);
    expect(run({ stories, claims: rows({ id: 'c1', story_id: 's4', note: null }), links: [] }, rejected)).toEqual([
      'data/claims.csv:2:2: story_id "s4" not found in stories.id',
    ]);
  });

  test('a reference to an unknown resource points at datapackage.json in the same folder', () => {
    const broken: Resource[] = [{ name: 'a', path: 'a.csv', schema: { fields: [{ name: 'x', type: 'string' }], foreignKeys: [{ fields: 'x', reference: { resource: 'b', fields: 'id' } }] } }];
    expect(validateKeys(broken, { a: [] }, pathOf)).toEqual([{ path: 'data/datapackage.json', line: 1, column: 1, message: 'a: foreign key refers to unknown resource "b"' }]);
  });
});

describe('KeyChecker: tables a row at a time', () => {
  /** Feeds tables in the given order (rejected rows interleaved after the valid ones) and returns the report. */
  const feed = (order: string[], tables: Tables, rejected: Tables = {}, unread: string[] = []) => {
    const checker = new KeyChecker(resources, pathOf);
    for (const name of order) {
      checker.begin(name);
      for (const row of tables[name] ?? []) checker.row(name, row, true);
      for (const row of rejected[name] ?? []) checker.row(name, row, false);
      checker.end(name, !unread.includes(name) && name in tables);
    }
    return checker.finish().map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`);
  };
  const badClaims = rows({ id: 'c1', story_id: 'nope', note: null }, { id: 'c2', story_id: 's2', note: null }, { id: 'c1', story_id: 's1', note: null });
  const links = rows({ claim_id: 'c9', story_id: 's1', role: 'x' }, { claim_id: 'c1', story_id: 's7', role: 'x' }, { claim_id: 'c9', story_id: 's1', role: 'y' });
  const orders = [
    ['stories', 'claims', 'links'],
    ['links', 'claims', 'stories'],
    ['claims', 'links', 'stories'],
    ['stories', 'links', 'claims'],
  ];

  test.each(orders)('the same problems, in the same order, whatever order the tables come in (%s, %s, %s)', (...order) => {
    const tables = { stories, claims: badClaims, links };
    expect(feed(order, tables)).toEqual(run(tables));
    expect(feed(order, tables)).toEqual([
      'data/claims.csv:4:1: duplicate primary key "c1" (first at line 2)',
      'data/links.csv:4:1: duplicate primary key "c9, s1" (first at line 2)',
      'data/claims.csv:2:2: story_id "nope" not found in stories.id',
      'data/links.csv:2:1: claim_id "c9" not found in claims.id',
      'data/links.csv:4:1: claim_id "c9" not found in claims.id',
      'data/links.csv:3:2: story_id "s7" not found in stories.id',
    ]);
  });

  test.each(orders)('a table that turns out unreadable drops its keys and problems (%s, %s, %s)', (...order) => {
    const tables = { stories, claims: badClaims, links };
    expect(feed(order, tables, {}, ['claims'])).toEqual(run({ stories, links }));
    expect(feed(order, tables, {}, ['stories'])).toEqual(run({ claims: badClaims, links }));
  });

  test.each(orders)('rejected rows count as targets in any order (%s, %s, %s)', (...order) => {
    const rejected = { stories: rows({ id: 's7' }), claims: rows({ id: 'c9', story_id: 's1', note: null }) };
    expect(feed(order, { stories, claims: badClaims, links }, rejected)).toEqual(run({ stories, claims: badClaims, links }, rejected));
  });

  test('keys keep types apart, as JSON does: 1 is not "1", and an absent value is null', () => {
    const typed: Resource[] = [
      { name: 'a', path: 'a.csv', schema: { fields: [{ name: 'id', type: 'string' }], primaryKey: 'id' } },
      { name: 'b', path: 'b.csv', schema: { fields: [{ name: 'a_id', type: 'integer' }], foreignKeys: [{ fields: 'a_id', reference: { resource: 'a', fields: 'id' } }] } },
    ];
    const problems = validateKeys(typed, { a: rows({ id: '1' }, { id: 1 }, { id: '1' }, {}, { id: null }), b: rows({ a_id: 1 }, { a_id: 2 }, {}) }, pathOf);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '4: duplicate primary key "1" (first at line 2)',
      '6: duplicate primary key "" (first at line 5)',
      '3: a_id "2" not found in a.id',
    ]);
  });

  test('a foreign key of another length than the key it points at matches nothing', () => {
    const mismatched: Resource[] = [
      { name: 'a', path: 'a.csv', schema: { fields: [{ name: 'x', type: 'string' }, { name: 'y', type: 'string' }] } },
      { name: 'b', path: 'b.csv', schema: { fields: [{ name: 'x', type: 'string' }], foreignKeys: [{ fields: 'x', reference: { resource: 'a', fields: ['x', 'y'] } }] } },
    ];
    expect(validateKeys(mismatched, { a: rows({ x: '["p","q"]', y: 'q' }, { x: 'p', y: 'q' }), b: rows({ x: '["p","q"]' }, { x: 'p' }) }, pathOf).map((p) => p.message)).toEqual([
      'x "["p","q"]" not found in a.x, y',
      'x "p" not found in a.x, y',
    ]);
  });

  test('a table may point at itself', () => {
    const tree: Resource[] = [
      { name: 'n', path: 'n.csv', schema: { fields: [{ name: 'id', type: 'string' }, { name: 'parent', type: 'string' }], primaryKey: 'id', foreignKeys: [{ fields: 'parent', reference: { resource: 'n', fields: 'id' } }] } },
    ];
    const nodes = rows({ id: 'leaf', parent: 'root' }, { id: 'root', parent: null }, { id: 'stray', parent: 'nowhere-at-all-long-name' });
    expect(validateKeys(tree, { n: nodes }, pathOf).map((p) => `${p.line}: ${p.message}`)).toEqual(['4: parent "nowhere-at-all-long-name" not found in n.id']);
  });
});
