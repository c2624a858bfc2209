import { dirname, join } from 'node:path';
import type { Problem } from './problem';
import { asList, type Resource } from './schema';
import type { TypedRow } from './validate-table';

export type Tables = Record<string, TypedRow[]>;

const keyOf = (row: TypedRow, fields: string[]) => JSON.stringify(fields.map((f) => row.values[f]));
const show = (row: TypedRow, fields: string[]) => fields.map((f) => String(row.values[f] ?? '')).join(', ');

/**
 * Primary keys are unique; every foreign key points at an existing row. A foreign key into a table
 * that could not be read (absent from tables) is not checked; rows in `rejected` (read, but with a
 * bad cell reported elsewhere) still count as existing, so one bad cell is reported once.
 */
export function validateKeys(resources: Resource[], tables: Tables, pathOf: (r: Resource) => string, rejected: Tables = {}): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map(resources.map((r) => [r.name, r]));
  const columnOf = (r: Resource, field: string) => r.schema.fields.findIndex((f) => f.name === field) + 1;

  for (const r of resources) {
    const pk = asList(r.schema.primaryKey);
    if (pk.length === 0) continue;
    const seen = new Map<string, number>();
    for (const row of tables[r.name] ?? []) {
      const key = keyOf(row, pk);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ path: pathOf(r), line: row.line, column: columnOf(r, pk[0]), message: `duplicate primary key "${show(row, pk)}" (first at line ${first})` });
      } else {
        seen.set(key, row.line);
      }
    }
  }

  for (const r of resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const from = asList(fk.fields);
      const target = byName.get(fk.reference.resource);
      const to = asList(fk.reference.fields);
      if (!target) {
        problems.push({ path: join(dirname(pathOf(r)), 'datapackage.json'), line: 1, column: 1, message: `${r.name}: foreign key refers to unknown resource "${fk.reference.resource}"` });
        continue;
      }
      const targetRows = tables[target.name];
      if (!targetRows) continue;
      const keys = new Set([...targetRows, ...(rejected[target.name] ?? [])].map((row) => keyOf(row, to)));
      for (const row of tables[r.name] ?? []) {
        if (from.some((f) => row.values[f] === null)) continue;
        if (!keys.has(keyOf(row, from))) {
          problems.push({
            path: pathOf(r),
            line: row.line,
            column: columnOf(r, from[0]),
            message: `${from.join(', ')} "${show(row, from)}" not found in ${target.name}.${to.join(', ')}`,
          });
        }
      }
    }
  }
  return problems;
}
