/** `npx tsx scripts/check-data.ts <dir>` as a child process: exit code and path:line:column output. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const CORPUS = join(ROOT, 'tests', 'bad-data');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const checkData = (dir: string) =>
  new Promise<Run>((done) => {
    // What `npx tsx scripts/check-data.ts <dir>` runs, without npx's second of package resolution.
    execFile(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['scripts/check-data.ts', dir],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });

/** _valid plus a case's own files (only committed cases without generate or patch are used here). */
function materialise(scratch: string, name: string): string {
  const dir = join(scratch, name);
  cpSync(join(CORPUS, '_valid'), dir, { recursive: true });
  cpSync(join(CORPUS, name), dir, { recursive: true });
  return dir;
}

/** Rows of observations after _valid's three (whose last ends on line 5): row i is on line 5 + i. */
const MANY = 40_000;
const manyLine = (i: number) => 5 + i;

/** _valid with 40,000 more observations (about 11 MB, so read in several 1 MB chunks), two of them faulty. */
function manyRows(scratch: string): string {
  const dir = join(scratch, 'many-rows');
  cpSync(join(CORPUS, '_valid'), dir, { recursive: true });
  const rows: string[] = [];
  for (let i = 1; i <= MANY; i++) {
    const id = i === 30_000 ? 'generated-observation-5' : `generated-observation-${i}`;
    const series = i === 20_000 ? 'agency-cuont' : 'agency-count';
    rows.push(
      `${id},${series},FY2019,FY2019,federal-fy,2018-10-01,2019-09-30,North Carolina,37,${i},at-least,people,agency-report,"Table 1, row ${i}",table,high,"A note, ${'with some words '.repeat(5)}and an end."`,
    );
  }
  const observations = join(dir, 'observations.csv');
  writeFileSync(observations, `${readFileSync(observations, 'utf8')}${rows.join('\n')}\n`);
  return dir;
}

let scratch: string;
let runs: Record<string, Run>;
const BAD = {
  'dangling-observation-source': 'observations.csv:2:13: source_id "agency-reprot" not found in sources.id',
  'unterminated-quote': 'stories.csv:2:81: quoted field is never closed',
  'percent-over-100': 'observations.csv:5:10: value 141 is above 100',
};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'check-data-'));
  const dirs: Record<string, string> = { valid: join(CORPUS, '_valid') };
  for (const name of Object.keys(BAD)) dirs[name] = materialise(scratch, name);
  // A second fault in another file, to see that every problem is printed.
  writeFileSync(join(dirs['percent-over-100'], 'stories.csv'), 'id;outlet;headline;author;date;url;summary;note\n');
  dirs['many-rows'] = manyRows(scratch);
  const entries = await Promise.all(Object.entries(dirs).map(async ([k, d]) => [k, await checkData(d)] as const));
  runs = Object.fromEntries(entries);
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('scripts/check-data.ts', () => {
  test('exits 0 for a valid folder and says so on stdout', () => {
    const run = runs.valid;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/_valid: ok \(1 stories, 3 claims, 2 series, 3 observations, 2 sources\)/);
  });

  test.each(Object.entries(BAD))(
    'exits non-zero for %s and prints path:line:column: message to stderr',
    (name, expected) => {
      const run = runs[name];
      expect(run.code).not.toBe(0);
      expect(run.stdout).toBe('');
      const lines = run.stderr.split('\n').filter((l) => l && !/^\d+ problem\(s\) in /.test(l));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^.+:\d+:\d+: .+/);
      const [file, ...rest] = expected.split(':');
      const wanted = `${join(scratch, name, file)}:${rest.join(':')}`;
      expect(lines.some((l) => l.startsWith(wanted))).toBe(true);
      expect(run.stderr).toMatch(new RegExp(`\\n${lines.length} problem\\(s\\) in `));
    },
  );

  test('prints every problem, in every file', () => {
    const run = runs['percent-over-100'];
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${join(scratch, 'percent-over-100', 'observations.csv')}:5:10: value 141 is above 100`,
    );
    expect(run.stderr).toContain(
      `${join(scratch, 'percent-over-100', 'stories.csv')}:1:1: header is separated by ";"; use commas`,
    );
    expect(run.stderr).toContain(`2 problem(s) in`);
  });

  test('a large file is read in chunks, and its problems are still located exactly', () => {
    const run = runs['many-rows'];
    const path = join(scratch, 'many-rows', 'observations.csv');
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `${path}:${manyLine(30_000)}:1: duplicate primary key "generated-observation-5" (first at line ${manyLine(5)})`,
      `${path}:${manyLine(20_000)}:2: series_id "agency-cuont" not found in series.id`,
      `2 problem(s) in ${join(scratch, 'many-rows')}`,
    ]);
    expect(run.code).toBe(1);
  });
});
