import type { Problem } from './problem';
import { asList, type DataPackage, type FieldType } from './schema';

const FIELD_TYPES: FieldType[] = ['string', 'integer', 'number', 'date'];
const RESOURCE_PATH = /^[a-z0-9][a-z0-9_-]*\.csv$/;
const HASH = /^(sha256:)?[0-9a-f]{64}$/;
export const PACKAGE_SCHEMA = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** Line and column of a character offset in text. */
export function textLocation(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses and checks datapackage.json; problems point at the line that names the offending part. */
export function parseDescriptor(path: string, text: string): { pkg?: DataPackage; problems: Problem[] } {
  const at = (needle: string, message: string): Problem => {
    const i = Math.max(0, text.indexOf(needle));
    return { path, ...textLocation(text, i), message };
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    const loc = m ? textLocation(text, Number(m[1])) : { line: 1, column: 1 };
    return { problems: [{ path, ...loc, message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const problems: Problem[] = [];
  const pkg = raw as DataPackage;
  if (typeof raw !== 'object' || raw === null || !Array.isArray(pkg.resources)) {
    return { problems: [{ path, line: 1, column: 1, message: 'expected an object with a "resources" array' }] };
  }
  if (pkg.$schema !== PACKAGE_SCHEMA) problems.push(at('"$schema"', `"$schema" must be ${PACKAGE_SCHEMA} (Data Package v2)`));
  const names = new Set<string>();
  for (const r of pkg.resources) {
    const label = `"${String(r?.name)}"`;
    if (!r || typeof r.name !== 'string' || !/^[a-z0-9_-]+$/.test(r.name)) {
      problems.push(at(`"name": ${JSON.stringify(r?.name)}`, `resource name ${label} must be lower-case letters, digits, - or _`));
      continue;
    }
    if (names.has(r.name)) problems.push(at(`"name": "${r.name}"`, `resource name ${label} is used twice`));
    names.add(r.name);
    if (typeof r.path !== 'string' || !RESOURCE_PATH.test(r.path)) {
      problems.push(at(`"name": "${r.name}"`, `resource ${label}: path must be a plain .csv file name in the data folder`));
    }
    if (r.hash !== undefined && (typeof r.hash !== 'string' || !HASH.test(r.hash))) {
      problems.push(at(`"name": "${r.name}"`, `resource ${label}: hash must be a sha256 hex digest`));
    }
    const fields = r.schema?.fields;
    if (!Array.isArray(fields) || fields.length === 0) {
      problems.push(at(`"name": "${r.name}"`, `resource ${label} has no schema fields`));
      continue;
    }
    for (const f of fields) {
      if (typeof f?.name !== 'string' || !FIELD_TYPES.includes(f.type)) {
        problems.push(at(`"name": "${r.name}"`, `resource ${label}: field ${JSON.stringify(f?.name)} needs a name and a type (${FIELD_TYPES.join(', ')})`));
      }
      const pattern = f?.constraints?.pattern;
      if (pattern !== undefined) {
        try {
          new RegExp(`^(?:${pattern})$`, 'u');
        } catch {
          problems.push(at(JSON.stringify(pattern), `resource ${label}: field ${JSON.stringify(f?.name)} has an invalid pattern`));
        }
      }
    }
  }
  if (problems.length) return { problems };

  // Keys must name fields that exist, so key problems can be located in the CSV files.
  const byName = new Map(pkg.resources.map((r) => [r.name, r]));
  const hasFields = (name: string, keys: string[]) => keys.every((k) => byName.get(name)!.schema.fields.some((f) => f.name === k));
  for (const r of pkg.resources) {
    const label = `"${r.name}"`;
    const pk = asList(r.schema.primaryKey);
    if (!hasFields(r.name, pk)) problems.push(at(`"name": "${r.name}"`, `resource ${label}: primaryKey names a field that is not in its schema`));
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = fk?.reference?.resource;
      if (!hasFields(r.name, asList(fk?.fields))) {
        problems.push(at(`"name": "${r.name}"`, `resource ${label}: a foreign key names a field that is not in its schema`));
      } else if (typeof target !== 'string' || !byName.has(target)) {
        problems.push(at(`"name": "${r.name}"`, `resource ${label}: foreign key refers to unknown resource ${JSON.stringify(target)}`));
      } else if (!hasFields(target, asList(fk.reference.fields))) {
        problems.push(at(`"name": "${r.name}"`, `resource ${label}: a foreign key refers to a field that is not in resource "${target}"`));
      }
    }
  }
  return { pkg: problems.length ? undefined : pkg, problems };
}
