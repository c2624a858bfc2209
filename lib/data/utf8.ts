import { Buffer, isUtf8 } from 'node:buffer';

/**
 * Finds the first byte that is not valid UTF-8, or -1.
 * A hand-written scanner, because TextDecoder's fatal mode says that a file is bad but not where.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let extra: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { extra = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { extra = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { extra = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/** 1-based line and column (in bytes) of a byte offset. */
export function byteLocation(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

export interface Utf8Fault {
  /** The first byte that is not valid UTF-8. */
  byte: number;
  line: number;
  /** 1-based, in bytes. */
  column: number;
}

const EMPTY = new Uint8Array(0);

/**
 * Where the incomplete multi-byte sequence at the end of a chunk starts (its lead byte), or the
 * chunk's length when it ends on a whole character. Such a tail is checked with the next chunk.
 */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k];
    if (b < 0x80) return n;
    if (b >= 0xc0) return k < (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) ? n - k : n;
  }
  return n;
}

/**
 * firstInvalidUtf8Byte and byteLocation for a file read a chunk at a time: push every chunk, then
 * end(); `fault` is then what the two would say about the whole file. Valid chunks take the native
 * isUtf8 check; only a chunk that fails it is scanned byte by byte, to find the byte.
 */
export class Utf8Checker {
  fault?: Utf8Fault;
  private next = 0;
  private line = 1;
  private lineStart = 0;
  private carry: Uint8Array = EMPTY;

  push(chunk: Uint8Array): void {
    if (this.fault || chunk.length === 0) return;
    let bytes = chunk;
    if (this.carry.length) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
    }
    const base = this.next - this.carry.length;
    this.next += chunk.length;
    const cut = incompleteTail(bytes);
    this.check(bytes.subarray(0, cut), base);
    // A copy (new Uint8Array, not slice, which on a Buffer is a view): the caller may reuse its buffer.
    this.carry = cut < bytes.length ? new Uint8Array(bytes.subarray(cut)) : EMPTY;
  }

  end(): void {
    if (this.carry.length && !this.fault) this.check(this.carry, this.next - this.carry.length);
    this.carry = EMPTY;
  }

  private check(bytes: Uint8Array, base: number): void {
    const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8Byte(bytes);
    const upTo = bad >= 0 ? bad : bytes.length;
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, upTo);
    for (let i = buf.indexOf(0x0a); i !== -1; i = buf.indexOf(0x0a, i + 1)) {
      this.line++;
      this.lineStart = base + i + 1;
    }
    if (bad >= 0) this.fault = { byte: bytes[bad], line: this.line, column: base + bad - this.lineStart + 1 };
  }
}
