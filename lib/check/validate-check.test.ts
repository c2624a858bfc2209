import { loadDataset } from '../data/dataset';
import { checkIndex } from './check-data';
import { type CheckInput, EMPTY_INPUT, MAX_VALUE, checkQuery, parseCheckSearch } from './check-url';
import { validateCheck } from './validate-check';

const index = checkIndex(loadDataset('data'));
const base = {
  measure: 'ice-nc-declined-detainers',
  q: 'more-than',
  n: '500',
  place: '37',
  period: 'federal-fy',
  year: '2019',
};
const errorsOf = (fields: Partial<CheckInput>, tooLong: (keyof CheckInput)[] = []) =>
  validateCheck({ ...EMPTY_INPUT, ...base, ...fields }, index, tooLong).errors;

describe('bad input gets a clear message on its field', () => {
  test('a valid check has no messages', () => expect(errorsOf({})).toEqual({}));
  test.each([
    ['nonsense number', { n: '5OO' }, 'n', /^Not a number/],
    ['exponent', { n: '1e5' }, 'n', /^Not a number/],
    ['Infinity', { n: 'Infinity' }, 'n', /^Not a number/],
    ['huge', { n: '99999999999999999' }, 'n', /^Too large/],
    ['negative count', { n: '-5' }, 'n', /cannot be negative/],
    [
      'percentage over 100',
      { measure: 'acs-nc-noncitizen-share', period: 'calendar', n: '140' },
      'n',
      /^A percentage cannot be over 100/,
    ],
    ['range backwards', { q: 'range', low: '600', high: '500' }, 'low', /starts above where it ends/],
    ['unknown measure', { measure: 'no-such-series' }, 'measure', /^No measure of that name/],
    ['unknown qualifier', { q: 'roughly' }, 'q', /^Unknown qualifier/],
    [
      'a period the measure cannot have',
      { period: 'state-fy', year: '2018-19' },
      'period',
      /has no figures for a north carolina fiscal year/,
    ],
    ['an unknown kind of period', { period: 'decade' }, 'period', /^Unknown kind of period/],
    [
      'a place the measure has no figures for',
      { place: '37119' },
      'place',
      /has no figures for that place; it has figures for North Carolina/,
    ],
    ['a year in words', { year: 'last year' }, 'year', /four digits/],
    ['a relative period without its date', { period: 'relative', rule: 'last-federal-fy' }, 'said', /date it was said/],
    [
      'an unknown relative token',
      { period: 'relative', rule: 'since:<script>', said: '2019-11-03' },
      'rule',
      /relative period/,
    ],
    [
      'an impossible date',
      { period: 'relative', rule: 'last-federal-fy', said: '2019-02-30' },
      'said',
      /date it was said/,
    ],
  ] as const)('%s', (_, fields, field, message) => {
    expect(errorsOf(fields as Partial<CheckInput>)[field]).toMatch(message);
  });
  test('a value too long for the URL is named on its field', () => {
    expect(errorsOf({ measure: '' }, ['measure']).measure).toMatch(/too long to read/);
  });
});

describe('the URL holds the whole check', () => {
  test('canonical order, and only the fields the check uses', () => {
    const q = checkQuery({ ...EMPTY_INPUT, ...base, low: '1', month: '2020-01', rule: 'x' });
    expect(q).toBe('measure=ice-nc-declined-detainers&q=more-than&n=500&place=37&period=federal-fy&year=2019');
    expect(parseCheckSearch(`?${q}`).input).toEqual({ ...EMPTY_INPUT, ...base });
  });
  test('hostile and oversized parameters are not read, and never throw', () => {
    const long = 'x'.repeat(MAX_VALUE + 1);
    const parsed = parseCheckSearch(
      `?measure=${long}&n=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&q=more-than&evil=1&place=%00%0a37`,
    );
    expect(parsed.tooLong).toEqual(['measure']);
    expect(parsed.input.measure).toBe('');
    expect(parsed.input.place).toBe('37');
    expect(Object.keys(parsed.input)).not.toContain('evil');
    expect(validateCheck(parsed.input, index, parsed.tooLong).errors.n).toMatch(/^Not a number/);
    expect(parseCheckSearch(`?${'a=b&'.repeat(600)}`).input).toEqual(EMPTY_INPUT);
  });
});
