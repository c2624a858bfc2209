import { dirname, join } from 'node:path';
import type { Cell } from './field-value';
import { KeyIndex } from './key-index';
import { appendProblems, type Problem } from './problem';
import { asList, type Resource } from './schema';
import type { TypedRow } from './validate-table';

export type Tables = Record<string, TypedRow[]>;

/**
 * A key: the value itself for a one-field key, JSON of the values for a longer one. Either way two
 * rows have equal keys exactly when the JSON of their values is equal (so 1 and "1" differ, and an
 * absent value is null). Keys are only compared with keys of as many fields.
 */
type Key = Cell;
const keyOf = (row: TypedRow, fields: string[]): Key => {
  if (fields.length !== 1) return JSON.stringify(fields.map((f) => row.values[f]));
  const v = row.values[fields[0]];
  return v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null : v;
};
/**
 * A key to keep. A cell may be a slice of a large chunk of the file's text, and keeping the slice
 * would keep the whole chunk; so a string long enough to be a slice (13 characters, in V8) is copied.
 */
const stored = (key: Key): Key => (typeof key === 'string' && key.length >= 13 ? ` ${key}`.slice(1) : key);
const show = (row: TypedRow, fields: string[]) => fields.map((f) => String(row.values[f] ?? '')).join(', ');
const sameFields = (a: string[], b: string[]) => a.length === b.length && a.every((f, i) => f === b[i]);
const hasNull = (row: TypedRow, fields: string[]) => {
  for (const f of fields) if (row.values[f] === null) return true;
  return false;
};

/** The keys of a table that foreign keys may point at: every row read, rejected rows included. */
interface TargetKeys {
  fields: string[];
  /** The primary key's fields: the keys of valid rows are then the primary-key map's; `keys` holds the rejected rows' only. */
  shared: boolean;
  keys: Set<Key>;
}

/** What a foreign key looks up: its target's keys, and the target's primary-key map. */
interface KeysOf {
  seen: KeyIndex;
  target: TargetKeys;
  /** False when the foreign key has another number of fields than the key it points at: it then matches nothing. */
  arity: boolean;
}
// keys.size first: the rejected rows' keys are almost always none, and a lookup in an empty Set still hashes the key.
const has = ({ seen, target, arity }: KeysOf, key: Key) => arity && ((target.keys.size !== 0 && target.keys.has(key)) || (target.shared && seen.has(key)));

interface ForeignKeyCheck {
  from: string[];
  to: string[];
  target: string;
  /** now: the target was complete before this table began, so rows are checked as they come; later: their keys are kept and checked at the end. */
  mode: 'now' | 'later' | 'skip';
  /** The target's keys, in mode now. */
  keys?: KeysOf;
  problems: Problem[];
  later: Array<{ line: number; key: Key; shown: string }>;
}

interface TableKeys {
  resource: Resource;
  pk: string[];
  /** Primary key → the line it was first seen on, for valid rows. */
  seen: KeyIndex;
  duplicates: Problem[];
  targets: TargetKeys[];
  foreign: ForeignKeyCheck[];
}

/**
 * Primary keys are unique; every foreign key points at an existing row. A foreign key into a table
 * that could not be read is not checked; rows read with a bad cell (reported elsewhere) still count
 * as existing, so one bad cell is reported once.
 *
 * Tables are fed a row at a time, in any order: begin(), row() for each row, end(). Only keys are
 * kept, not rows; a foreign key into a table that is complete when its own table begins is checked
 * as rows arrive, others at finish(). finish() returns the problems in a fixed order: duplicate
 * primary keys table by table, then dangling foreign keys table by table, key by key, row by row.
 */
export class KeyChecker {
  private readonly byName: Map<string, Resource>;
  private readonly state = new Map<string, 'reading' | 'read' | 'absent'>();
  private readonly tables = new Map<string, TableKeys>();

  constructor(private readonly resources: Resource[], private readonly pathOf: (r: Resource) => string) {
    this.byName = new Map(resources.map((r) => [r.name, r]));
  }

  begin(name: string): void {
    const resource = this.byName.get(name);
    if (!resource) return;
    this.state.set(name, 'reading');
    const pk = asList(resource.schema.primaryKey);
    // Every distinct set of fields that some foreign key points at in this table.
    const targets: TargetKeys[] = [];
    for (const r of this.resources) {
      for (const fk of r.schema.foreignKeys ?? []) {
        if (fk.reference.resource !== name) continue;
        const fields = asList(fk.reference.fields);
        if (targets.some((t) => sameFields(t.fields, fields))) continue;
        targets.push({ fields, shared: pk.length > 0 && sameFields(fields, pk), keys: new Set() });
      }
    }
    const foreign: ForeignKeyCheck[] = [];
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = fk.reference.resource;
      const status = this.byName.has(target) ? this.state.get(target) : 'absent';
      const mode = status === 'read' ? 'now' : status === 'absent' ? 'skip' : 'later';
      const to = asList(fk.reference.fields);
      const from = asList(fk.fields);
      foreign.push({ from, to, target, keys: mode === 'now' ? this.keysOf(target, from, to) : undefined, mode, problems: [], later: [] });
    }
    this.tables.set(name, { resource, pk, seen: new KeyIndex(), duplicates: [], targets, foreign });
  }

  /** One row of a table being read: `ok` when every cell is valid, false for a row kept only as a key target. */
  row(name: string, row: TypedRow, ok: boolean): void {
    const table = this.tables.get(name);
    if (!table) return;
    for (const t of table.targets) if (!ok || !t.shared) t.keys.add(stored(keyOf(row, t.fields)));
    if (!ok) return;
    const { resource, pk } = table;
    if (pk.length) {
      const first = table.seen.add(keyOf(row, pk), row.line, stored);
      if (first !== undefined) {
        table.duplicates.push({ path: this.pathOf(resource), line: row.line, column: this.columnOf(resource, pk[0]), message: `duplicate primary key "${show(row, pk)}" (first at line ${first})` });
      }
    }
    for (const fk of table.foreign) {
      if (fk.mode === 'skip' || hasNull(row, fk.from)) continue;
      const key = keyOf(row, fk.from);
      if (fk.keys) {
        if (!has(fk.keys, key)) fk.problems.push(this.dangling(resource, fk, row.line, show(row, fk.from)));
      } else {
        fk.later.push({ line: row.line, key: stored(key), shown: stored(show(row, fk.from)) as string });
      }
    }
  }

  /** The end of a table: `read` false when it could not be read after all (its keys are then dropped). */
  end(name: string, read: boolean): void {
    if (!this.byName.has(name)) return;
    this.state.set(name, read ? 'read' : 'absent');
    if (!read) this.tables.delete(name);
  }

  finish(): Problem[] {
    const problems: Problem[] = [];
    for (const r of this.resources) {
      if (this.state.get(r.name) === 'read') appendProblems(problems, this.tables.get(r.name)!.duplicates);
    }
    for (const r of this.resources) {
      const table = this.state.get(r.name) === 'read' ? this.tables.get(r.name) : undefined;
      (r.schema.foreignKeys ?? []).forEach((fk, i) => {
        if (!this.byName.has(fk.reference.resource)) {
          problems.push({ path: join(dirname(this.pathOf(r)), 'datapackage.json'), line: 1, column: 1, message: `${r.name}: foreign key refers to unknown resource "${fk.reference.resource}"` });
          return;
        }
        const check = table?.foreign[i];
        if (!check) return;
        appendProblems(problems, check.problems);
        if (check.mode !== 'later' || this.state.get(check.target) !== 'read') return;
        const keys = this.keysOf(check.target, check.from, check.to);
        for (const { line, key, shown } of check.later) {
          if (!has(keys, key)) problems.push(this.dangling(r, check, line, shown));
        }
      });
    }
    return problems;
  }

  private keysOf(target: string, from: string[], to: string[]): KeysOf {
    const table = this.tables.get(target)!;
    return { seen: table.seen, target: table.targets.find((t) => sameFields(t.fields, to))!, arity: from.length === to.length };
  }

  private dangling(r: Resource, fk: ForeignKeyCheck, line: number, shown: string): Problem {
    return { path: this.pathOf(r), line, column: this.columnOf(r, fk.from[0]), message: `${fk.from.join(', ')} "${shown}" not found in ${fk.target}.${fk.to.join(', ')}` };
  }

  private columnOf(r: Resource, field: string): number {
    return r.schema.fields.findIndex((f) => f.name === field) + 1;
  }
}

/** KeyChecker over tables already read: `tables` holds the valid rows, `rejected` the rows with a bad cell. */
export function validateKeys(resources: Resource[], tables: Tables, pathOf: (r: Resource) => string, rejected: Tables = {}): Problem[] {
  const checker = new KeyChecker(resources, pathOf);
  for (const r of resources) {
    const rows = tables[r.name];
    if (!rows) {
      checker.end(r.name, false);
      continue;
    }
    checker.begin(r.name);
    for (const row of rows) checker.row(r.name, row, true);
    for (const row of rejected[r.name] ?? []) checker.row(r.name, row, false);
    checker.end(r.name, true);
  }
  return checker.finish();
}
