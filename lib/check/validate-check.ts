/**
 * Reads a check's fields (text, as typed or as the URL gives them) against what the record can be asked:
 * the measure must be one of the index's, the number a plain number within its unit's range, the period one
 * the measure's figures can have, the place one the measure has figures for. Every problem is a message for
 * its own field; nothing here throws.
 */
import { formatNumber, unitWords } from '../format/number';
import type { PeriodType } from '../vocabulary/period-types';
import type { ClaimQualifier } from '../vocabulary/qualifiers';
import {
  type CheckIndex,
  type CheckMeasure,
  type CheckPlace,
  PERIOD_KIND_WORDS,
  PERIOD_KINDS,
  type PeriodKind,
} from './check-data';
import type { CheckField, CheckInput } from './check-url';
import { PERIOD_RULES, resolveRelativePeriod } from '../claims/relative-period';
import { parseIsoDate } from './iso-date';
import { MONTH_NAMES } from '../format/months';

/** The qualifiers a reader can choose: the site's claim vocabulary, less "average" and "none". */
export const CHECK_QUALIFIERS = [
  'more-than',
  'at-least',
  'nearly',
  'about',
  'up-to',
  'exact',
  'range',
] as const satisfies readonly ClaimQualifier[];
export type CheckQualifier = (typeof CHECK_QUALIFIERS)[number];

export const CHECK_QUALIFIER_WORDS: Record<CheckQualifier, string> = {
  'more-than': 'more than',
  'at-least': 'at least',
  nearly: 'nearly',
  about: 'about',
  'up-to': 'up to',
  exact: 'no qualifier (the number alone)',
  range: 'a range (from … to …)',
};

/** The relative periods the form offers, as claims.period_rule tokens (lib/claims/relative-period.ts); a URL may give any past-months:N or past-days:N. */
export const RELATIVE_CHOICES = [
  ...Object.keys(PERIOD_RULES).filter((r) => !r.includes(':')),
  'past-months:12',
  'past-months:6',
  'past-days:30',
];
/** Each choice in words, from the rule's own words ("past-months:N" fills in N). */
export const relativeWords = (rule: string) => {
  const [token, n] = rule.split(':');
  const words =
    (PERIOD_RULES as Record<string, string>)[rule] ?? (PERIOD_RULES as Record<string, string>)[`${token}:N`] ?? rule;
  return n ? words.replace('N', n) : words;
};

export type CheckErrors = Partial<Record<CheckField, string>>;

export interface StatedPeriod {
  /** The period in words, as a claim's `period` column holds it. */
  words: string;
  period_type: PeriodType;
  period_start: string;
  period_end: string;
  /** The relative-period token, as claims.period_rule holds it; null for a period stated outright. */
  rule: string | null;
  /** The date the relative period was said. */
  said: string | null;
}

/** A check that passed: what the reader heard, ready to be set against the record. */
export interface StatedCheck {
  measure: CheckMeasure;
  qualifier: CheckQualifier;
  value: number | null;
  low: number | null;
  high: number | null;
  period: StatedPeriod;
  place: CheckPlace;
}

/** Largest number a check reads: far above any count in the record, below where floating point loses whole numbers. */
const MAX_NUMBER = 1e12;
const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

const within = (y: number) => y >= 1900 && y <= 2100;
const lastDay = (y: number, m: number) => String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');

/** A number as a reader types it ("1,200", "44.5"), or a message saying why it is not one. */
export function readNumber(text: string, measure: CheckMeasure | null): number | string {
  if (!text) return 'Enter the number you heard.';
  if (!NUMBER.test(text)) return 'Not a number: type digits only, like 500 or 1,200.5 (no words, units or symbols).';
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(n) || Math.abs(n) > MAX_NUMBER)
    return `Too large: the record holds no figure above ${formatNumber(MAX_NUMBER)}.`;
  if (measure) {
    const unit = unitWords(measure.unit);
    if (measure.minimum !== null && n < measure.minimum) {
      return measure.minimum === 0
        ? `A count of ${unit} cannot be negative.`
        : `${unit} cannot be below ${formatNumber(measure.minimum)}.`;
    }
    if (measure.maximum !== null && n > measure.maximum) {
      return measure.maximum === 100
        ? `A percentage cannot be over 100 (${unit}).`
        : `${unit} cannot be more than ${formatNumber(measure.maximum)}.`;
    }
  }
  return n;
}

/** "2019" or "FY2019" -> 2019. */
const readYear = (text: string): number | null => {
  const m = /^(?:FY\s?)?(\d{4})$/i.exec(text);
  return m && within(Number(m[1])) ? Number(m[1]) : null;
};

/** "2018-19" or "FY2018-19" -> 2019, the year a North Carolina fiscal year ends in. */
const readStateYear = (text: string): number | null => {
  const m = /^(?:FY\s?)?(\d{4})[-–](\d{2})$/i.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  return within(start) && (start + 1) % 100 === Number(m[2]) ? start + 1 : null;
};

/** The period a reader states, or the field and message that say what is wrong with it. */
export function readPeriod(
  input: CheckInput,
  measure: CheckMeasure | null,
): StatedPeriod | { field: CheckField; message: string } {
  const kind = input.period as PeriodKind;
  if (!input.period) return { field: 'period', message: 'Choose how the period was stated.' };
  if (!PERIOD_KINDS.includes(kind))
    return { field: 'period', message: 'Unknown kind of period: choose one from the list.' };
  if (measure && !measure.kinds.includes(kind)) {
    const can = measure.kinds.filter((k) => k !== 'relative').map((k) => PERIOD_KIND_WORDS[k].toLowerCase());
    return {
      field: 'period',
      message: `${measure.short_title} has no figures for ${PERIOD_KIND_WORDS[kind].toLowerCase()}; its figures cover ${can.join(', ')}.`,
    };
  }
  const stated = (
    words: string,
    period_type: PeriodType,
    period_start: string,
    period_end: string,
    rule: string | null = null,
    said: string | null = null,
  ): StatedPeriod => ({
    words,
    period_type,
    period_start,
    period_end,
    rule,
    said,
  });
  switch (kind) {
    case 'federal-fy': {
      const y = readYear(input.year);
      if (y === null)
        return {
          field: 'year',
          message: 'Enter the federal fiscal year as four digits, like 2019 (FY2019 ran Oct 1, 2018 to Sep 30, 2019).',
        };
      return stated(`FY${y}`, 'federal-fy', `${y - 1}-10-01`, `${y}-09-30`);
    }
    case 'state-fy': {
      const y = readStateYear(input.year);
      if (y === null)
        return {
          field: 'year',
          message:
            'Enter the North Carolina fiscal year as its two years, like 2018-19 (July 1, 2018 to June 30, 2019).',
        };
      return stated(`FY${y - 1}-${String(y % 100).padStart(2, '0')}`, 'state-fy', `${y - 1}-07-01`, `${y}-06-30`);
    }
    case 'calendar': {
      const y = readYear(input.year);
      if (y === null) return { field: 'year', message: 'Enter the calendar year as four digits, like 2019.' };
      return stated(String(y), 'calendar', `${y}-01-01`, `${y}-12-31`);
    }
    case 'month': {
      const m = /^(\d{4})-(\d{2})$/.exec(input.month);
      const y = m ? Number(m[1]) : 0;
      const mo = m ? Number(m[2]) : 0;
      if (!m || !within(y) || mo < 1 || mo > 12)
        return { field: 'month', message: 'Enter the month as year and month, like 2020-03.' };
      return stated(
        `${MONTH_NAMES[mo - 1]} ${y}`,
        'range-other',
        `${input.month}-01`,
        `${input.month}-${lastDay(y, mo)}`,
      );
    }
    case 'day': {
      const d = parseIsoDate(input.day);
      if (!d || !within(d.getUTCFullYear()))
        return { field: 'day', message: 'Enter the day as a date, like 2025-07-18.' };
      return stated(input.day, 'point-in-time', input.day, input.day);
    }
    case 'relative': {
      // since:<event id> is not offered: the check's figures carry no events.
      if (!RELATIVE_CHOICES.includes(input.rule) && !/^past-(months|days):[1-9]\d{0,2}$/.test(input.rule)) {
        return { field: 'rule', message: 'Choose the relative period that was said, like "last fiscal year".' };
      }
      const said = parseIsoDate(input.said);
      if (!said || !within(said.getUTCFullYear()))
        return { field: 'said', message: 'Enter the date it was said, like 2019-11-03: "last year" depends on it.' };
      const r = resolveRelativePeriod(input.rule, input.said, () => null);
      if (!r.ok) return { field: 'rule', message: r.message };
      return stated(
        `${r.words} (${r.name}, said ${input.said})`,
        r.period.period_type,
        r.period.period_start,
        r.period.period_end,
        input.rule,
        input.said,
      );
    }
  }
}

/** Every field's message, and the check itself when there are none. */
export function validateCheck(
  input: CheckInput,
  index: CheckIndex,
  tooLong: CheckField[] = [],
): { errors: CheckErrors; stated: StatedCheck | null } {
  const errors: CheckErrors = {};
  for (const f of tooLong) errors[f] = 'The link gave this field a value too long to read; enter it again.';
  const say = (f: CheckField, m: string) => {
    if (!errors[f]) errors[f] = m;
  };

  const measure = index.measures.find((m) => m.id === input.measure) ?? null;
  if (!input.measure)
    say('measure', 'Choose what the number counts: type a few words and pick a measure from the list.');
  else if (!measure) say('measure', 'No measure of that name: type a few words and pick one from the list.');

  const qualifier = CHECK_QUALIFIERS.find((q) => q === input.q) ?? null;
  if (!qualifier)
    say('q', input.q ? 'Unknown qualifier: choose one from the list.' : 'Choose how the number was qualified.');

  let value: number | null = null;
  let low: number | null = null;
  let high: number | null = null;
  if (qualifier === 'range') {
    const lo = readNumber(input.low, measure);
    const hi = readNumber(input.high, measure);
    if (typeof lo === 'string') say('low', lo);
    if (typeof hi === 'string') say('high', hi);
    if (typeof lo === 'number' && typeof hi === 'number') {
      if (lo > hi) say('low', `The range starts above where it ends (${formatNumber(lo)} to ${formatNumber(hi)}).`);
      [low, high] = [lo, hi];
    }
  } else if (qualifier) {
    const n = readNumber(input.n, measure);
    if (typeof n === 'string') say('n', n);
    else {
      // The number the claim says out loud, in the column its qualifier reads (CLAIM_BOUNDS), plus value where allowed.
      value = n;
      if (qualifier === 'more-than' || qualifier === 'at-least') low = n;
      if (qualifier === 'up-to' || qualifier === 'nearly') high = n;
    }
  }

  const place = measure?.places.find((p) => p.fips === input.place) ?? null;
  if (!input.place) say('place', 'Choose the place the number is about.');
  else if (measure && !place)
    say(
      'place',
      `${measure.short_title} has no figures for that place; it has figures for ${measure.places.map((p) => p.name).join(', ')}.`,
    );

  const period = readPeriod(input, measure);
  if ('field' in period) say(period.field, period.message);

  const ok = Object.keys(errors).length === 0 && measure && qualifier && place && !('field' in period);
  return { errors, stated: ok ? { measure, qualifier, value, low, high, period, place } : null };
}
