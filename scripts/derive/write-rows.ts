// Shared helpers for the derive scripts: paths, exact rounding, and an
// idempotent merge of generated rows into one of the data/ CSVs.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Papa from 'papaparse';

export type Row = Record<string, string>;

// Raw files live outside the project and are never copied into it.
export const RAW_DIR = path.resolve(process.env.RAW_DIR ?? '../shared/sources/raw');
export const DATA_DIR = path.resolve('data');
if (!fs.existsSync(path.join(DATA_DIR, 'datapackage.json'))) {
  throw new Error('Run from the project root (data/datapackage.json not found).');
}

export function md5(file: string): string {
  return crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex');
}

// Strict non-negative integer parse: a blank or odd cell must never become 0.
export function int(value: string | undefined, what: string): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new Error(`${what}: not an integer: ${JSON.stringify(value)}`);
  return Number(value);
}

// round(num / den * scale) to 1 decimal, half up, in exact integer arithmetic
// (floating point can round a true .x5 the wrong way).
export function ratio1dp(num: number, den: number, scale: number): string {
  const n = BigInt(num) * BigInt(scale) * 20n; // 10 for one decimal, 2 for half-up
  const d = BigInt(den) * 2n;
  const tenths = (n + BigInt(den)) / d; // floor((2·num·scale·10 + den) / 2den)
  return `${tenths / 10n}.${tenths % 10n}`;
}

// Order of the derived context rows at the top of a claim's evidence: FBI
// rows first, then ACS rows, then the claim's hand-entered rows. The first
// evidence rows of a claim decide its chart's unit.
const EVIDENCE_ORDER = ['fbi-rape-rate-', 'acs-nc-noncitizen-share-'];
export function evidenceRank(observationId: string): number {
  const i = EVIDENCE_ORDER.findIndex((p) => observationId.startsWith(p));
  return i === -1 ? EVIDENCE_ORDER.length : i;
}

const unparse = (rows: string[][]) => Papa.unparse(rows, { newline: '\n' }) + '\n';

/**
 * Replace the rows `owns` selects in data/<file> with `rows`, keeping every
 * other row byte-identical and in place. The new rows go before the first
 * row matching `insertBefore` if given and found, else where the first owned
 * row was, else at the end. Running twice gives the same file. `dir` is the
 * data folder (default data/), so that a script can run against a copy.
 */
export function mergeRows(
  file: string,
  owns: (row: Row) => boolean,
  rows: Row[],
  insertBefore?: (row: Row) => boolean,
  dir: string = DATA_DIR,
): void {
  const target = path.join(dir, file);
  const text = fs.readFileSync(target, 'utf8');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0].message}`);
  // Refuse to touch a file papaparse would not reproduce exactly, so existing
  // rows can never be re-quoted or otherwise changed by a run.
  if (unparse(parsed.data) !== text) throw new Error(`${file}: does not round-trip through papaparse; not writing`);

  const [header, ...body] = parsed.data;
  const asRow = (cells: string[]): Row => Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  for (const r of rows) {
    const keys = Object.keys(r);
    if (keys.length !== header.length || !header.every((h) => h in r)) {
      throw new Error(
        `${file}: generated row ${r[header[0]]} has columns ${keys.join(',')}, expected ${header.join(',')}`,
      );
    }
  }

  const firstOwned = body.findIndex((c) => owns(asRow(c)));
  const kept = body.filter((c) => !owns(asRow(c)));
  // Where the first owned row was, counted in the kept rows.
  let at = firstOwned === -1 ? kept.length : body.slice(0, firstOwned).filter((c) => !owns(asRow(c))).length;
  if (insertBefore) {
    const i = kept.findIndex((c) => insertBefore(asRow(c)));
    if (i !== -1) at = i;
  }
  const out = [header, ...kept.slice(0, at), ...rows.map((r) => header.map((h) => r[h])), ...kept.slice(at)];
  const next = unparse(out);
  if (next !== text) fs.writeFileSync(target, next, 'utf8');
  console.log(
    `${file}: ${rows.length} generated rows, ${kept.length} other rows kept${next === text ? ' (unchanged)' : ''}`,
  );
}

/** Writes `text` to `file` unless it already holds exactly that, and logs one line. */
export function writeIfChanged(file: string, text: string): void {
  const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
  if (!same) fs.writeFileSync(file, text, 'utf8');
  console.log(`${path.basename(file)}: ${Buffer.byteLength(text)} bytes${same ? ' (unchanged)' : ''}`);
}

/** A whole CSV file from a header and rows, as papaparse writes it (LF, quoted only where needed). */
export const csvText = (header: readonly string[], rows: string[][]): string => unparse([[...header], ...rows]);

/**
 * Puts `resource` into <dir>/datapackage.json: replaced in place if a resource of that name exists,
 * else inserted after the resource named `after` (or at the end). Refuses to rewrite a descriptor
 * that does not round-trip through JSON.stringify(…, null, 2), as mergeRows does for CSVs.
 */
export function upsertResource(
  resource: { name: string; [key: string]: unknown },
  after: string,
  dir: string = DATA_DIR,
): void {
  const file = path.join(dir, 'datapackage.json');
  const text = fs.readFileSync(file, 'utf8');
  const pkg = JSON.parse(text);
  const dump = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
  if (dump(pkg) !== text)
    throw new Error('datapackage.json does not round-trip through JSON.stringify(…, 2); not writing');
  const resources: { name: string }[] = pkg.resources;
  const at = resources.findIndex((r) => r.name === resource.name);
  if (at !== -1) resources[at] = resource;
  else {
    const prev = resources.findIndex((r) => r.name === after);
    if (prev === -1) console.log(`  datapackage.json: no ${after} resource; adding ${resource.name} at the end`);
    resources.splice(prev === -1 ? resources.length : prev + 1, 0, resource);
  }
  writeIfChanged(file, dump(pkg));
}
