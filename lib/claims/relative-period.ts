import { formatDate } from '../format/period';
import type { PeriodType } from '../vocabulary/period-types';

/**
 * Relative periods ("this fiscal year", "the past 13 months", "since the law took effect") resolved
 * against the article's date. A claim's period_rule names the rule; its period_type, period_start and
 * period_end hold the result, and check:data recomputes them from the rule (lib/data/rules.ts).
 */

/** A resolved period: the type and both ends, as a claim stores them. */
export interface ResolvedPeriod {
  period_type: PeriodType;
  period_start: string;
  period_end: string;
}

export type RelativePeriodResult =
  | {
      ok: true;
      period: ResolvedPeriod;
      /** "this fiscal year", "the past 13 months". */ words: string;
      /** "FY2020", "FY2019 to date". */ name: string;
    }
  | {
      ok: false;
      error: 'unknown-rule' | 'unknown-event' | 'bad-count' | 'no-article-date' | 'event-after-article';
      message: string;
    };

/** The rule tokens, each with the words it stands for; "N" and "<event id>" are filled in. */
export const PERIOD_RULES = {
  'this-federal-fy': 'this fiscal year',
  'this-federal-fy-to-date': 'this fiscal year, to date',
  'last-federal-fy': 'last fiscal year',
  'this-calendar-year': 'this year',
  'this-calendar-year-to-date': 'this year, to date',
  'last-calendar-year': 'last year',
  'past-months:N': 'the past N months',
  'past-days:N': 'the past N days',
  'since:<event id>': 'since the event',
} as const;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The federal fiscal year a day falls in: FY2020 runs Oct 1, 2019 to Sep 30, 2020. */
export function federalFiscalYear(date: string): number {
  const [, y, m] = ISO.exec(date)!.map(Number);
  return m >= 10 ? y + 1 : y;
}

/** The day N months before, clamped to the month's last day (2020-03-31 minus 1 month is 2020-02-29). */
export function minusMonths(date: string, n: number): string {
  const [, y, m, d] = ISO.exec(date)!.map(Number);
  const total = y * 12 + (m - 1) - n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return iso(year, month, Math.min(d, daysIn(year, month)));
}

/** The day N days before. */
export function minusDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}

const federalFy = (fy: number): ResolvedPeriod => ({
  period_type: 'federal-fy',
  period_start: iso(fy - 1, 10, 1),
  period_end: iso(fy, 9, 30),
});
const calendar = (y: number): ResolvedPeriod => ({
  period_type: 'calendar',
  period_start: iso(y, 1, 1),
  period_end: iso(y, 12, 31),
});
const range = (start: string, end: string): ResolvedPeriod => ({
  period_type: 'range-other',
  period_start: start,
  period_end: end,
});

/** N of "past-months:N": a whole number from 1. */
function count(text: string): number | null {
  return /^[1-9]\d*$/.test(text) ? Number(text) : null;
}

/**
 * Resolves a period_rule against the article's date (stories.csv `date`) and, for since:<event id>,
 * the event's date (nc_law_events.csv). Pure: the same rule, date and events always give the same period.
 */
export function resolveRelativePeriod(
  rule: string,
  articleDate: string | null,
  eventDate: (id: string) => string | null,
): RelativePeriodResult {
  const fail = (error: Extract<RelativePeriodResult, { ok: false }>['error'], message: string) => ({
    ok: false as const,
    error,
    message,
  });
  const [token, arg] = rule.includes(':')
    ? [rule.slice(0, rule.indexOf(':')), rule.slice(rule.indexOf(':') + 1)]
    : [rule, null];
  const known = [
    'this-federal-fy',
    'this-federal-fy-to-date',
    'last-federal-fy',
    'this-calendar-year',
    'this-calendar-year-to-date',
    'last-calendar-year',
    'past-months',
    'past-days',
    'since',
  ];
  if (!known.includes(token) || (arg === null) !== !['past-months', 'past-days', 'since'].includes(token)) {
    return fail('unknown-rule', `unknown period_rule "${rule}"; the rules are ${Object.keys(PERIOD_RULES).join(', ')}`);
  }
  if (!articleDate || !ISO.test(articleDate))
    return fail('no-article-date', `period_rule "${rule}" needs the story's date, and the story has none`);
  const [, y] = ISO.exec(articleDate)!.map(Number);
  const fy = federalFiscalYear(articleDate);
  const ok = (period: ResolvedPeriod, words: string, name: string) => ({ ok: true as const, period, words, name });
  switch (token) {
    case 'this-federal-fy':
      return ok(federalFy(fy), PERIOD_RULES[token], `FY${fy}`);
    case 'this-federal-fy-to-date':
      return ok(range(iso(fy - 1, 10, 1), articleDate), PERIOD_RULES[token], `FY${fy} to date`);
    case 'last-federal-fy':
      return ok(federalFy(fy - 1), PERIOD_RULES[token], `FY${fy - 1}`);
    case 'this-calendar-year':
      return ok(calendar(y), PERIOD_RULES[token], `${y}`);
    case 'this-calendar-year-to-date':
      return ok(range(iso(y, 1, 1), articleDate), PERIOD_RULES[token], `${y} to date`);
    case 'last-calendar-year':
      return ok(calendar(y - 1), PERIOD_RULES[token], `${y - 1}`);
    case 'past-months':
    case 'past-days': {
      const n = count(arg!);
      if (n === null)
        return fail(
          'bad-count',
          `period_rule "${rule}" needs a whole number of ${token === 'past-months' ? 'months' : 'days'} from 1`,
        );
      const start = token === 'past-months' ? minusMonths(articleDate, n) : minusDays(articleDate, n);
      const unit = token === 'past-months' ? 'month' : 'day';
      return ok(
        range(start, articleDate),
        `the past ${n} ${unit}${n === 1 ? '' : 's'}`,
        `${n} ${unit}${n === 1 ? '' : 's'} to ${articleDate}`,
      );
    }
    case 'since': {
      const date = eventDate(arg!);
      if (date === null)
        return fail('unknown-event', `period_rule "${rule}": unknown event "${arg}" (not an id in nc_law_events.csv)`);
      if (date > articleDate)
        return fail(
          'event-after-article',
          `period_rule "${rule}": event "${arg}" (${date}) is after the article (${articleDate})`,
        );
      return ok(range(date, articleDate), `since event ${arg}`, `the span from that event, ${date}, to ${articleDate}`);
    }
  }
  return fail('unknown-rule', `unknown period_rule "${rule}"`);
}

/** "'this fiscal year', said on 2019-11-03, is FY2020 (Oct 1, 2019 – Sep 30, 2020)": how the claim's period was derived. */
export function describeDerivation(result: Extract<RelativePeriodResult, { ok: true }>, articleDate: string): string {
  const { period_start: start, period_end: end } = result.period;
  return `‘${result.words}’, said on ${articleDate}, is ${result.name} (${formatDate(start)} – ${formatDate(end)})`;
}

/**
 * How a claim's stored period was derived from its period_rule, for the claim page; null without a rule.
 * check:data has already recomputed the stored period from the rule, so a since:<event id> rule reads
 * the event's date from the claim's own period_start.
 */
export function periodDerivation(
  claim: { period_rule: string | null; period_start: string | null },
  articleDate: string | null,
): string | null {
  if (!claim.period_rule || !articleDate) return null;
  const result = resolveRelativePeriod(claim.period_rule, articleDate, () => claim.period_start);
  return result.ok ? describeDerivation(result, articleDate) : null;
}
