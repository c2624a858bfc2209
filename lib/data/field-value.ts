import type { Field } from './schema';

export type Cell = string | number | null;

/** Plain decimal notation only: no thousands separators, no percent signs, no NaN or Infinity. */
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const INTEGER = /^-?(0|[1-9][0-9]*)$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

export function isIsoDate(raw: string): boolean {
  const m = DATE.exec(raw);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Checks one raw cell against its field and returns the typed value, or an error message.
 * Nothing is coerced: "1,000", " 12", "NaN" and "12%" are errors, not numbers.
 */
export function parseField(field: Field, raw: string): { value: Cell } | { error: string } {
  const c = field.constraints ?? {};
  if (raw === '') return c.required ? { error: `${field.name} is required` } : { value: null };
  let value: Cell = raw;
  switch (field.type) {
    case 'integer':
      if (!INTEGER.test(raw)) return { error: `value "${clip(raw)}" is not a whole number` };
      value = Number(raw);
      if (!Number.isSafeInteger(value)) return { error: `value "${clip(raw)}" is out of range` };
      break;
    case 'number':
      if (!NUMBER.test(raw)) return { error: `value "${clip(raw)}" is not a number (plain digits, no separators)` };
      value = Number(raw);
      if (!Number.isFinite(value)) return { error: `value "${clip(raw)}" is out of range` };
      break;
    case 'date':
      if (!isIsoDate(raw)) return { error: `value "${clip(raw)}" is not an ISO 8601 date (YYYY-MM-DD)` };
      break;
    case 'string':
      if (raw !== raw.trim()) return { error: `value "${clip(raw)}" has leading or trailing spaces` };
      break;
  }
  if (c.enum && !c.enum.includes(raw)) return { error: `value "${clip(raw)}" is not one of: ${c.enum.join(', ')}` };
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(raw)) {
    return { error: `value "${clip(raw)}" does not match the pattern for ${field.name}` };
  }
  if (typeof value === 'number') {
    if (c.minimum !== undefined && value < c.minimum) return { error: `${field.name} ${value} is below the minimum ${c.minimum}` };
    if (c.maximum !== undefined && value > c.maximum) return { error: `${field.name} ${value} is above the maximum ${c.maximum}` };
  }
  return { value };
}

/** Keeps messages short when a value is huge. */
export function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
