import Papa from 'papaparse';
import type { Problem } from './problem';
import { byteLocation, firstInvalidUtf8Byte } from './utf8';

/** Longest line we accept; a longer one is almost always a broken export, not data. */
export const MAX_LINE_CHARS = 100_000;

export interface CsvRow {
  /** Line on which the row starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  problems: Problem[];
}

const problem = (path: string, line: number, column: number, message: string): Problem => ({ path, line, column, message });

/**
 * Reads one CSV file strictly: UTF-8 without BOM, LF line endings, comma-separated, RFC 4180 quoting.
 * On a file-level fault (encoding, line endings, quoting) it returns that one problem and no rows,
 * so nothing from a broken file is half-used.
 */
export function readCsv(path: string, bytes: Uint8Array): CsvTable {
  const empty = (p: Problem): CsvTable => ({ header: [], rows: [], problems: [p] });
  if (bytes.length === 0) return empty(problem(path, 1, 1, 'file is empty; expected a header row'));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return empty(problem(path, 1, 1, 'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM'));
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const at = byteLocation(bytes, bad);
    return empty(problem(path, at.line, at.column, `invalid UTF-8 byte 0x${bytes[bad].toString(16).padStart(2, '0')}; save the file as UTF-8`));
  }
  const text = new TextDecoder('utf-8').decode(bytes);

  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) return empty(problem(path, line, i - lineStart + 1, 'carriage return (CR LF line ending); use LF line endings'));
    if (ch === 10) { line++; lineStart = i + 1; continue; }
    if (i - lineStart >= MAX_LINE_CHARS) {
      return empty(problem(path, line, 1, `line is longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters`));
    }
  }

  const rows: CsvRow[] = [];
  let fault: Problem | undefined;
  let start = 0;
  let startLine = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    // Counts newlines incrementally: rows arrive in order, so the whole file is scanned once.
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
        // papaparse reports quote errors just past the field's opening quote; point at the quote itself.
        const offset = error.index === undefined ? start : error.type === 'Quotes' ? Math.max(start, error.index - 1) : error.index;
        const col = offset - text.lastIndexOf('\n', offset - 1);
        const what = error.code === 'MissingQuotes' ? 'quoted field is never closed' : `malformed quoting (${error.message})`;
        fault = problem(path, lineAt(offset), col, what);
        parser.abort();
        return;
      }
      rows.push({ line: rowLine, cells: result.data });
      start = result.meta.cursor;
    },
  });
  if (fault) return empty(fault);

  // A final newline makes papaparse report one empty row at the end; that is not a blank line.
  const last = rows[rows.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === '' && text.endsWith('\n')) rows.pop();

  const [headerRow, ...body] = rows;
  if (!headerRow) return empty(problem(path, 1, 1, 'file is empty; expected a header row'));
  return { header: headerRow.cells, rows: body, problems: [] };
}
