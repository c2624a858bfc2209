/**
 * A dataset as a compact columnar index, so the dataset table can filter and sort every row without
 * loading the rows as objects. Each column keeps its distinct values once, sorted, and each row's value
 * as a code: the value's rank. Sorting by a column is then sorting by an integer, and a filter tests
 * each distinct value once. A column whose values are all distinct and already in row order (an id)
 * stores no codes. Pure: the build writes the index (scripts/publish-data.ts), the table reads it.
 */
export type Cell = string | number | null;
export type TableRow = Record<string, Cell>;

export interface ColumnIndex {
  name: string;
  /** Distinct values in sort order: numbers ascending, then strings in English collation; null last. */
  values: Cell[];
  /** The value of row i is values[codes[i]]; absent when codes[i] === i for every row. */
  codes?: number[];
}

export interface TableIndex {
  rows: number;
  columns: ColumnIndex[];
}

const collator = new Intl.Collator('en');

/** The table's order of two cells: null after everything, numbers before strings. */
export function compareCells(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(a, b) || (a < b ? -1 : 1);
}

export function buildTableIndex(columns: string[], rows: TableRow[]): TableIndex {
  return {
    rows: rows.length,
    columns: columns.map((name) => {
      const values = [...new Set(rows.map((r) => r[name] ?? null))].sort(compareCells);
      const rank = new Map(values.map((v, i) => [v, i]));
      const codes = rows.map((r) => rank.get(r[name] ?? null)!);
      return codes.every((c, i) => c === i) ? { name, values } : { name, values, codes };
    }),
  };
}

const codeOf = (c: ColumnIndex, row: number) => (c.codes ? c.codes[row] : row);

export function rowAt(index: TableIndex, row: number): TableRow {
  return Object.fromEntries(index.columns.map((c) => [c.name, c.values[codeOf(c, row)]]));
}

/** Rows (in table order) with the needle in any column, case-insensitively; every row for a blank needle. */
export function matchRows(index: TableIndex, needle: string): number[] {
  const n = needle.trim().toLowerCase();
  const all = Array.from({ length: index.rows }, (_, i) => i);
  if (!n) return all;
  const hits = index.columns.map((c) => c.values.map((v) => (v === null ? '' : String(v)).toLowerCase().includes(n)));
  return all.filter((row) => index.columns.some((c, j) => hits[j][codeOf(c, row)]));
}

/** The rows sorted by a column (stable); descending keeps empty cells last, as ascending does. */
export function sortRows(index: TableIndex, rows: number[], column: string, descending: boolean): number[] {
  const c = index.columns.find((x) => x.name === column);
  if (!c) return rows;
  const nullCode = c.values.length && c.values[c.values.length - 1] === null ? c.values.length - 1 : -1;
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = codeOf(c, a);
    const y = codeOf(c, b);
    if (x === y) return a - b;
    if (x === nullCode) return 1;
    if (y === nullCode) return -1;
    return (x - y) * sign;
  });
}
