import { formatDate } from '../format/period';

type Row = Record<string, unknown>;

/** How current a dataset's figures are: the newest period its rows cover, not the day the file was built. */
export interface DataAsOf {
  /** ISO date the newest period ends (or the newest snapshot, record or event date). */
  end: string;
  /** In words, to follow "data as of": "FY2019-20 (to Jun 30, 2020)", "Jul 19, 2015 (the last record's date)". */
  words: string;
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The row whose value of `field` is the latest date, and that date. */
function newest(rows: Row[], field: string): { row: Row; date: string } | null {
  let best: { row: Row; date: string } | null = null;
  for (const row of rows) {
    const v = row[field];
    if (isDate(v) && (!best || v > best.date)) best = { row, date: v };
  }
  return best;
}

/**
 * The newest period a dataset's rows cover, read from the rows themselves: the latest period_end (named by
 * the row's own period or fiscal year), else the latest record date, snapshot or capture, else the latest
 * calendar year, else the latest dated row. Null when no row carries a date.
 */
export function dataAsOf(rows: Row[]): DataAsOf | null {
  const byPeriod = newest(rows, 'period_end');
  if (byPeriod) {
    const name = byPeriod.row.period ?? byPeriod.row.fiscal_year;
    const to = formatDate(byPeriod.date);
    return { end: byPeriod.date, words: typeof name === 'string' && name ? `${name} (to ${to})` : to };
  }
  const record = newest(rows, 'prepare_date');
  if (record) return { end: record.date, words: `${formatDate(record.date)} (the last record's date)` };
  for (const field of ['snapshot_date', 'capture_date']) {
    const snap = newest(rows, field);
    if (snap) return { end: snap.date, words: `${formatDate(snap.date)} (the latest snapshot)` };
  }
  const years = rows.map((r) => r.year).filter((y): y is number => typeof y === 'number');
  if (years.length) {
    const y = Math.max(...years);
    return { end: `${y}-12-31`, words: `calendar year ${y}` };
  }
  const dated = newest(rows, 'date');
  if (dated) return { end: dated.date, words: `${formatDate(dated.date)} (the latest dated row)` };
  return null;
}
