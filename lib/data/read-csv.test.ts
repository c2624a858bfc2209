import Papa from 'papaparse';
import type { Problem } from './problem';
import { CsvReader, type CsvRow, type CsvTable, MAX_LINE_CHARS, readCsv } from './read-csv';
import { byteLocation, firstInvalidUtf8Byte } from './utf8';

const bytes = (s: string) => new TextEncoder().encode(s);
const read = (s: string | Uint8Array) => readCsv('f.csv', typeof s === 'string' ? bytes(s) : s);
const where = (s: string | Uint8Array) => {
  const { problems } = read(s);
  expect(problems).toHaveLength(1);
  const [p] = problems;
  return { line: p.line, column: p.column, message: p.message };
};

describe('readCsv: well-formed input', () => {
  test('splits header and rows, numbering rows by the line they start on', () => {
    const t = read('a,b\n1,2\n3,4\n');
    expect(t.problems).toEqual([]);
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  test('a missing final newline is fine', () => {
    expect(read('a,b\n1,2').rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  test('quoted fields keep commas, doubled quotes and newlines', () => {
    const t = read('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n');
    expect(t.rows).toEqual([
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
  });

  test('rows after multi-line quoted fields get the line they start on', () => {
    const t = read('a,b\n"x\n\ny",3\n4,5\n"p\nq",6\n7,8\n');
    expect(t.rows.map((r) => r.line)).toEqual([2, 5, 6, 8]);
  });

  test('cells are not trimmed or converted', () => {
    expect(read('a,b\n 1 ,1\u00a0000\n').rows[0].cells).toEqual([' 1 ', '1\u00a0000']);
  });

  test('a header-only file has no rows and no problem (the table check reports it)', () => {
    expect(read('a,b\n')).toEqual({ header: ['a', 'b'], rows: [], problems: [] });
  });

  test('a blank line is kept as a one-empty-cell row, so it can be reported', () => {
    expect(read('a,b\n\n1,2\n').rows).toEqual([
      { line: 2, cells: [''] },
      { line: 3, cells: ['1', '2'] },
    ]);
  });

  test('multi-byte UTF-8 text is decoded', () => {
    expect(read('a\nCafé – 😀\n').rows[0].cells).toEqual(['Café – 😀']);
  });

  test('a line of exactly the maximum length is accepted', () => {
    const t = read(`a\n${'x'.repeat(MAX_LINE_CHARS)}\n`);
    expect(t.problems).toEqual([]);
    expect(t.rows[0].cells[0]).toHaveLength(MAX_LINE_CHARS);
  });
});

describe('readCsv: file-level faults give one located problem and no rows', () => {
  test('empty file', () => {
    expect(read('')).toEqual({ header: [], rows: [], problems: [{ path: 'f.csv', line: 1, column: 1, message: 'file is empty; expected a header row' }] });
  });

  test('byte-order mark', () => {
    expect(where('\ufeffa,b\n1,2\n')).toEqual({ line: 1, column: 1, message: expect.stringContaining('byte-order mark') });
  });

  test('CR LF line endings point at the first CR', () => {
    expect(where('a,b\r\n1,2\r\n')).toEqual({ line: 1, column: 4, message: expect.stringContaining('carriage return') });
    expect(where('a,b\n1,2\n3,4\r\n')).toEqual({ line: 3, column: 4, message: expect.stringContaining('carriage return') });
  });

  test('a lone CR (old Mac line ending) is rejected too', () => {
    expect(where('a,b\n1,2\r3,4\n')).toMatchObject({ line: 2, column: 4 });
  });

  test('a line longer than the maximum', () => {
    const p = where(`a\nok\n${'x'.repeat(MAX_LINE_CHARS + 1)}\n`);
    expect(p).toEqual({ line: 3, column: 1, message: 'line is longer than 100,000 characters' });
  });

  test('a 5 MB single line is rejected quickly, with a short message', () => {
    const started = Date.now();
    const p = where(`a\n${'x'.repeat(5 * 1024 * 1024)}`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(p.line).toBe(2);
    expect(p.message.length).toBeLessThan(100);
  });

  test('invalid UTF-8: line and byte column of the bad byte', () => {
    const input = new Uint8Array([...bytes('a,b\n1,Caf'), 0xff, ...bytes('\n')]);
    expect(where(input)).toEqual({ line: 2, column: 6, message: 'invalid UTF-8 byte 0xff; save the file as UTF-8' });
  });

  test('invalid UTF-8 wins over a later CR', () => {
    const input = new Uint8Array([...bytes('a\n'), 0xc0, 0xaf, ...bytes('\r\n')]);
    expect(where(input)).toMatchObject({ line: 2, column: 1, message: expect.stringContaining('0xc0') });
  });

  test('an unterminated quote points at the opening quote', () => {
    expect(where('a,b\n1,"never closed\n2,3\n')).toEqual({ line: 2, column: 3, message: 'quoted field is never closed' });
  });

  test('an unterminated quote after a multi-line field reports its own line', () => {
    expect(where('a,b\n"two\nlines",1\n2,3\n4,"open\n')).toMatchObject({ line: 5, column: 3, message: 'quoted field is never closed' });
  });

  test('text after a closing quote is malformed quoting, located at the field', () => {
    expect(where('a,b\n1,2\n3,"ab"c\n')).toMatchObject({ line: 3, column: 3, message: expect.stringContaining('malformed quoting') });
  });

  test('malformed quoting after a multi-line field reports the right line', () => {
    expect(where('a,b\n"x\ny\nz",1\n2,"q"r\n')).toMatchObject({ line: 5, column: 3 });
  });

  test('no rows are returned from a broken file', () => {
    const t = read('a,b\n1,2\n3,"open\n');
    expect(t.header).toEqual([]);
    expect(t.rows).toEqual([]);
  });
});

/**
 * The whole-file reader that CsvReader replaced, kept as the reference: every check over the whole
 * text at once, then papaparse over the whole text. CsvReader must agree with it on any input, in
 * any chunking.
 */
function wholeFileReadCsv(path: string, bytes: Uint8Array): CsvTable {
  const fault = (line: number, column: number, message: string): CsvTable => ({ header: [], rows: [], problems: [{ path, line, column, message }] });
  if (bytes.length === 0) return fault(1, 1, 'file is empty; expected a header row');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return fault(1, 1, 'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const at = byteLocation(bytes, bad);
    return fault(at.line, at.column, `invalid UTF-8 byte 0x${bytes[bad].toString(16).padStart(2, '0')}; save the file as UTF-8`);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) return fault(line, i - lineStart + 1, 'carriage return (CR LF line ending); use LF line endings');
    if (ch === 10) { line++; lineStart = i + 1; continue; }
    if (i - lineStart >= MAX_LINE_CHARS) return fault(line, 1, `line is longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters`);
  }
  const rows: CsvRow[] = [];
  let broken: Problem | undefined;
  let start = 0;
  let startLine = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (; counted < offset; counted++) if (text.charCodeAt(counted) === 10) startLine++;
    return startLine;
  };
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    step: (result, parser) => {
      const rowLine = lineAt(start);
      const error = result.errors[0];
      if (error) {
        const offset = error.index === undefined ? start : error.type === 'Quotes' ? Math.max(start, error.index - 1) : error.index;
        const col = offset - text.lastIndexOf('\n', offset - 1);
        const what = error.code === 'MissingQuotes' ? 'quoted field is never closed' : `malformed quoting (${error.message})`;
        broken = { path, line: lineAt(offset), column: col, message: what };
        parser.abort();
        return;
      }
      rows.push({ line: rowLine, cells: result.data });
      start = result.meta.cursor;
    },
  });
  if (broken) return { header: [], rows: [], problems: [broken] };
  const last = rows[rows.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === '' && text.endsWith('\n')) rows.pop();
  const [headerRow, ...body] = rows;
  if (!headerRow) return fault(1, 1, 'file is empty; expected a header row');
  return { header: headerRow.cells, rows: body, problems: [] };
}

/** CsvReader fed `bytes` in pieces of the given sizes (cycled), as CsvTable. */
function readInChunks(bytes: Uint8Array, sizes: number[]): CsvTable {
  const rows: CsvRow[] = [];
  const reader = new CsvReader('f.csv', (row) => rows.push(row));
  // One buffer reused for every piece, as load-package does.
  const buffer = new Uint8Array(Math.max(...sizes));
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const n = Math.min(sizes[k % sizes.length], bytes.length - at);
    buffer.set(bytes.subarray(at, at + n));
    reader.push(buffer.subarray(0, n));
    at += n;
  }
  const fault = reader.end();
  if (fault) return { header: [], rows: [], problems: [fault] };
  const [headerRow, ...body] = rows;
  return { header: headerRow.cells, rows: body, problems: [] };
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000);
}

const PIECES: Array<string | number[]> = ['a', 'b1', ',', ',', '\n', '\n', '"', '"', '""', ' ', '\t', '\u00a0', '\r', 'é', '😀', [0xff], [0xc3], [0xe2, 0x82], [0xef, 0xbb, 0xbf], '"\n', '" ,', '"  \n', '\n\n'];

describe('CsvReader: any chunking reads like the whole file at once', () => {
  const enc = new TextEncoder();
  const corpus: Array<[string, Uint8Array]> = [
    ['plain', bytes('a,b\n1,2\n3,4\n')],
    ['no final newline', bytes('a,b\n1,2')],
    ['quoted', bytes('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n')],
    ['blank lines', bytes('a,b\n\n1,2\n\n')],
    ['quoted empty last field', bytes('a\n""')],
    ['quote closing at the end', bytes('a,b\n1,"x"')],
    ['doubled quote at the end', bytes('a,b\n1,"x""')],
    ['spaces after a closing quote', bytes('a,b\n"x"  ,y\n"p" \nq,r\n')],
    ['text after a closing quote', bytes('a,b\n1,2\n3,"ab"c\n')],
    ['unterminated quote', bytes('a,b\n"two\nlines",1\n2,3\n4,"open\n')],
    ['CR after a bad quote', bytes('a,b\n1,"ab"c\n2,3\r\n')],
    ['bad byte after a CR', new Uint8Array([...bytes('a\r\nb'), 0xff])],
    ['BOM', bytes('\ufeffa,b\n1,2\n')],
    // ASCII chunks are decoded as Latin-1, so the decoder first sees bytes mid-file: a U+FEFF there is text, not a BOM to drop.
    ['U+FEFF after ASCII text', bytes('a,b\n1,2\n\ufeff3,4\n')],
    ['two bytes', bytes('a\n')],
    ['multi-byte text', bytes('a,b\nCafé – 😀,"ü\nß"\n')],
    ['long line', bytes(`a\nok\n${'x'.repeat(MAX_LINE_CHARS + 1)}\n`)],
    ['line of the maximum length', bytes(`a\n${'x'.repeat(MAX_LINE_CHARS)}\n`)],
    ['long quoted field over many lines', bytes(`a,b\n"${'word\n'.repeat(30000)}",1\n2,3\n`)],
    ['long field that never closes', bytes(`a,b\n1,"${'word\n'.repeat(30000)}`)],
  ];
  const chunkings = [[1], [2], [3], [5, 1, 7], [64], [4096]];

  test.each(corpus)('%s', (_name, input) => {
    const expected = wholeFileReadCsv('f.csv', input);
    expect(read(input)).toEqual(expected);
    for (const sizes of chunkings) expect([sizes, readInChunks(input, sizes)]).toEqual([sizes, expected]);
  });

  test('1,000 random inputs of commas, quotes, newlines, spaces, CRs and broken bytes', () => {
    const next = random(7);
    const outcomes = new Set<string>();
    for (let n = 0; n < 1000; n++) {
      const parts: number[] = [];
      const length = 1 + Math.floor(next() * 40);
      for (let i = 0; i < length; i++) {
        const piece = PIECES[Math.floor(next() * PIECES.length)];
        parts.push(...(typeof piece === 'string' ? enc.encode(piece) : piece));
      }
      const input = new Uint8Array(parts);
      const expected = wholeFileReadCsv('f.csv', input);
      outcomes.add(expected.problems[0]?.message.replace(/0x\w\w/, '0x..') ?? 'rows');
      expect([n, read(input)]).toEqual([n, expected]);
      for (const sizes of chunkings) expect([n, sizes, readInChunks(input, sizes)]).toEqual([n, sizes, expected]);
    }
    // The inputs reach every outcome.
    expect([...outcomes].sort()).toEqual([
      'carriage return (CR LF line ending); use LF line endings',
      'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
      'invalid UTF-8 byte 0x..; save the file as UTF-8',
      'malformed quoting (Trailing quote on quoted field is malformed)',
      'quoted field is never closed',
      'rows',
    ]);
  });
});
