import { inflateRawSync } from 'node:zlib';

export interface ZipRead {
  files: Record<string, string>;
  /** Each entry's modification date (YYYY-MM-DD), from its MS-DOS date field. */
  dates: Record<string, string>;
}

/** Reads a ZIP's entries back from its central directory, independently of scripts/zip.ts. */
export function readZip(zip: Buffer): ZipRead {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files: Record<string, string> = {};
  const dates: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const size = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const day = zip.readUInt16LE(at + 14);
    dates[name] =
      `${(day >> 9) + 1980}-${String((day >> 5) & 15).padStart(2, '0')}-${String(day & 31).padStart(2, '0')}`;
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    files[name] = inflateRawSync(zip.subarray(dataStart, dataStart + size)).toString('utf8');
    at += 46 + nameLength;
  }
  return { files, dates };
}
