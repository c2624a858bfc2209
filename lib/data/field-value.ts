import type { Field } from './schema';

export type Cell = string | number | null;

/** Plain decimal notation only: no thousands separators, no percent signs, no NaN or Infinity. */
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const INTEGER = /^-?(0|[1-9][0-9]*)$/;

/** YYYY-MM-DD naming a real day; years 0000-0099 are out, as Date.UTC reads them as 1900-1999. */
export function isIsoDate(raw: string): boolean {
  if (raw.length !== 10 || raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (i < 4) year = year * 10 + d;
    else if (i < 7) month = month * 10 + d;
    else day = day * 10 + d;
  }
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A cell that fails its field's checks, and why. */
export class FieldError {
  constructor(readonly error: string) {}
}

/**
 * Checks one raw cell against its field and returns the typed value, or an error message.
 * Nothing is coerced: "1,000", " 12", "NaN" and "12%" are errors, not numbers.
 */
export function parseField(field: Field, raw: string): { value: Cell } | { error: string } {
  const value = cellParser(field)(raw);
  return value instanceof FieldError ? { error: value.error } : { value };
}

/** parseField for one field, ready to run over a column: the typed value or a FieldError, the pattern compiled once. */
export function cellParser(field: Field): (raw: string) => Cell | FieldError {
  // Read the field once: the returned function runs for every cell of the column.
  const { name, type } = field;
  const { required, enum: allowed, pattern: source, minimum, maximum } = field.constraints ?? {};
  const fail = (error: string) => new FieldError(error);
  const empty = () => (required ? fail(`${name} is required`) : null);
  let pattern: RegExp | undefined;
  /** The constraints, in order, on a cell of the right type. */
  const constrained = (raw: string, value: Cell): Cell | FieldError => {
    if (allowed && !allowed.includes(raw)) return fail(`value "${clip(raw)}" is not one of: ${allowed.join(', ')}`);
    if (source) {
      pattern ??= new RegExp(`^(?:${source})$`, 'u');
      if (!pattern.test(raw)) return fail(`value "${clip(raw)}" does not match the pattern for ${name}`);
    }
    if (typeof value === 'number') {
      if (minimum !== undefined && value < minimum) return fail(`${name} ${value} is below the minimum ${minimum}`);
      if (maximum !== undefined && value > maximum) return fail(`${name} ${value} is above the maximum ${maximum}`);
    }
    return value;
  };
  // One function per type, each with only its own checks: a column of a million cells runs one of them.
  switch (type) {
    case 'integer':
      return (raw) => {
        if (raw === '') return empty();
        if (!INTEGER.test(raw)) return fail(`value "${clip(raw)}" is not a whole number`);
        const value = Number(raw);
        if (!Number.isSafeInteger(value)) return fail(`value "${clip(raw)}" is out of range`);
        return constrained(raw, value);
      };
    case 'number':
      return (raw) => {
        if (raw === '') return empty();
        if (!NUMBER.test(raw)) return fail(`value "${clip(raw)}" is not a number (plain digits, no separators)`);
        const value = Number(raw);
        if (!Number.isFinite(value)) return fail(`value "${clip(raw)}" is out of range`);
        return constrained(raw, value);
      };
    case 'date':
      return (raw) => {
        if (raw === '') return empty();
        if (!isIsoDate(raw)) return fail(`value "${clip(raw)}" is not an ISO 8601 date (YYYY-MM-DD)`);
        return constrained(raw, raw);
      };
    case 'string':
      return (raw) => {
        if (raw === '') return empty();
        if (!trimmed(raw)) return fail(`value "${clip(raw)}" has leading or trailing spaces`);
        return allowed || source ? constrained(raw, raw) : raw;
      };
    default:
      return (raw) => (raw === '' ? empty() : constrained(raw, raw));
  }
}

/**
 * raw === raw.trim(), without trimming when both ends are printable ASCII (never white space):
 * the common case, and trim() was the largest part of checking a string cell.
 */
function trimmed(raw: string): boolean {
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  return (first > 32 && first < 127 && last > 32 && last < 127) || raw === raw.trim();
}

/** Keeps messages short when a value is huge. */
export function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
