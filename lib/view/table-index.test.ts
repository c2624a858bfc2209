import { buildTableIndex, compareCells, matchRows, rowAt, sortRows, type TableRow } from './table-index';

const ROWS: TableRow[] = [
  { id: 1, county: 'Wake', cases: 10 },
  { id: 2, county: 'Mecklenburg', cases: null },
  { id: 3, county: 'mecklenburg', cases: 5 },
  { id: 4, county: null, cases: 10 },
];
const index = buildTableIndex(['id', 'county', 'cases'], ROWS);

describe('buildTableIndex', () => {
  it('keeps each distinct value once, sorted, nulls last, and gives rows back unchanged', () => {
    expect(index.columns[2].values).toEqual([5, 10, null]);
    expect(ROWS.map((_, i) => rowAt(index, i))).toEqual(ROWS);
  });
  it('stores no codes for a column already distinct and in row order', () => {
    expect(index.columns[0].codes).toBeUndefined();
    expect(index.columns[1].codes).toHaveLength(4);
  });
  it('survives a JSON round trip', () => {
    const back = JSON.parse(JSON.stringify(index));
    expect(ROWS.map((_, i) => rowAt(back, i))).toEqual(ROWS);
  });
});

describe('matchRows and sortRows', () => {
  it('filters every row case-insensitively in any column', () => {
    expect(matchRows(index, 'MECKLEN')).toEqual([1, 2]);
    expect(matchRows(index, '10')).toEqual([0, 3]);
    expect(matchRows(index, '  ')).toEqual([0, 1, 2, 3]);
    expect(matchRows(index, 'nothing')).toEqual([]);
  });
  it('sorts stably either way with empty cells last', () => {
    expect(sortRows(index, [0, 1, 2, 3], 'cases', false)).toEqual([2, 0, 3, 1]);
    expect(sortRows(index, [0, 1, 2, 3], 'cases', true)).toEqual([0, 3, 2, 1]);
    expect(sortRows(index, [0, 1, 2, 3], 'county', true).at(-1)).toBe(3);
    expect(sortRows(index, [2, 0], 'no-such-column', false)).toEqual([2, 0]);
  });
  it('orders numbers before strings and null after both', () => {
    expect([null, 'b', 2, 'a', 1].sort(compareCells)).toEqual([1, 2, 'a', 'b', null]);
  });
});
