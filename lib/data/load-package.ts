import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDescriptor } from './descriptor';
import type { Problem } from './problem';
import { readCsv } from './read-csv';
import { validateRules } from './rules';
import type { DataPackage, Resource } from './schema';
import { type Tables, validateKeys } from './validate-keys';
import { validateTable } from './validate-table';

export interface LoadedPackage {
  pkg?: DataPackage;
  tables: Tables;
  problems: Problem[];
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Loads and validates a data folder: descriptor, every resource (encoding, CSV shape, types,
 * constraints, hash), keys, then domain rules. Reports every problem it can find.
 */
export function loadPackage(dir: string): LoadedPackage {
  const descriptorPath = join(dir, 'datapackage.json');
  if (!existsSync(descriptorPath)) {
    return { tables: {}, problems: [{ path: descriptorPath, line: 1, column: 1, message: 'datapackage.json not found' }] };
  }
  const { pkg, problems } = parseDescriptor(descriptorPath, readFileSync(descriptorPath, 'utf8'));
  if (!pkg) return { tables: {}, problems };

  const pathOf = (r: Resource) => join(dir, r.path);
  const tables: Tables = {};
  const rejected: Tables = {};
  for (const resource of pkg.resources) {
    const path = pathOf(resource);
    if (!existsSync(path)) {
      problems.push({ path, line: 1, column: 1, message: `file not found (listed in datapackage.json as resource "${resource.name}")` });
      continue;
    }
    const bytes = readFileSync(path);
    if (resource.hash) {
      const actual = sha256(bytes);
      const declared = resource.hash.replace(/^sha256:/, '');
      if (actual !== declared) {
        problems.push({ path, line: 1, column: 1, message: `sha256 ${actual} does not match the hash in datapackage.json (${declared}); run npm run data:hash after editing` });
      }
    }
    const csv = readCsv(path, bytes);
    problems.push(...csv.problems);
    if (csv.problems.length) continue;
    const typed = validateTable(path, resource, csv);
    problems.push(...typed.problems);
    // A table whose header is wrong was not read at all: leave it out, so that keys into it are not checked.
    if (!typed.rejected) continue;
    tables[resource.name] = typed.rows;
    rejected[resource.name] = typed.rejected;
  }
  problems.push(...validateKeys(pkg.resources, tables, pathOf, rejected));
  problems.push(...validateRules(pkg.resources, tables, pathOf));
  return { pkg, tables, problems };
}
