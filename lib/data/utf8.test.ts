import { byteLocation, firstInvalidUtf8Byte, Utf8Checker } from './utf8';

const enc = (s: string) => new TextEncoder().encode(s);
const b = (...xs: number[]) => new Uint8Array(xs);

describe('firstInvalidUtf8Byte', () => {
  test.each([
    ['empty', new Uint8Array()],
    ['ASCII', enc('id,name\nx,y\n')],
    ['two-byte (é)', enc('café')],
    ['three-byte (€, –)', enc('€5 – 6')],
    ['four-byte (emoji)', enc('😀')],
    ['the largest code point U+10FFFF', b(0xf4, 0x8f, 0xbf, 0xbf)],
    ['U+FEFF inside text', enc('a\ufeffb')],
  ])('accepts %s', (_name, input) => {
    expect(firstInvalidUtf8Byte(input)).toBe(-1);
  });

  test.each([
    ['0xff', b(0x61, 0xff), 1],
    ['0xfe', b(0xfe), 0],
    ['a stray continuation byte', b(0x61, 0x62, 0x80), 2],
    ['a lead byte at the end', b(0x61, 0xc3), 1],
    ['a lead byte followed by ASCII', b(0xe2, 0x82, 0x41), 0],
    ['overlong two-byte "/" (C0 AF)', b(0xc0, 0xaf), 0],
    ['overlong two-byte (C1 BF)', b(0xc1, 0xbf), 0],
    ['overlong three-byte (E0 80 AF)', b(0x61, 0xe0, 0x80, 0xaf), 1],
    ['overlong four-byte (F0 80 80 AF)', b(0xf0, 0x80, 0x80, 0xaf), 0],
    ['a UTF-16 surrogate (ED A0 80)', b(0xed, 0xa0, 0x80), 0],
    ['a code point past U+10FFFF (F4 90 80 80)', b(0xf4, 0x90, 0x80, 0x80), 0],
    ['lead byte F5', b(0xf5, 0x80, 0x80, 0x80), 0],
    ['Latin-1 é (0xE9) between ASCII', b(0x63, 0x61, 0x66, 0xe9, 0x0a), 3],
  ])('rejects %s', (_name, input, at) => {
    expect(firstInvalidUtf8Byte(input)).toBe(at);
  });

  test('finds the first of several bad bytes', () => {
    expect(firstInvalidUtf8Byte(b(...enc('ok\n'), 0xff, 0xfe))).toBe(3);
  });

  test('agrees with TextDecoder on every two-byte sequence', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (let x = 0x80; x <= 0xff; x++) {
      for (let y = 0; y <= 0xff; y += 7) {
        const input = b(x, y);
        let valid = true;
        try {
          fatal.decode(input);
        } catch {
          valid = false;
        }
        expect([x, y, firstInvalidUtf8Byte(input) === -1]).toEqual([x, y, valid]);
      }
    }
  });
});

describe('byteLocation', () => {
  test('is 1-based', () => {
    expect(byteLocation(enc('abc'), 0)).toEqual({ line: 1, column: 1 });
    expect(byteLocation(enc('abc'), 2)).toEqual({ line: 1, column: 3 });
  });

  test('counts lines by LF', () => {
    const input = enc('ab\ncd\nef');
    expect(byteLocation(input, 3)).toEqual({ line: 2, column: 1 });
    expect(byteLocation(input, 7)).toEqual({ line: 3, column: 2 });
  });

  test('the newline itself belongs to the line it ends', () => {
    expect(byteLocation(enc('ab\ncd'), 2)).toEqual({ line: 1, column: 3 });
  });

  test('columns count bytes, not characters', () => {
    expect(byteLocation(enc('é!'), 2)).toEqual({ line: 1, column: 3 });
  });
});

describe('Utf8Checker', () => {
  /** What firstInvalidUtf8Byte and byteLocation say about the whole input. */
  const whole = (input: Uint8Array) => {
    const bad = firstInvalidUtf8Byte(input);
    return bad < 0 ? undefined : { byte: input[bad], ...byteLocation(input, bad) };
  };
  /** The checker fed the input in pieces of `size` bytes, through one reused buffer. */
  const chunked = (input: Uint8Array, size: number) => {
    const checker = new Utf8Checker();
    const buffer = new Uint8Array(size);
    for (let at = 0; at < input.length; at += size) {
      const piece = input.subarray(at, at + size);
      buffer.set(piece);
      checker.push(buffer.subarray(0, piece.length));
    }
    checker.end();
    return checker.fault;
  };

  test.each([
    ['valid text', enc('id,name\nCafé – 😀\n€5\n')],
    ['a bad byte on line 3', b(...enc('ab\ncd\nef'), 0xff, ...enc('\n'))],
    ['a lead byte at the very end', b(...enc('ok\n'), 0xf0, 0x9f, 0x98)],
    ['a lead byte followed by a newline', b(...enc('a\n'), 0xe2, 0x0a, 0x41)],
    ['overlong "/" after multi-byte text', b(...enc('é\nü'), 0xc0, 0xaf)],
    ['a surrogate', b(...enc('x\n'), 0xed, 0xa0, 0x80)],
  ])('%s: every chunk size agrees with the whole-file scan', (_name, input) => {
    for (let size = 1; size <= input.length + 1; size++) expect([size, chunked(input, size)]).toEqual([size, whole(input)]);
  });

  test('agrees with the whole-file scan on random bytes split at random', () => {
    let seed = 3;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000);
    const pieces = [enc('a'), enc('\n'), enc('é'), enc('€'), enc('😀'), b(0x80), b(0xc3), b(0xe2, 0x82), b(0xf0, 0x9f), b(0xff), b(0xc0, 0xaf)];
    for (let n = 0; n < 500; n++) {
      const parts: number[] = [];
      for (let i = Math.floor(next() * 30); i >= 0; i--) parts.push(...pieces[Math.floor(next() * pieces.length)]);
      const input = b(...parts);
      const size = 1 + Math.floor(next() * 8);
      expect([n, size, chunked(input, size)]).toEqual([n, size, whole(input)]);
    }
  });

  test('an empty input is valid', () => {
    const checker = new Utf8Checker();
    checker.end();
    expect(checker.fault).toBeUndefined();
  });
});
