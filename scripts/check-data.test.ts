/** `npx tsx scripts/check-data.ts <dir>` as a child process: exit code and path:line:column output. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    execFile(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/check-data.ts', dir], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });

/** _valid plus a case's own files (only committed cases without generate or patch are used here). */
function materialise(scratch: string, name: string): string {
  const dir = join(scratch, name);
  cpSync(join(CORPUS, '_valid'), dir, { recursive: true });
  cpSync(join(CORPUS, name), dir, { recursive: true });
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

  test.each(Object.entries(BAD))('exits non-zero for %s and prints path:line:column: message to stderr', (name, expected) => {
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
  });

  test('prints every problem, in every file', () => {
    const run = runs['percent-over-100'];
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(scratch, 'percent-over-100', 'observations.csv')}:5:10: value 141 is above 100`);
    expect(run.stderr).toContain(`${join(scratch, 'percent-over-100', 'stories.csv')}:1:1: header is separated by ";"; use commas`);
    expect(run.stderr).toContain(`2 problem(s) in`);
  });
});
