import type { Problem } from './problem';
import type { CsvRow, CsvTable } from './read-csv';
import { type Cell, cellParser, type FieldError } from './field-value';
import type { Field, Resource } from './schema';

export interface TypedRow {
  line: number;
  values: Record<string, Cell>;
}

export interface TableResult {
  /** Rows whose every cell is valid. */
  rows: TypedRow[];
  /**
   * Rows with a bad cell, kept (bad cells as their raw text) only so that foreign keys pointing at
   * them are not reported as missing: the bad cell is the one problem. Undefined when the header is wrong.
   */
  rejected?: TypedRow[];
  problems: Problem[];
}

/**
 * Checks a table against its Table Schema a row at a time: header() first, then row() for each
 * row as it is read, then end(). Problems collect in `problems`, in file order.
 */
export class TableValidator {
  readonly problems: Problem[] = [];
  /** Whether the header matched; rows are only checked after a matching header. */
  headerOk = false;
  private readonly fields: Field[];
  private readonly names: string[];
  private readonly parsers: Array<(raw: string) => Cell | FieldError>;
  private readonly valuesOf: (cells: Cell[]) => Record<string, Cell>;
  /** The row being checked, cell by cell; reused, as valuesOf copies it. */
  private readonly scratch: Cell[];
  private rows = 0;

  constructor(private readonly path: string, resource: Resource) {
    this.fields = resource.schema.fields;
    this.names = this.fields.map((f) => f.name);
    this.parsers = this.fields.map(cellParser);
    this.valuesOf = valuesMaker(this.names);
    this.scratch = new Array<Cell>(this.names.length).fill(null);
  }

  /** Checks the header; false when it does not match, and then the table is not read at all. */
  header(header: string[]): boolean {
    const { path, problems, names: expected } = this;
    if (header.length === 1 && expected.length > 1) {
      const sep = [';', '\t', '|'].find((s) => header[0].includes(s));
      if (sep) {
        problems.push({ path, line: 1, column: 1, message: `header is separated by ${JSON.stringify(sep)}; use commas` });
        return false;
      }
    }
    let headerOk = header.length === expected.length;
    for (let i = 0; i < Math.max(header.length, expected.length); i++) {
      if (header[i] !== expected[i]) {
        headerOk = false;
        const message = header[i] === undefined
          ? `header is missing column "${expected[i]}" (datapackage.json lists ${expected.length} fields)`
          : expected[i] === undefined
            ? `header has an extra column "${header[i]}" not in datapackage.json`
            : `header column "${header[i]}" does not match datapackage.json, which expects "${expected[i]}"`;
        problems.push({ path, line: 1, column: i + 1, message });
      }
    }
    this.headerOk = headerOk;
    return headerOk;
  }

  /**
   * Checks one row: its typed values and whether every cell is valid (a row with a bad cell keeps
   * the bad cells as their raw text), or undefined for a blank line.
   */
  row({ cells, line }: CsvRow): { row: TypedRow; ok: boolean } | undefined {
    const { path, fields, problems } = this;
    this.rows++;
    if (cells.length === 1 && cells[0] === '') {
      problems.push({ path, line, column: 1, message: 'blank line' });
      return undefined;
    }
    if (cells.length !== fields.length) {
      const message = cells.length < fields.length
        ? `row has ${cells.length} columns, expected ${fields.length} (missing "${fields[cells.length].name}")`
        : `row has ${cells.length} columns, expected ${fields.length} (extra value "${cells[fields.length].slice(0, 40)}")`;
      problems.push({ path, line, column: Math.min(cells.length, fields.length) + 1, message });
      return { row: { line, values: Object.fromEntries(fields.map((f, i) => [f.name, cells[i] ?? null])) }, ok: false };
    }
    const { parsers, scratch } = this;
    let ok = true;
    for (let i = 0; i < parsers.length; i++) {
      const parsed = parsers[i](cells[i]);
      // A cell is a string, a number or null; a FieldError is the only object.
      if (typeof parsed === 'object' && parsed !== null) {
        ok = false;
        problems.push({ path, line, column: i + 1, message: parsed.error });
        scratch[i] = cells[i];
      } else {
        scratch[i] = parsed;
      }
    }
    return { row: { line, values: this.valuesOf(scratch) }, ok };
  }

  /** After the last row: a header with no rows under it is a problem. */
  end(): void {
    if (this.headerOk && this.rows === 0) this.problems.push({ path: this.path, line: 2, column: 1, message: 'file has a header but no rows' });
  }
}

/**
 * A function that turns a row's cells (in field order) into its values by field name. For a large
 * table this is most of what checking a row costs, so the object is made in one step by an object
 * literal compiled for the schema's field names (JSON-quoted), with every field laid out from the
 * start, instead of being grown a field at a time (which took as long as reading the CSV). A field
 * named __proto__ would set the literal's prototype instead, so such a schema gets the plain loop.
 */
export function valuesMaker(names: string[]): (cells: Cell[]) => Record<string, Cell> {
  if (names.includes('__proto__')) {
    return (cells) => {
      const values: Record<string, Cell> = {};
      names.forEach((n, i) => Object.defineProperty(values, n, { value: cells[i], writable: true, enumerable: true, configurable: true }));
      return values;
    };
  }
  // Field names are data, quoted by JSON.stringify; Node only (lib/data never runs in a page, where the CSP would refuse it).
  return new Function('c', `return {${names.map((n, i) => `${JSON.stringify(n)}: c[${i}]`).join(', ')}};`) as (cells: Cell[]) => Record<string, Cell>;
}

/** Checks the header against the Table Schema, then every cell; returns typed rows and all problems. */
export function validateTable(path: string, resource: Resource, table: CsvTable): TableResult {
  const validator = new TableValidator(path, resource);
  if (!validator.header(table.header)) return { rows: [], problems: validator.problems };
  const rows: TypedRow[] = [];
  const rejected: TypedRow[] = [];
  for (const csvRow of table.rows) {
    const checked = validator.row(csvRow);
    if (checked) (checked.ok ? rows : rejected).push(checked.row);
  }
  validator.end();
  return { rows, rejected, problems: validator.problems };
}
