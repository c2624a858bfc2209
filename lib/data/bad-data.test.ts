import { RESOURCE_OF } from './records';
/**
 * The bad-data corpus (tests/bad-data): every case is the minimal valid package in _valid with one
 * fault. A case folder holds only the files that differ, plus case.json:
 *   expect    substring of the message the fault must produce
 *   file      file name the problem must point at
 *   line, column (optional) exact location of that problem
 *   also      (optional) other files the fault may also be reported in; otherwise only `file` may have problems
 *   generate  (optional) a fault built here rather than committed (CR LF, 5 MB line, bad bytes ...)
 *   patch     (optional) edits to _valid/datapackage.json: [{ resource?, field?, set?, schema? }], or
 *             [{ add }]: add the resource of that name from data/datapackage.json (a derived dataset,
 *             whose CSV the case folder holds)
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkDataset, checkDatasetCounts } from './dataset';
import { loadPackage } from './load-package';
import { formatProblem, type Problem } from './problem';

const CORPUS = join(__dirname, '..', '..', 'tests', 'bad-data');
const VALID = join(CORPUS, '_valid');

interface Patch {
  /** Adds this resource from data/datapackage.json, so a case can carry a derived dataset. */
  add?: string;
  resource?: string;
  field?: string;
  /** Properties to assign to the package, the resource or the field. */
  set?: Record<string, unknown>;
  /** Properties to assign to the resource's schema (primaryKey, foreignKeys). */
  schema?: Record<string, unknown>;
}

interface Case {
  expect: string;
  file: string;
  line?: number;
  column?: number;
  generate?: string;
  patch?: Patch[];
  /** Other files the fault legitimately shows up in (a table with no rows leaves keys into it dangling). */
  also?: string[];
}

const baseText = (file: string) => readFileSync(join(VALID, file), 'utf8');

/** Inserts raw bytes into a base file just before the first occurrence of `before`. */
function withBytes(file: string, before: string, bytes: number[]): Buffer {
  const text = Buffer.from(baseText(file), 'utf8');
  const at = text.indexOf(before);
  if (at < 0) throw new Error(`"${before}" not in ${file}`);
  return Buffer.concat([text.subarray(0, at), Buffer.from(bytes), text.subarray(at)]);
}

/** Faults that are not committed as files: they would be mangled by git or are too big to keep. */
const GENERATORS: Record<string, () => Record<string, string | Buffer>> = {
  crlf: () => ({ 'units.csv': baseText('units.csv').replace(/\n/g, '\r\n') }),
  'five-mb-line': () => ({ 'sources.csv': `${baseText('sources.csv')}big-source,${'x'.repeat(5 * 1024 * 1024)}\n` }),
  'invalid-utf8': () => ({ 'stories.csv': withBytes('stories.csv', 'headline,A. Writer', [0xff]) }),
  // "/" written as the overlong two-byte form C0 AF: a classic way to sneak past path checks.
  'overlong-utf8': () => ({ 'units.csv': withBytes('units.csv', 'people', [0xc0, 0xaf]) }),
  'truncated-json': () => {
    const text = baseText('datapackage.json');
    return { 'datapackage.json': text.slice(0, Math.floor(text.length / 2)) };
  },
};

function applyPatches(patches: Patch[]): string {
  const pkg = JSON.parse(baseText('datapackage.json'));
  for (const p of patches) {
    if (p.add) {
      const real = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'datapackage.json'), 'utf8'));
      const added = real.resources.find((r: { name: string }) => r.name === p.add);
      if (!added) throw new Error(`patch: no resource ${p.add} in data/datapackage.json`);
      pkg.resources.push(added);
      continue;
    }
    let target = pkg;
    if (p.resource) target = pkg.resources.find((r: { name: string }) => r.name === p.resource);
    if (p.field) target = target.schema.fields.find((f: { name: string }) => f.name === p.field);
    if (!target) throw new Error(`patch target not found: ${JSON.stringify(p)}`);
    Object.assign(target, p.set);
    if (p.schema) Object.assign(target.schema, p.schema);
  }
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const caseNames = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name)
  .sort();

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bad-data-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Copies _valid, then the case's own files, then its generated files and descriptor patches. */
function materialise(name: string): { dir: string; spec: Case } {
  const source = join(CORPUS, name);
  const dir = join(scratch, name);
  cpSync(VALID, dir, { recursive: true });
  const spec: Case = JSON.parse(readFileSync(join(source, 'case.json'), 'utf8'));
  for (const file of readdirSync(source)) {
    if (file !== 'case.json') cpSync(join(source, file), join(dir, file));
  }
  if (spec.generate) {
    const generate = GENERATORS[spec.generate];
    if (!generate) throw new Error(`${name}: unknown generator "${spec.generate}"`);
    for (const [file, content] of Object.entries(generate())) writeFileSync(join(dir, file), content);
  }
  if (spec.patch) writeFileSync(join(dir, 'datapackage.json'), applyPatches(spec.patch));
  return { dir, spec };
}

const LOCATED = /^.+:\d+:\d+: .+/;

describe('bad-data corpus', () => {
  test('has at least 32 cases', () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(32);
  });

  test('the base package _valid validates with zero problems', () => {
    const { dataset, problems } = checkDataset(VALID);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset?.claims).toHaveLength(3);
  });

  test('_valid/datapackage.json is data/datapackage.json without hashes', () => {
    const real = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'datapackage.json'), 'utf8'));
    for (const r of real.resources) delete r.hash;
    // The corpus covers the core model; derived datasets such as nc_aoc_caseload are not part of it.
    const core = Object.values(RESOURCE_OF) as string[];
    real.resources = real.resources.filter((r: { name: string }) => core.includes(r.name));
    // If this fails, the schema in data/ changed: regenerate _valid/datapackage.json (and fix its CSVs).
    expect(JSON.parse(baseText('datapackage.json'))).toEqual(real);
  });

  test.each(caseNames)('%s is rejected with a located problem', (name) => {
    const { dir, spec } = materialise(name);
    const { dataset, problems } = checkDataset(dir);
    const lines = problems.map(formatProblem);

    expect(dataset).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(LOCATED);
    for (const p of problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }

    const hit: Problem | undefined = problems.find((p) => p.message.includes(spec.expect));
    if (!hit) throw new Error(`${name}: no problem mentions ${JSON.stringify(spec.expect)}; got:\n${lines.join('\n')}`);
    expect(resolve(hit.path)).toBe(resolve(dir, spec.file));
    if (spec.line !== undefined) expect({ line: hit.line, column: hit.column }).toEqual({ line: spec.line, column: spec.column });
    // One fault, one file: no knock-on problems elsewhere unless the case lists the files it also affects.
    const allowed = [spec.file, ...(spec.also ?? [])].map((f) => resolve(dir, f));
    expect(problems.filter((p) => !allowed.includes(resolve(p.path))).map(formatProblem)).toEqual([]);
    // The message for a huge line must not carry the line itself.
    for (const line of lines) expect(line.length).toBeLessThan(1000);
    // Read in small chunks, and without keeping rows (as npm run check:data does), the problems are the same.
    expect(loadPackage(dir, { chunkBytes: 61, retainRows: false }).problems.map(formatProblem)).toEqual(loadPackage(dir).problems.map(formatProblem));
    expect(checkDatasetCounts(dir).problems.map(formatProblem)).toEqual(lines);
  });
});
