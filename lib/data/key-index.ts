import type { Cell } from './field-value';

const EMPTY = -1;
const FIRST_CAPACITY = 1 << 10;

/** FNV-1a over the UTF-16 code units: cheap, and spread well enough for linear probing at half load. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Keys and the line each was first seen on: what a Map<Cell, number> would hold, for the millions of
 * primary keys of a large table. A Map of a million string keys spent most of check:data's key time
 * on its own hashing and growth; here string keys sit in an open-addressing table of typed arrays
 * (their hashes and lines unboxed), and only the key strings themselves are JS objects. Numbers and
 * null, which no large table uses as a key, go to a Map. As in a Map, 1 and "1" are different keys.
 */
export class KeyIndex {
  private slots = new Int32Array(FIRST_CAPACITY).fill(EMPTY);
  private hashes = new Int32Array(FIRST_CAPACITY >> 1);
  private lines = new Int32Array(FIRST_CAPACITY >> 1);
  private readonly keys: string[] = [];
  private readonly others = new Map<Cell, number>();

  get size(): number {
    return this.keys.length + this.others.size;
  }

  /** The line a key was first seen on, or undefined. */
  get(key: Cell): number | undefined {
    if (typeof key !== 'string') return this.others.get(key);
    const entry = this.find(key, hashOf(key));
    return entry >= 0 ? this.lines[entry] : undefined;
  }

  has(key: Cell): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * Adds a key first seen on `line`, unless it is already here: then returns the line it was first
   * seen on and changes nothing. `keep` makes the copy of the key to store (see validate-keys' stored).
   */
  add(key: Cell, line: number, keep: (key: Cell) => Cell = (k) => k): number | undefined {
    if (typeof key !== 'string') {
      const first = this.others.get(key);
      if (first === undefined) this.others.set(keep(key), line);
      return first;
    }
    const hash = hashOf(key);
    const found = this.find(key, hash);
    if (found >= 0) return this.lines[found];
    const entry = this.keys.length;
    if (entry === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.lines = grown(this.lines);
    }
    this.keys.push(keep(key) as string);
    this.hashes[entry] = hash;
    this.lines[entry] = line;
    this.slots[~found] = entry;
    // Kept at most half full, so a probe meets an empty slot soon.
    if (this.keys.length * 2 > this.slots.length) this.rehash();
    return undefined;
  }

  /** The entry holding the key, or the bitwise complement of the empty slot where it would go. */
  private find(key: string, hash: number): number {
    const { slots, hashes, keys } = this;
    const mask = slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const entry = slots[i];
      if (entry === EMPTY) return ~i;
      if (hashes[entry] === hash && keys[entry] === key) return entry;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.keys.length; entry++) {
      let i = this.hashes[entry] & mask;
      while (slots[i] !== EMPTY) i = (i + 1) & mask;
      slots[i] = entry;
    }
    this.slots = slots;
  }
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
