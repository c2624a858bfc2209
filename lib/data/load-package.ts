import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { parseDescriptor } from './descriptor';
import { appendProblems, type Problem } from './problem';
import { CsvReader } from './read-csv';
import { RuleChecker } from './rules';
import type { DataPackage, Resource } from './schema';
import { KeyChecker, type Tables } from './validate-keys';
import { TableValidator, type TypedRow } from './validate-table';

export interface LoadedPackage {
  pkg?: DataPackage;
  /** Valid typed rows of every table that was read and retained (see LoadOptions.retainRows). */
  tables: Tables;
  /** Number of valid rows in each table that was read, retained or not. */
  counts: Record<string, number>;
  problems: Problem[];
}

export interface LoadOptions {
  /**
   * Which tables to return with their rows: all (the default), none, or those the function picks.
   * A table not retained is still checked in full; only its rows are not kept, so a large file is
   * checked in memory that does not grow with it.
   */
  retainRows?: boolean | ((name: string) => boolean);
  /** Bytes read at a time (tests use tiny chunks to check that chunk boundaries change nothing). */
  chunkBytes?: number;
}

/**
 * 64 KiB: each chunk's text is joined to the unfinished row before it, and a string of a megabyte or
 * more lands in V8's large-object space, where making and flattening ~190 of them took a third of the
 * time check:data spends on a 190 MB file; at 64 KiB they stay in the young generation.
 */
const CHUNK_BYTES = 1 << 16;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Calls `each` with the file's bytes a chunk at a time, in a buffer that is reused; stops early when `each` returns false. */
function readChunks(path: string, size: number, each: (chunk: Uint8Array) => boolean | void): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(size);
    for (;;) {
      const n = readSync(fd, buffer, 0, size, null);
      if (n === 0 || each(buffer.subarray(0, n)) === false) break;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Loads and validates a data folder: descriptor, every resource (encoding, CSV shape, types,
 * constraints, hash), keys, then domain rules. Reports every problem it can find.
 *
 * Each file is read once, a chunk at a time, and each row is checked as it is read: its cells, its
 * keys and its domain rules. Only what later checks need is kept (key sets, the small tables the
 * rules look up), plus the rows of the tables to return.
 */
export function loadPackage(dir: string, options: LoadOptions = {}): LoadedPackage {
  const descriptorPath = join(dir, 'datapackage.json');
  if (!existsSync(descriptorPath)) {
    return { tables: {}, counts: {}, problems: [{ path: descriptorPath, line: 1, column: 1, message: 'datapackage.json not found' }] };
  }
  const { pkg, problems } = parseDescriptor(descriptorPath, readFileSync(descriptorPath, 'utf8'));
  if (!pkg) return { tables: {}, counts: {}, problems };

  const { retainRows = true, chunkBytes = CHUNK_BYTES } = options;
  const retain = typeof retainRows === 'function' ? retainRows : () => retainRows;
  const pathOf = (r: Resource) => join(dir, r.path);
  const keys = new KeyChecker(pkg.resources, pathOf);
  const rules = new RuleChecker(pkg.resources, pathOf);
  const tables: Tables = {};
  const counts: Record<string, number> = {};
  for (const resource of pkg.resources) {
    const { name } = resource;
    const path = pathOf(resource);
    if (!existsSync(path)) {
      problems.push({ path, line: 1, column: 1, message: `file not found (listed in datapackage.json as resource "${name}")` });
      keys.end(name, false);
      rules.end(name, false);
      continue;
    }
    const keep = retain(name);
    const rows: TypedRow[] = [];
    let count = 0;
    const table = new TableValidator(path, resource);
    let header = true;
    keys.begin(name);
    rules.begin(name);
    const reader = new CsvReader(path, (csvRow) => {
      if (header) {
        header = false;
        table.header(csvRow.cells);
        return;
      }
      // A table whose header is wrong is not read at all: its rows are not checked, and keys into it are not checked either.
      if (!table.headerOk) return;
      const checked = table.row(csvRow);
      if (!checked) return;
      keys.row(name, checked.row, checked.ok);
      if (!checked.ok) return;
      rules.row(name, checked.row);
      count++;
      if (keep) rows.push(checked.row);
    });
    const hash = resource.hash ? createHash('sha256') : undefined;
    readChunks(path, chunkBytes, (chunk) => {
      hash?.update(chunk);
      reader.push(chunk);
      return hash !== undefined || !reader.settled;
    });
    if (hash) {
      const actual = hash.digest('hex');
      const declared = resource.hash!.replace(/^sha256:/, '');
      if (actual !== declared) {
        problems.push({ path, line: 1, column: 1, message: `sha256 ${actual} does not match the hash in datapackage.json (${declared}); the file changed after its hash was recorded: set the resource's hash to the new sha256, or remove the hash` });
      }
    }
    const fault = reader.end();
    if (!fault) table.end();
    // A file with a fault is not read at all; one whose header is wrong is left out too, so that keys into it are not checked.
    const read = !fault && table.headerOk;
    if (fault) problems.push(fault);
    else appendProblems(problems, table.problems);
    keys.end(name, read);
    rules.end(name, read);
    if (!read) continue;
    counts[name] = count;
    if (keep) tables[name] = rows;
  }
  appendProblems(problems, keys.finish());
  appendProblems(problems, rules.finish());
  return { pkg, tables, counts, problems };
}
