import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackage, sha256 } from './load-package';
import { formatProblem } from './problem';

const VALID = join(__dirname, '..', '..', 'tests', 'bad-data', '_valid');

let scratch: string;
let n = 0;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'load-package-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh copy of the minimal valid package. */
function copy(): string {
  const dir = join(scratch, String(++n));
  cpSync(VALID, dir, { recursive: true });
  return dir;
}
const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test edits whatever descriptor field it breaks
const editPackage = (dir: string, change: (pkg: any) => void) =>
  edit(dir, 'datapackage.json', (text) => {
    const pkg = JSON.parse(text);
    change(pkg);
    return JSON.stringify(pkg, null, 2);
  });
/** Problems as "file:line:column: message", with the folder left off. */
const report = (dir: string) => loadPackage(dir).problems.map((p) => formatProblem(p).replace(`${dir}/`, ''));

describe('loadPackage', () => {
  test('the minimal valid package loads every table with typed rows', () => {
    const { pkg, tables, problems } = loadPackage(VALID);
    expect(problems).toEqual([]);
    expect(pkg?.name).toBe('on-the-record');
    expect(Object.keys(tables)).toEqual(['units', 'sources', 'stories', 'series', 'observations', 'claims', 'claim_evidence']);
    expect(tables.observations.map((r) => [r.line, r.values.id, r.values.value])).toEqual([
      [2, 'count-fy2019', 563],
      [3, 'share-2019', 44.5],
      [5, 'share-2018', 41],
    ]);
  });

  test('a folder without datapackage.json', () => {
    const dir = join(scratch, 'empty');
    cpSync(join(VALID, 'units.csv'), join(dir, 'units.csv'), { recursive: true });
    expect(report(dir)).toEqual(['datapackage.json:1:1: datapackage.json not found']);
  });

  test('a folder that does not exist', () => {
    expect(loadPackage(join(scratch, 'nowhere')).problems).toHaveLength(1);
  });

  test('a broken descriptor stops before the CSV files are read', () => {
    const dir = copy();
    writeFileSync(join(dir, 'datapackage.json'), '{');
    writeFileSync(join(dir, 'units.csv'), '');
    expect(report(dir)).toEqual([expect.stringMatching(/^datapackage\.json:1:\d+: not valid JSON/)]);
  });

  test('a missing resource file is reported and the other files are still checked', () => {
    const dir = copy();
    unlinkSync(join(dir, 'stories.csv'));
    edit(dir, 'units.csv', (t) => t.replace('0,100', '0,x'));
    expect(report(dir)).toEqual([
      'units.csv:3:4: value "x" is not a number (plain digits, no separators)',
      'stories.csv:1:1: file not found (listed in datapackage.json as resource "stories")',
    ]);
  });

  test('a correct hash passes, with or without the sha256: prefix', () => {
    const dir = copy();
    const digest = sha256(readFileSync(join(dir, 'units.csv')));
    editPackage(dir, (pkg) => {
      pkg.resources[0].hash = `sha256:${digest}`;
      pkg.resources[1].hash = sha256(readFileSync(join(dir, 'sources.csv')));
    });
    expect(report(dir)).toEqual([]);
  });

  test('a hash that does not match the file is reported on the file', () => {
    const dir = copy();
    editPackage(dir, (pkg) => {
      pkg.resources[0].hash = sha256(readFileSync(join(dir, 'units.csv')));
    });
    edit(dir, 'units.csv', (t) => t.replace('Persons', 'People'));
    const [problem] = report(dir);
    expect(problem).toMatch(/^units\.csv:1:1: sha256 [0-9a-f]{64} does not match the hash in datapackage\.json \([0-9a-f]{64}\); the file changed after its hash was recorded: set the resource's hash to the new sha256, or remove the hash$/);
  });

  test('a hash mismatch does not hide the problems inside the file', () => {
    const dir = copy();
    editPackage(dir, (pkg) => {
      pkg.resources[0].hash = '0'.repeat(64);
    });
    edit(dir, 'units.csv', (t) => t.replace('people,count', 'people,counts'));
    expect(report(dir).map((p) => p.split(': ')[0])).toEqual(['units.csv:1:1', 'units.csv:2:2']);
  });

  test('every problem in every file is reported, not just the first', () => {
    const dir = copy();
    edit(dir, 'units.csv', (t) => t.replace(/\n/g, '\r\n'));
    edit(dir, 'sources.csv', (t) => t.replace('https://example.org/news', 'javascript:alert(1)'));
    edit(dir, 'stories.csv', (t) => t.replace('2019-11-03', '11/03/2019'));
    edit(dir, 'observations.csv', (t) => t.replace(',563,', ',5OO,').replace(',US,41,', ',US,"1,000",'));
    edit(dir, 'claims.csv', (t) => t.replace(',80,,80,up-to,', ',,80,40,range,'));
    edit(dir, 'claim_evidence.csv', (t) => `${t}claim-up-to-80,share-2017,proxy\n`);
    expect(report(dir)).toEqual([
      'units.csv:1:36: carriage return (CR LF line ending); use LF line endings',
      'sources.csv:3:5: value "javascript:alert(1)" does not match the pattern for url',
      'stories.csv:2:5: value "11/03/2019" is not an ISO 8601 date (YYYY-MM-DD)',
      'observations.csv:2:10: value "5OO" is not a number (plain digits, no separators)',
      'observations.csv:5:10: value "1,000" is not a number (plain digits, no separators)',
      'claim_evidence.csv:5:2: observation_id "share-2017" not found in observations.id',
      'claims.csv:3:8: low 80 is greater than high 40',
    ]);
  });

  test('one bad cell in a referenced row is reported once, not again at every reference', () => {
    const dir = copy();
    edit(dir, 'stories.csv', (t) => t.replace('A. Writer,', 'A. Writer ,'));
    expect(report(dir)).toEqual(['stories.csv:2:4: value "A. Writer " has leading or trailing spaces']);
  });

  test('a file that cannot be read does not make every reference to it dangle', () => {
    const dir = copy();
    edit(dir, 'sources.csv', (t) => `\ufeff${t}`);
    expect(report(dir)).toEqual(['sources.csv:1:1: file starts with a byte-order mark (BOM); save it as UTF-8 without BOM']);
  });

  test('a file with a wrong header does not make every reference to it dangle', () => {
    const dir = copy();
    edit(dir, 'series.csv', (t) => t.replace('short_title', 'short-title'));
    expect(report(dir)).toEqual(['series.csv:1:3: header column "short-title" does not match datapackage.json, which expects "short_title"']);
  });
});

describe('loadPackage: streaming options', () => {
  const DATA = join(__dirname, '..', '..', 'data');

  /** A copy of _valid with a fault of every kind that reaches keys and rules. */
  function broken(): string {
    const dir = copy();
    edit(dir, 'observations.csv', (t) => t.replace(',563,', ',5OO,').replace(',44.5,', ',141,').replace('agency-share,2018', 'agency-nope,2018'));
    edit(dir, 'claims.csv', (t) => t.replace(',80,,80,up-to,', ',,80,40,range,'));
    edit(dir, 'claim_evidence.csv', (t) => `${t}claim-up-to-80,share-2017,proxy\n`);
    edit(dir, 'stories.csv', (t) => `${t}${t.split('\n')[1]}\n`);
    return dir;
  }

  test('retainRows: false keeps no rows, counts them, and finds the same problems', () => {
    for (const dir of [VALID, broken()]) {
      const full = loadPackage(dir);
      const lean = loadPackage(dir, { retainRows: false });
      expect(lean.tables).toEqual({});
      expect(lean.problems).toEqual(full.problems);
      expect(lean.counts).toEqual(Object.fromEntries(Object.entries(full.tables).map(([name, rows]) => [name, rows.length])));
    }
    expect(report(broken()).length).toBeGreaterThan(3);
  });

  test('retainRows as a function keeps the rows of the tables it picks', () => {
    const { tables, counts } = loadPackage(VALID, { retainRows: (name) => name === 'claims' });
    expect(Object.keys(tables)).toEqual(['claims']);
    expect(tables.claims).toEqual(loadPackage(VALID).tables.claims);
    expect(counts.observations).toBe(3);
  });

  test('the chunk size changes nothing: the real data read 1,000 bytes at a time', () => {
    const whole = loadPackage(DATA);
    expect(loadPackage(DATA, { chunkBytes: 1000 })).toEqual(whole);
  });

  test('hashes are computed over every chunk', () => {
    const dir = copy();
    editPackage(dir, (pkg) => {
      pkg.resources[0].hash = sha256(readFileSync(join(dir, 'units.csv')));
      pkg.resources[1].hash = '0'.repeat(64);
    });
    const problems = loadPackage(dir, { chunkBytes: 5 }).problems.map((p) => formatProblem(p).replace(`${dir}/`, ''));
    expect(problems).toEqual([expect.stringMatching(/^sources\.csv:1:1: sha256 [0-9a-f]{64} does not match/)]);
  });

  test('a hash is still checked past a fault that stops the reading of rows', () => {
    const dir = copy();
    writeFileSync(join(dir, 'units.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(VALID, 'units.csv'))]));
    editPackage(dir, (pkg) => {
      pkg.resources[0].hash = sha256(readFileSync(join(VALID, 'units.csv')));
    });
    expect(loadPackage(dir, { chunkBytes: 4 }).problems.map((p) => p.message.split(' ')[0])).toEqual(['sha256', 'file']);
  });

  test('tables listed in any order: keys and rules that wait for a later table find the same problems', () => {
    const dir = broken();
    const inOrder = report(dir);
    editPackage(dir, (pkg) => pkg.resources.reverse());
    const reversed = report(dir);
    expect([...reversed].sort()).toEqual([...inOrder].sort());
    expect(inOrder).toEqual([
      'observations.csv:2:10: value "5OO" is not a number (plain digits, no separators)',
      'stories.csv:3:1: duplicate primary key "paper-story" (first at line 2)',
      'observations.csv:5:2: series_id "agency-nope" not found in series.id',
      'claim_evidence.csv:5:2: observation_id "share-2017" not found in observations.id',
      'observations.csv:3:10: value 141 is above 100, the most a "percent" value can be',
      'claims.csv:3:8: low 80 is greater than high 40',
    ]);
  });
});
