/**
 * TEMPORARY adapter: resolves a relative period token (the tokens of claims.period_rule, data/README.md)
 * against the date it was said. Helper i19 adds lib/claims/relative-period.ts (resolveRelativePeriod); once
 * that is merged this file is deleted and /check calls it instead. `since:<event>` waits for that module.
 */
import type { PeriodType } from '../vocabulary/period-types';

export interface ResolvedPeriod {
  period_type: PeriodType;
  period_start: string;
  period_end: string;
}

/** The tokens a reader can choose; N for past-months/past-days is read from the token itself. */
export const RELATIVE_TOKENS = [
  'this-federal-fy',
  'this-federal-fy-to-date',
  'last-federal-fy',
  'this-calendar-year',
  'this-calendar-year-to-date',
  'last-calendar-year',
] as const;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A real calendar date in ISO form, or null. */
export function parseIsoDate(s: string): Date | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return iso(d) === s ? d : null;
}

/** The period a token names, said on `said` (YYYY-MM-DD); null for an unknown token or date. */
export function resolveRelative(rule: string, said: string): ResolvedPeriod | null {
  const d = parseIsoDate(said);
  if (!d) return null;
  const y = d.getUTCFullYear();
  // The federal FY named for the year it ends in: Oct 1 starts the next one.
  const fy = d.getUTCMonth() >= 9 ? y + 1 : y;
  const federal = (end: number): ResolvedPeriod => ({ period_type: 'federal-fy', period_start: `${end - 1}-10-01`, period_end: `${end}-09-30` });
  const calendar = (year: number): ResolvedPeriod => ({ period_type: 'calendar', period_start: `${year}-01-01`, period_end: `${year}-12-31` });
  const toDate = (start: string): ResolvedPeriod => ({ period_type: 'range-other', period_start: start, period_end: said });
  switch (rule) {
    case 'this-federal-fy':
      return federal(fy);
    case 'this-federal-fy-to-date':
      return toDate(`${fy - 1}-10-01`);
    case 'last-federal-fy':
      return federal(fy - 1);
    case 'this-calendar-year':
      return calendar(y);
    case 'this-calendar-year-to-date':
      return toDate(`${y}-01-01`);
    case 'last-calendar-year':
      return calendar(y - 1);
  }
  const past = /^past-(months|days):([1-9]\d{0,2})$/.exec(rule);
  if (!past) return null;
  const n = Number(past[2]);
  const from = new Date(d);
  if (past[1] === 'days') from.setUTCDate(from.getUTCDate() - n);
  else from.setUTCMonth(from.getUTCMonth() - n);
  return toDate(iso(from));
}
