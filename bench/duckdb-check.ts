/**
 * tsx bench/duckdb-check.ts <dir> [resource]: the yardstick for check:data. DuckDB reads one resource
 * (observations by default) of a data folder with the types its Table Schema declares, strictly (a
 * row of the wrong width or a cell of the wrong type is an error), and checks that its primary key
 * is unique. Prints one JSON line: rows, distinct keys, and the seconds the query took in-process.
 * Used by the bench only (bench/scaling.ts runs it beside check:data on the same file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

interface Field {
  name: string;
  type: string;
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey?: string | string[] };
}

/** Table Schema types as DuckDB column types. */
const TYPES: Record<string, string> = {
  string: 'VARCHAR',
  number: 'DOUBLE',
  integer: 'BIGINT',
  date: 'DATE',
  boolean: 'BOOLEAN',
};
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function duckdbQuery(dir: string, resource: Resource): string {
  const columns = resource.schema.fields
    .map((f) => `${quote(f.name)}: ${quote(TYPES[f.type] ?? 'VARCHAR')}`)
    .join(', ');
  const pk = [resource.schema.primaryKey ?? []].flat();
  if (!pk.length) throw new Error(`${resource.name} has no primary key`);
  const key = pk.length === 1 ? ident(pk[0]) : `(${pk.map(ident).join(', ')})`;
  const options = [
    'header = true',
    "delim = ','",
    `quote = '"'`,
    `escape = '"'`,
    "new_line = '\\n'",
    'strict_mode = true',
    "dateformat = '%Y-%m-%d'",
    `columns = {${columns}}`,
  ];
  return `SELECT count(*) AS n, count(DISTINCT ${key}) AS keys FROM read_csv(${quote(join(dir, resource.path))}, ${options.join(', ')})`;
}

async function main() {
  const [dir, name = 'observations'] = process.argv.slice(2);
  if (!dir) throw new Error('usage: tsx bench/duckdb-check.ts <dir> [resource]');
  const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
  const resource = pkg.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`no resource ${name} in ${dir}/datapackage.json`);
  const started = performance.now();
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const reader = await connection.runAndReadAll(duckdbQuery(dir, resource));
  const [n, keys] = reader.getRows()[0].map(Number);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      rows: n,
      keys,
      unique: n === keys,
      seconds,
      version: (await connection.runAndReadAll('SELECT version()')).getRows()[0][0],
    }),
  );
  connection.closeSync();
  if (n !== keys) process.exit(1);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  });
}
