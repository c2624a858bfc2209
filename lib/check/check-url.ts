/**
 * A check lives in its URL: /check?measure=&q=&n=&low=&high=&place=&period=&year=&month=&day=&rule=&said=.
 * Only these parameters are read, each as text of at most MAX_VALUE characters; a longer one is not read and
 * its field says so. Values are validated against the record later (validate-check.ts), never executed, so a
 * hostile or oversized URL gives a form with messages on its fields, and never throws.
 */

export const CHECK_FIELDS = [
  'measure',
  'q',
  'n',
  'low',
  'high',
  'place',
  'period',
  'year',
  'month',
  'day',
  'rule',
  'said',
] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];
export type CheckInput = Record<CheckField, string>;

/** Longer values are not read; longer query strings are not read at all (as in every embed). */
export const MAX_VALUE = 120;
export const MAX_QUERY = 2048;

export const EMPTY_INPUT: CheckInput = Object.fromEntries(CHECK_FIELDS.map((f) => [f, ''])) as CheckInput;

type Params = { get(name: string): string | null };

export interface ParsedCheck {
  input: CheckInput;
  /** Fields whose value in the URL was too long to read. */
  tooLong: CheckField[];
}

// Control characters never belong in a field; they are dropped rather than shown.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function parseCheck(params: Params): ParsedCheck {
  const input = { ...EMPTY_INPUT };
  const tooLong: CheckField[] = [];
  for (const f of CHECK_FIELDS) {
    const v = params.get(f);
    if (v === null) continue;
    if (v.length > MAX_VALUE) tooLong.push(f);
    else input[f] = v.replace(CONTROL, '').trim();
  }
  return { input, tooLong };
}

export function parseCheckSearch(search: string): ParsedCheck {
  return parseCheck(new URLSearchParams(search.length > MAX_QUERY ? '' : search));
}

/** The fields a check uses, given its qualifier and period kind; the others are left out of its URL. */
export function usedFields(input: CheckInput): CheckField[] {
  const number: CheckField[] = input.q === 'range' ? ['low', 'high'] : ['n'];
  const period: CheckField[] =
    input.period === 'relative'
      ? ['rule', 'said']
      : input.period === 'month'
        ? ['month']
        : input.period === 'day'
          ? ['day']
          : input.period
            ? ['year']
            : [];
  return ['measure', 'q', ...number, 'place', 'period', ...period];
}

/** The query string of a check, in a fixed order so one check has one URL. */
export function checkQuery(input: CheckInput): string {
  const q = new URLSearchParams();
  for (const f of CHECK_FIELDS) if (usedFields(input).includes(f) && input[f]) q.set(f, input[f]);
  return q.toString();
}

export const checkHref = (input: CheckInput) => {
  const q = checkQuery(input);
  return q ? `/check?${q}` : '/check';
};
