import { MAX_LINE_CHARS, readCsv } from './read-csv';

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
