import { readCsv } from './read-csv';
import type { Field, Resource } from './schema';
import { validateTable, valuesMaker } from './validate-table';

const fields: Field[] = [
  { name: 'id', type: 'string', constraints: { required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
  { name: 'count', type: 'integer', constraints: { required: true, minimum: 0 } },
  { name: 'share', type: 'number', constraints: { maximum: 100 } },
  { name: 'date', type: 'date' },
  { name: 'kind', type: 'string', constraints: { required: true, enum: ['a', 'b'] } },
];
const resource: Resource = { name: 'things', path: 'things.csv', schema: { fields, primaryKey: 'id' } };
const HEADER = 'id,count,share,date,kind';

const check = (text: string) => validateTable('things.csv', resource, readCsv('things.csv', new TextEncoder().encode(text)));
const located = (text: string) => check(text).problems.map((p) => `${p.line}:${p.column}: ${p.message}`);

describe('validateTable: header', () => {
  test('a matching header and good rows give typed values and no problems', () => {
    const result = check(`${HEADER}\nx-1,3,12.5,2019-11-03,a\nx-2,0,,,b\n`);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, values: { id: 'x-1', count: 3, share: 12.5, date: '2019-11-03', kind: 'a' } },
      { line: 3, values: { id: 'x-2', count: 0, share: null, date: null, kind: 'b' } },
    ]);
    expect(result.rejected).toEqual([]);
  });

  test.each([
    [';', 'id;count;share;date;kind\nx;1;2;2019-01-01;a\n', '";"'],
    ['tab', 'id\tcount\tshare\tdate\tkind\nx\t1\t2\t2019-01-01\ta\n', '"\\t"'],
    ['|', 'id|count|share|date|kind\n', '"|"'],
  ])('a header separated by %s is named as such, once', (_name, text, shown) => {
    expect(located(text)).toEqual([`1:1: header is separated by ${shown}; use commas`]);
  });

  test('a renamed column is reported at its column', () => {
    expect(located('id,count,percent,date,kind\nx,1,2,,a\n')).toEqual(['1:3: header column "percent" does not match datapackage.json, which expects "share"']);
  });

  test('a missing column is reported', () => {
    expect(located('id,count,share,date\nx,1,2,\n')).toEqual(['1:5: header is missing column "kind" (datapackage.json lists 5 fields)']);
  });

  test('an extra column is reported', () => {
    expect(located(`${HEADER},note\nx,1,2,,a,n\n`)).toEqual(['1:6: header has an extra column "note" not in datapackage.json']);
  });

  test('columns in the wrong order: every misplaced column is reported', () => {
    expect(located('count,id,share,date,kind\n1,x,2,,a\n')).toEqual([
      '1:1: header column "count" does not match datapackage.json, which expects "id"',
      '1:2: header column "id" does not match datapackage.json, which expects "count"',
    ]);
  });

  test('header names are not trimmed or case-folded', () => {
    expect(located('id, count,share,date,Kind\n')).toHaveLength(2);
  });

  test('with a bad header no rows are checked or returned, and rejected is undefined', () => {
    const result = check('id,count\nx,notanumber\n');
    expect(result.rows).toEqual([]);
    expect(result.rejected).toBeUndefined();
    expect(result.problems).toHaveLength(3);
  });

  test('a header with no rows is reported on line 2', () => {
    const result = check(`${HEADER}\n`);
    expect(located(`${HEADER}\n`)).toEqual(['2:1: file has a header but no rows']);
    expect(result.rejected).toEqual([]);
  });
});

describe('validateTable: rows', () => {
  test('every bad cell in every row is reported, not just the first', () => {
    const text = [
      HEADER,
      'Bad_Id,1,2,2019-01-01,a', // 2: id pattern
      'ok-1,1,000,2019-01-01,c', // 3: share "000" (leading zeros), kind not in the enum
      'ok-2,-1,101,11/03/2019,a', // 4: count below 0, share above 100, date format
      'ok-3,5OO,12%,2019-02-30,', // 5: four problems
    ].join('\n');
    expect(located(text)).toEqual([
      '2:1: value "Bad_Id" does not match the pattern for id',
      '3:3: value "000" is not a number (plain digits, no separators)',
      '3:5: value "c" is not one of: a, b',
      '4:2: count -1 is below the minimum 0',
      '4:3: share 101 is above the maximum 100',
      '4:4: value "11/03/2019" is not an ISO 8601 date (YYYY-MM-DD)',
      '5:2: value "5OO" is not a whole number',
      '5:3: value "12%" is not a number (plain digits, no separators)',
      '5:4: value "2019-02-30" is not an ISO 8601 date (YYYY-MM-DD)',
      '5:5: kind is required',
    ]);
  });

  test('nothing is coerced: "1,000", " 12", "NaN", "12%" and "5OO" are all errors', () => {
    const text = [HEADER, 'a,"1,000",1,,a', 'b, 12,1,,a', 'c,1,NaN,,a', 'd,1,12%,,a', 'e,5OO,1,,a'].join('\n');
    const result = check(text);
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([[2, 2], [3, 2], [4, 3], [5, 3], [6, 2]]);
    expect(result.rows).toEqual([]);
  });

  test('rows with a bad cell are left out of rows but kept in rejected, with the raw text', () => {
    const result = check(`${HEADER}\ngood,1,,,a\nbad,x,,,a\n`);
    expect(result.rows.map((r) => r.values.id)).toEqual(['good']);
    expect(result.rejected).toEqual([{ line: 3, values: { id: 'bad', count: 'x', share: null, date: null, kind: 'a' } }]);
  });

  test('a row with too few columns names the first missing one', () => {
    expect(located(`${HEADER}\nx,1,2\n`)).toEqual(['2:4: row has 3 columns, expected 5 (missing "date")']);
  });

  test('a row with too many columns shows the first extra value', () => {
    expect(located(`${HEADER}\nx,1,2,,a,surplus,more\n`)).toEqual(['2:6: row has 7 columns, expected 5 (extra value "surplus")']);
  });

  test('a row with the wrong number of columns is kept in rejected by position', () => {
    expect(check(`${HEADER}\nx,1\n`).rejected).toEqual([{ line: 2, values: { id: 'x', count: '1', share: null, date: null, kind: null } }]);
  });

  test('blank lines are reported where they are', () => {
    expect(located(`${HEADER}\nx,1,,,a\n\ny,2,,,b\n\n`)).toEqual(['3:1: blank line', '5:1: blank line']);
  });

  test('a problem in a row after a multi-line quoted field has the right line', () => {
    const schema: Resource = {
      name: 'notes',
      path: 'notes.csv',
      schema: { fields: [{ name: 'id', type: 'string' }, { name: 'text', type: 'string' }, { name: 'n', type: 'number' }] },
    };
    const text = 'id,text,n\na,"one\ntwo\nthree",1\nb,"four\nfive",x\nc,six,2\nd,seven,y\n';
    const result = validateTable('notes.csv', schema, readCsv('notes.csv', new TextEncoder().encode(text)));
    expect(result.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['5:3', '8:3']);
    expect(result.rows.map((r) => r.line)).toEqual([2, 7]);
  });

  test('the problem path is the one passed in', () => {
    const result = validateTable('data/things.csv', resource, readCsv('x', new TextEncoder().encode(`${HEADER}\nx,y,,,a\n`)));
    expect(result.problems[0].path).toBe('data/things.csv');
  });
});

describe('valuesMaker', () => {
  it('names each cell by its field, for any field names, __proto__ included', () => {
    const names = ['id', 'a "quoted" name', "it's", 'back\\slash', 'new\nline', '__proto__', 'constructor'];
    const values = valuesMaker(names)(['x', 1, null, 'b', 'n', 'p', 'c']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.entries(values)).toEqual([['id', 'x'], ['a "quoted" name', 1], ["it's", null], ['back\\slash', 'b'], ['new\nline', 'n'], ['__proto__', 'p'], ['constructor', 'c']]);
    expect(valuesMaker(['id', 'value'])(['a', 2])).toEqual({ id: 'a', value: 2 });
  });
});
