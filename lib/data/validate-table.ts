import type { Problem } from './problem';
import type { CsvTable } from './read-csv';
import { type Cell, parseField } from './field-value';
import type { Resource } from './schema';

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

/** Checks the header against the Table Schema, then every cell; returns typed rows and all problems. */
export function validateTable(path: string, resource: Resource, table: CsvTable): TableResult {
  const problems: Problem[] = [];
  const fields = resource.schema.fields;
  const expected = fields.map((f) => f.name);
  const header = table.header;

  if (header.length === 1 && expected.length > 1) {
    const sep = [';', '\t', '|'].find((s) => header[0].includes(s));
    if (sep) {
      problems.push({ path, line: 1, column: 1, message: `header is separated by ${JSON.stringify(sep)}; use commas` });
      return { rows: [], problems };
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
  if (!headerOk) return { rows: [], problems };
  if (table.rows.length === 0) {
    problems.push({ path, line: 2, column: 1, message: 'file has a header but no rows' });
    return { rows: [], rejected: [], problems };
  }

  const rows: TypedRow[] = [];
  const rejected: TypedRow[] = [];
  for (const row of table.rows) {
    const { cells, line } = row;
    if (cells.length === 1 && cells[0] === '') {
      problems.push({ path, line, column: 1, message: 'blank line' });
      continue;
    }
    if (cells.length !== fields.length) {
      const message = cells.length < fields.length
        ? `row has ${cells.length} columns, expected ${fields.length} (missing "${fields[cells.length].name}")`
        : `row has ${cells.length} columns, expected ${fields.length} (extra value "${cells[fields.length].slice(0, 40)}")`;
      problems.push({ path, line, column: Math.min(cells.length, fields.length) + 1, message });
      rejected.push({ line, values: Object.fromEntries(fields.map((f, i) => [f.name, cells[i] ?? null])) });
      continue;
    }
    const values: Record<string, Cell> = {};
    let ok = true;
    fields.forEach((field, i) => {
      const parsed = parseField(field, cells[i]);
      if ('error' in parsed) {
        ok = false;
        problems.push({ path, line, column: i + 1, message: parsed.error });
        values[field.name] = cells[i];
      } else {
        values[field.name] = parsed.value;
      }
    });
    (ok ? rows : rejected).push({ line, values });
  }
  return { rows, rejected, problems };
}
