import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDataset, checkDatasetCounts, loadDataset } from './dataset';
import { DataError, formatProblem } from './problem';

const ROOT = join(__dirname, '..', '..');

describe('the real data folder', () => {
  test('validates with zero problems', () => {
    const { dataset, problems } = checkDataset(join(ROOT, 'data'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset).toBeDefined();
    expect(dataset!.claims.length).toBeGreaterThan(0);
    expect(dataset!.observations.length).toBeGreaterThan(0);
  });

  test('checkDataset("data") from the project root validates too', () => {
    const cwd = process.cwd();
    try {
      process.chdir(ROOT);
      expect(checkDataset('data').problems.map(formatProblem)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });

  test('checkDatasetCounts counts what checkDataset returns, without the rows', () => {
    const { dataset } = checkDataset(join(ROOT, 'data'));
    const { counts, problems } = checkDatasetCounts(join(ROOT, 'data'));
    expect(problems).toEqual([]);
    expect(counts).toEqual(Object.fromEntries(Object.entries(dataset!).map(([key, rows]) => [key, rows.length])));
  });

  test('every claim row is typed: numbers are numbers, empties are null', () => {
    const { dataset } = checkDataset(join(ROOT, 'data'));
    for (const c of dataset!.claims) {
      expect(typeof c.position).toBe('number');
      for (const v of [c.value, c.low, c.high]) expect(v === null || typeof v === 'number').toBe(true);
    }
  });
});

describe('checkDataset and loadDataset on a bad folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dataset-'));
    cpSync(join(ROOT, 'tests', 'bad-data', '_valid'), dir, { recursive: true });
    writeFileSync(join(dir, 'units.csv'), 'id;kind;minimum;maximum;description\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('checkDataset returns the problems and no dataset', () => {
    const { dataset, problems } = checkDataset(dir);
    expect(dataset).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['header is separated by ";"; use commas']);
  });

  test('checkDatasetCounts returns the same problems and no counts', () => {
    expect(checkDatasetCounts(dir)).toEqual({ pkg: checkDataset(dir).pkg, problems: checkDataset(dir).problems });
  });

  test('loadDataset throws a DataError that lists every problem', () => {
    expect(() => loadDataset(dir)).toThrow(DataError);
    try {
      loadDataset(dir);
    } catch (e) {
      expect((e as DataError).problems).toHaveLength(1);
      expect((e as Error).message).toContain(`${join(dir, 'units.csv')}:1:1: header is separated by ";"`);
    }
  });

  test('a descriptor without one of the required resources is reported', () => {
    const partial = mkdtempSync(join(tmpdir(), 'dataset-partial-'));
    try {
      cpSync(join(ROOT, 'tests', 'bad-data', '_valid'), partial, { recursive: true });
      const pkg = JSON.parse(readFileSync(join(partial, 'datapackage.json'), 'utf8'));
      pkg.resources = pkg.resources.filter((r: { name: string }) => r.name !== 'claim_evidence');
      writeFileSync(join(partial, 'datapackage.json'), JSON.stringify(pkg, null, 2));
      const { problems } = checkDataset(partial);
      expect(problems.map(formatProblem)).toEqual([`${partial}/datapackage.json:1:1: resource "claim_evidence" is missing`]);
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  });
});
