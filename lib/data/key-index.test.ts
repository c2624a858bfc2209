import { KeyIndex } from './key-index';

describe('KeyIndex', () => {
  it('keeps the first line of each key, as a Map would, across growth', () => {
    const index = new KeyIndex();
    const map = new Map<string | number | null, number>();
    for (let i = 0; i < 20_000; i++) {
      // Repeats, numbers, null, and strings that differ only late, so probes collide and the table grows many times.
      const key = i % 7 === 0 ? `k${i >> 1}` : i % 11 === 0 ? i % 50 : i % 13 === 0 ? null : `key-${'x'.repeat(i % 5)}-${i}`;
      const expected = map.get(key);
      if (expected === undefined) map.set(key, i);
      expect(index.add(key, i)).toBe(expected);
    }
    expect(index.size).toBe(map.size);
    for (const [key, line] of map) expect([key, index.get(key), index.has(key)]).toEqual([key, line, true]);
    expect(index.has('absent')).toBe(false);
  });

  it('tells 1 from "1", and stores the copy it is given', () => {
    const index = new KeyIndex();
    expect(index.add(1, 2)).toBeUndefined();
    expect(index.add('1', 3)).toBeUndefined();
    expect([index.get(1), index.get('1')]).toEqual([2, 3]);
    const kept: unknown[] = [];
    index.add('long-enough-to-be-copied', 4, (k) => (kept.push(k), k));
    index.add('long-enough-to-be-copied', 5, (k) => (kept.push(k), k));
    expect(kept).toEqual(['long-enough-to-be-copied']);
  });
});

describe('KeyIndex past its small Map', () => {
  it('holds keys of any UTF-16 code units, keys that are prefixes of others, and the empty string', () => {
    const index = new KeyIndex();
    const keys = ['', 'é', 'ée', '😀', '😀x', 'a', 'ab'];
    for (let i = 0; i < 10_000; i++) keys.push(`${i % 3 ? 'é' : '😀'}${i}`);
    keys.forEach((k, line) => expect(index.add(k, line)).toBeUndefined());
    keys.forEach((k, line) => expect([k, index.add(k, -1), index.get(k)]).toEqual([k, line, line]));
    for (const absent of ['e', 'é0', '😀1', 'abc', '\u0000']) expect(index.has(absent)).toBe(false);
    expect(index.size).toBe(keys.length);
  });
});
