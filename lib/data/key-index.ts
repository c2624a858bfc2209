import type { Cell } from './field-value';

const EMPTY = -1;
const FIRST_CAPACITY = 1 << 13;
/** Up to this many string keys stay in a Map (see KeyIndex); the typed table takes over past it. */
const SMALL_KEYS = FIRST_CAPACITY >> 2;

/** FNV-1a over the UTF-16 code units: cheap, and spread well enough for linear probing at half load. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Keys and the line each was first seen on: what a Map<Cell, number> would hold, for the millions of
 * primary keys of a large table. A Map of a million string keys spent most of check:data's key time
 * on its own hashing and growth; here string keys sit in an open-addressing table of typed arrays:
 * their hashes, lines and UTF-16 code units (one after another in `chars`) unboxed. So a million keys
 * are not a million strings for the garbage collector to copy and promote (which, with the keys
 * kept as strings, took as long as the table itself), and a key kept never holds on to the chunk of
 * file text it was sliced from. Numbers and null, which no large table uses as a key, go to a Map.
 * As in a Map, 1 and "1" are different keys.
 *
 * A small table's string keys (the series, units and sources a million observations point at) stay
 * in a Map of their own until there are SMALL_KEYS of them: a foreign-key lookup then hashes the
 * cell with V8's own string hash, which V8 keeps on the string, so the rules' lookups of the same
 * cell (rules.ts) do not hash it again; FNV-1a here hashed each such cell three times as slowly.
 */
export class KeyIndex {
  private small: Map<string, number> | undefined = new Map();
  private slots = new Int32Array(0);
  private hashes = new Int32Array(0);
  private lines = new Int32Array(0);
  /** Where each entry's code units end in `chars` (an entry starts where the one before it ends). */
  private ends = new Int32Array(0);
  private chars = new Uint16Array(0);
  private entries = 0;
  private readonly others = new Map<Cell, number>();

  get size(): number {
    return (this.small ? this.small.size : this.entries) + this.others.size;
  }

  /** The line a key was first seen on, or undefined. */
  get(key: Cell): number | undefined {
    if (typeof key !== 'string') return this.others.get(key);
    if (this.small) return this.small.get(key);
    const entry = this.find(key, hashOf(key));
    return entry >= 0 ? this.lines[entry] : undefined;
  }

  has(key: Cell): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * Adds a key first seen on `line`, unless it is already here: then returns the line it was first
   * seen on and changes nothing. `keep` makes the copy of the key to store in a Map (see
   * validate-keys' stored); the typed table copies a key's code units anyway.
   */
  add(key: Cell, line: number, keep: (key: Cell) => Cell = (k) => k): number | undefined {
    if (typeof key !== 'string') {
      const first = this.others.get(key);
      if (first === undefined) this.others.set(keep(key), line);
      return first;
    }
    if (this.small) {
      const first = this.small.get(key);
      if (first !== undefined) return first;
      if (this.small.size < SMALL_KEYS) {
        this.small.set(keep(key) as string, line);
        return undefined;
      }
      this.grow();
    }
    const hash = hashOf(key);
    const found = this.find(key, hash);
    if (found >= 0) return this.lines[found];
    this.slots[~found] = this.append(key, hash, line);
    // Kept at most half full, so a probe meets an empty slot soon.
    if (this.entries * 2 > this.slots.length) this.rehash();
    return undefined;
  }

  /** Stores a new entry's hash, line and code units; returns the entry. */
  private append(key: string, hash: number, line: number): number {
    const entry = this.entries++;
    if (entry === this.hashes.length) {
      this.hashes = grown(this.hashes, entry + 1);
      this.lines = grown(this.lines, entry + 1);
      this.ends = grown(this.ends, entry + 1);
    }
    const start = entry ? this.ends[entry - 1] : 0;
    const end = start + key.length;
    if (end > this.chars.length) this.chars = grown(this.chars, end);
    const { chars } = this;
    for (let i = 0; i < key.length; i++) chars[start + i] = key.charCodeAt(i);
    this.hashes[entry] = hash;
    this.lines[entry] = line;
    this.ends[entry] = end;
    return entry;
  }

  /** Moves the small Map's keys, in the order they came, into the typed table. */
  private grow(): void {
    const small = this.small!;
    this.small = undefined;
    this.slots = new Int32Array(FIRST_CAPACITY).fill(EMPTY);
    for (const [key, line] of small) {
      const hash = hashOf(key);
      this.slots[~this.find(key, hash)] = this.append(key, hash, line);
    }
  }

  /** The entry holding the key, or the bitwise complement of the empty slot where it would go. */
  private find(key: string, hash: number): number {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const entry = slots[i];
      if (entry === EMPTY) return ~i;
      if (hashes[entry] === hash && this.holds(entry, key)) return entry;
    }
  }

  /** Whether an entry's code units are the key's. */
  private holds(entry: number, key: string): boolean {
    const start = entry ? this.ends[entry - 1] : 0;
    if (this.ends[entry] - start !== key.length) return false;
    const { chars } = this;
    for (let i = 0; i < key.length; i++) if (chars[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.entries; entry++) {
      let i = this.hashes[entry] & mask;
      while (slots[i] !== EMPTY) i = (i + 1) & mask;
      slots[i] = entry;
    }
    this.slots = slots;
  }
}

/** A copy of `a` with room for at least `needed` elements (twice as many as it had, or more). */
function grown<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(a: T, needed: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(needed, a.length * 2, 1 << 12));
  b.set(a);
  return b;
}
