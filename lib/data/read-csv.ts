import { Buffer, isAscii } from 'node:buffer';
import Papa from 'papaparse';
import type { Problem } from './problem';
import { Utf8Checker } from './utf8';

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

/** What papaparse's Parser hands its step function. */
interface StepResult {
  data: string[][];
  errors: Array<{ type: string; code: string; message: string; index?: number }>;
  meta: { cursor: number };
}

const countNewlines = (text: string, from: number, to: number) => {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Reads one CSV file strictly, a chunk of bytes at a time: UTF-8 without BOM, LF line endings,
 * comma-separated, RFC 4180 quoting. Rows go to `onRow` as they are read, the header first (line 1).
 * end() returns the file-level fault, if any (empty file, BOM, invalid UTF-8, CR, over-long line,
 * broken quoting); a file with a fault counts as unread, so the caller drops whatever rows it had.
 *
 * Faults are ranked as if the whole file were checked at once: emptiness, then BOM, then the first
 * invalid UTF-8 byte anywhere, then the first CR or over-long line, then the first quoting fault.
 * So the reader keeps looking for the higher-ranked faults after it has found a lower one, but
 * stops parsing rows at the first fault of any kind.
 *
 * Rows are split as papaparse splits them (papaparse decides every case that is not plain): plain
 * rows, whose quoted fields close with a quote right before a comma or newline, are split here;
 * from the first row that is not plain to the end of the text at hand, papaparse's own Parser does
 * the work. Text is parsed the way papaparse's ChunkStreamer parses it (the unfinished last row is
 * parsed again with the next text), so rows and quoting errors are those of a whole-text parse.
 */
export class CsvReader {
  private size = 0;
  /** The first bytes, until there are three: enough to tell a BOM. */
  private head: Uint8Array | undefined = new Uint8Array(0);
  private bom?: Problem;
  private readonly utf8 = new Utf8Checker();
  /** ignoreBOM keeps a U+FEFF as text: a leading BOM is a fault found before decoding, and one later on is data, even in the first chunk this decoder sees. */
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** The decoder holds no bytes of an unfinished character (it last saw, if anything, a chunk ending in ASCII). */
  private decoderIdle = true;
  private lineFault?: Problem;
  private quoteFault?: Problem;

  // Line scan (CR, over-long lines), over the decoded text.
  private textOffset = 0;
  private scanLine = 1;
  private scanLineStart = 0;

  // Parsing.
  private readonly parser: Papa.Parser;
  private partial = '';
  private partialStart = 0;
  private pending: string[] = [];
  private pendingLength = 0;
  /** The text papaparse is parsing, its offset in the file, and whether it runs to the end of the file. */
  private aggregate = '';
  private aggregateStart = 0;
  private final = false;
  /** Where the next row starts: its character offset and line. */
  private rowStart = 0;
  private rowLine = 1;
  private rowCount = 0;

  constructor(private readonly path: string, private readonly onRow: (row: CsvRow) => void) {
    this.parser = new Papa.Parser({
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      escapeChar: '"',
      step: ((result: StepResult) => this.step(result)) as unknown as Papa.ParseConfig['step'],
    });
  }

  /** True once the file is known to be unreadable and nothing that follows can change the verdict. */
  get settled(): boolean {
    return this.bom !== undefined || this.utf8.fault !== undefined;
  }

  push(bytes: Uint8Array): void {
    if (bytes.length === 0 || this.settled) return;
    this.size += bytes.length;
    if (this.head) {
      const head = new Uint8Array(this.head.length + bytes.length);
      head.set(this.head);
      head.set(bytes, this.head.length);
      if (head.length < 3) {
        this.head = head;
        return;
      }
      this.head = undefined;
      bytes = head;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        this.bom = problem(this.path, 1, 1, 'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
        return;
      }
    }
    this.bytes(bytes);
  }

  /** Finishes the file: its fault, or undefined when every row has been handed over. */
  end(): Problem | undefined {
    if (this.head) {
      const head = this.head;
      this.head = undefined;
      if (head.length) this.bytes(head);
    }
    if (this.size === 0) return problem(this.path, 1, 1, 'file is empty; expected a header row');
    if (this.bom) return this.bom;
    this.utf8.end();
    const bad = this.utf8.fault;
    if (bad) return problem(this.path, bad.line, bad.column, `invalid UTF-8 byte 0x${bad.byte.toString(16).padStart(2, '0')}; save the file as UTF-8`);
    if (!this.lineFault) {
      const rest = this.decoder.decode();
      if (rest) this.text(rest);
    }
    if (this.lineFault) return this.lineFault;
    if (!this.quoteFault) this.parse(true);
    if (this.quoteFault) return this.quoteFault;
    if (this.rowCount === 0) return problem(this.path, 1, 1, 'file is empty; expected a header row');
    return undefined;
  }

  private bytes(bytes: Uint8Array): void {
    this.utf8.push(bytes);
    // Past a bad byte, or a CR or over-long line, only a bad byte could change the verdict.
    if (this.utf8.fault || this.lineFault) return;
    this.text(this.decode(bytes));
  }

  /**
   * The chunk's text. An ASCII chunk, with no character left unfinished before it, is the same text
   * in Latin-1, which V8 reads into a one-byte string several times faster than TextDecoder does.
   */
  private decode(bytes: Uint8Array): string {
    if (this.decoderIdle && isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    this.decoderIdle = bytes[bytes.length - 1] < 0x80;
    return this.decoder.decode(bytes, { stream: true });
  }

  private text(text: string): void {
    if (!text) return;
    this.scan(text);
    if (this.lineFault || this.quoteFault) {
      this.partial = '';
      this.pending = [];
      this.pendingLength = 0;
      return;
    }
    this.pending.push(text);
    this.pendingLength += text.length;
    // Parse once there is at least as much new text as unfinished old text, so that one very long
    // row (a quoted field over many lines) is parsed a logarithmic, not linear, number of times.
    if (this.pendingLength >= this.partial.length) this.parse(false);
  }

  /** The first CR, or the first line longer than MAX_LINE_CHARS, whichever comes first. */
  private scan(text: string): void {
    if (this.lineFault) return;
    const base = this.textOffset;
    this.textOffset += text.length;
    const cr = text.indexOf('\r');
    const stop = cr === -1 ? text.length : cr;
    for (let i = 0; ;) {
      const nl = text.indexOf('\n', i);
      const end = nl === -1 || nl > stop ? stop : nl;
      if (base + end - this.scanLineStart > MAX_LINE_CHARS) {
        this.lineFault = problem(this.path, this.scanLine, 1, `line is longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters`);
        return;
      }
      if (end !== nl) break;
      this.scanLine++;
      this.scanLineStart = base + nl + 1;
      i = nl + 1;
    }
    if (cr !== -1) this.lineFault = problem(this.path, this.scanLine, base + cr - this.scanLineStart + 1, 'carriage return (CR LF line ending); use LF line endings');
  }

  /** Parses the unfinished text; `final` at the end of the file, when the last row needs no newline. */
  private parse(final: boolean): void {
    let text = this.pending.length ? this.partial + this.pending.join('') : this.partial;
    let start = this.partialStart;
    this.pending = [];
    this.pendingLength = 0;
    const plain = this.plainRows(text, start);
    if (plain.end) {
      text = text.slice(plain.end);
      start += plain.end;
    }
    if (plain.stoppedAtOddRow || final) {
      this.aggregate = text;
      this.aggregateStart = start;
      this.final = final;
      const result: StepResult = this.parser.parse(text, start, !final);
      this.aggregate = '';
      if (this.quoteFault) {
        this.partial = '';
        return;
      }
      text = final ? '' : text.slice(result.meta.cursor - start);
      start = result.meta.cursor;
    }
    this.partial = text;
    this.partialStart = start;
  }

  /**
   * Splits off and hands over the plain complete rows at the start of `text` (at `start` in the
   * file). Stops at a row that is not complete in the text, or (stoppedAtOddRow) at one that is not
   * plain: a quote followed by anything but a quote, comma or newline. Returns where it stopped.
   */
  private plainRows(text: string, start: number): { end: number; stoppedAtOddRow: boolean } {
    const n = text.length;
    let nextComma = text.indexOf(',');
    let nextNewline = text.indexOf('\n');
    let rowStart = 0;
    while (rowStart < n) {
      const cells: string[] = [];
      let pos = rowStart;
      let newlines = 1;
      for (;;) {
        if (text.charCodeAt(pos) === 34) {
          // A quoted field: up to a quote that is not doubled, which must be followed by a comma or newline.
          let q = pos;
          let doubled = false;
          for (;;) {
            q = text.indexOf('"', q + 1);
            // No closing quote yet, or one at the very end: papaparse treats the end of the text specially.
            if (q === -1 || q === n - 1) return { end: rowStart, stoppedAtOddRow: false };
            const after = text.charCodeAt(q + 1);
            if (after === 34) {
              doubled = true;
              q++;
              continue;
            }
            if (after === 44 || after === 10) break;
            return { end: rowStart, stoppedAtOddRow: true };
          }
          const value = text.slice(pos + 1, q);
          cells.push(doubled ? value.replace(/""/g, '"') : value);
          newlines += countNewlines(text, pos + 1, q);
          pos = q + 2;
          if (text.charCodeAt(q + 1) === 10) break;
          continue;
        }
        if (nextNewline !== -1 && nextNewline < pos) nextNewline = text.indexOf('\n', pos);
        if (nextNewline === -1) return { end: rowStart, stoppedAtOddRow: false };
        if (nextComma !== -1 && nextComma < pos) nextComma = text.indexOf(',', pos);
        if (nextComma !== -1 && nextComma < nextNewline) {
          cells.push(text.slice(pos, nextComma));
          pos = nextComma + 1;
          continue;
        }
        cells.push(text.slice(pos, nextNewline));
        pos = nextNewline + 1;
        break;
      }
      const line = this.rowLine;
      this.rowLine += newlines;
      this.rowStart = start + pos;
      rowStart = pos;
      this.emit({ line, cells });
    }
    return { end: rowStart, stoppedAtOddRow: false };
  }

  /** A row from papaparse. */
  private step(result: StepResult): void {
    const text = this.aggregate;
    const base = this.aggregateStart;
    // Rows arrive in order and each starts where the last ended.
    const start = this.rowStart;
    const error = result.errors[0];
    if (error) {
      // papaparse reports quote errors just past the field's opening quote; point at the quote itself.
      const offset = error.index === undefined ? start : error.type === 'Quotes' ? Math.max(start, base + error.index - 1) : base + error.index;
      const line = this.rowLine + countNewlines(text, start - base, offset - base);
      const rel = offset - base;
      const lineStart = rel > 0 ? text.lastIndexOf('\n', rel - 1) + 1 : 0;
      const what = error.code === 'MissingQuotes' ? 'quoted field is never closed' : `malformed quoting (${error.message})`;
      this.quoteFault = problem(this.path, line, rel - lineStart + 1, what);
      this.parser.abort();
      return;
    }
    // A final newline makes papaparse report one empty row after it, at the very end; that is not a blank line.
    if (this.final && start === this.textOffset) return;
    const end = result.meta.cursor;
    const line = this.rowLine;
    this.rowLine += countNewlines(text, start - base, end - base);
    this.rowStart = end;
    this.emit({ line, cells: result.data[0] });
  }

  private emit(row: CsvRow): void {
    this.rowCount++;
    this.onRow(row);
  }
}

/**
 * Reads a whole CSV file at once (see CsvReader for the rules).
 * On a file-level fault it returns that one problem and no rows, so nothing from a broken file is half-used.
 */
export function readCsv(path: string, bytes: Uint8Array): CsvTable {
  const rows: CsvRow[] = [];
  const reader = new CsvReader(path, (row) => rows.push(row));
  reader.push(bytes);
  const fault = reader.end();
  if (fault) return { header: [], rows: [], problems: [fault] };
  const [headerRow, ...body] = rows;
  return { header: headerRow.cells, rows: body, problems: [] };
}
