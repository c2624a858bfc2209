import { clip, isIsoDate, parseField } from './field-value';
import type { Field, FieldConstraints, FieldType } from './schema';

const field = (type: FieldType, constraints?: FieldConstraints, name = 'value'): Field => ({ name, type, constraints });
const ok = (f: Field, raw: string) => {
  const r = parseField(f, raw);
  if ('error' in r) throw new Error(`expected ${JSON.stringify(raw)} to parse, got: ${r.error}`);
  return r.value;
};
const err = (f: Field, raw: string) => {
  const r = parseField(f, raw);
  if (!('error' in r)) throw new Error(`expected ${JSON.stringify(raw)} to be rejected, got ${JSON.stringify(r.value)}`);
  return r.error;
};

describe('parseField: number', () => {
  const number = field('number');

  test.each([
    ['0', 0],
    ['563', 563],
    ['-3', -3],
    ['67.8', 67.8],
    ['-0.25', -0.25],
    ['0.5', 0.5],
    ['189973', 189973],
  ])('accepts %j as %d', (raw, value) => {
    expect(ok(number, raw)).toBe(value);
  });

  test.each([
    '1,000', // thousands separator
    '1 000',
    '1\u00a0000',
    ' 12', // leading space
    '12 ', // trailing space
    'NaN',
    'nan',
    'Infinity',
    '-Infinity',
    '12%',
    '5OO', // letter O for zero
    'l2', // letter l for one
    '1e3',
    '1E3',
    '+5',
    '.5',
    '5.',
    '0x10',
    '007',
    '1.2.3',
    '--1',
    '$5',
    '½',
    '٣', // Arabic-Indic digit
    '1_000',
  ])('rejects %j', (raw) => {
    expect(err(number, raw)).toBe(`value "${raw}" is not a number (plain digits, no separators)`);
  });

  test('rejects a number too large to represent instead of turning it into Infinity', () => {
    expect(err(number, `1${'0'.repeat(400)}`)).toContain('is out of range');
  });

  test('empty is null when optional, an error when required', () => {
    expect(ok(number, '')).toBeNull();
    expect(err(field('number', { required: true }), '')).toBe('value is required');
  });

  test('minimum and maximum are inclusive', () => {
    const bounded = field('number', { minimum: 0, maximum: 100 }, 'share');
    expect(ok(bounded, '0')).toBe(0);
    expect(ok(bounded, '100')).toBe(100);
    expect(err(bounded, '-0.1')).toBe('share -0.1 is below the minimum 0');
    expect(err(bounded, '100.5')).toBe('share 100.5 is above the maximum 100');
  });
});

describe('parseField: integer', () => {
  const integer = field('integer', { required: true, minimum: 1 }, 'position');

  test('accepts whole numbers', () => {
    expect(ok(integer, '1')).toBe(1);
    expect(ok(integer, '12')).toBe(12);
  });

  test.each(['2.5', '1.0', '1e2', ' 1', '1,000', 'one', '01', '+1'])('rejects %j', (raw) => {
    expect(err(integer, raw)).toBe(`value "${raw}" is not a whole number`);
  });

  test('rejects integers past the safe range', () => {
    expect(err(integer, '9007199254740993')).toContain('is out of range');
  });

  test('applies the minimum', () => {
    expect(err(integer, '0')).toBe('position 0 is below the minimum 1');
    expect(err(integer, '-1')).toBe('position -1 is below the minimum 1');
  });
});

describe('parseField: date', () => {
  const date = field('date');

  test.each(['2019-11-03', '2020-02-29', '2000-02-29', '1999-12-31'])('accepts %j and keeps it as text', (raw) => {
    expect(ok(date, raw)).toBe(raw);
  });

  test.each([
    '11/03/2019',
    '03/11/2019',
    '2019-1-1',
    '2019/11/03',
    '20191103',
    '2019-11',
    '2019',
    '2019-11-03T00:00:00Z',
    ' 2019-11-03',
    '2019-02-29', // not a leap year
    '1900-02-29',
    '2019-13-01',
    '2019-00-10',
    '2019-04-31',
    '2019-11-00',
    'Nov 3, 2019',
  ])('rejects %j', (raw) => {
    expect(err(date, raw)).toBe(`value "${raw}" is not an ISO 8601 date (YYYY-MM-DD)`);
  });

  test('isIsoDate checks the calendar', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});

describe('parseField: string', () => {
  test('keeps text as it is', () => {
    expect(ok(field('string'), 'North Carolina, US')).toBe('North Carolina, US');
  });

  test.each([' lead', 'trail ', '\ttab', 'nl\n', '  '])('rejects leading or trailing whitespace in %j', (raw) => {
    expect(err(field('string'), raw)).toContain('has leading or trailing spaces');
  });

  test('inner spaces and newlines are fine', () => {
    expect(ok(field('string'), 'two\nlines  here')).toBe('two\nlines  here');
  });

  test('enum is case-sensitive and exact', () => {
    const kind = field('string', { enum: ['count', 'percent'] }, 'kind');
    expect(ok(kind, 'count')).toBe('count');
    expect(err(kind, 'Count')).toBe('value "Count" is not one of: count, percent');
    expect(err(kind, 'counts')).toBe('value "counts" is not one of: count, percent');
  });

  test('pattern must match the whole value', () => {
    const slug = field('string', { pattern: '[a-z]+(-[a-z]+)*' }, 'id');
    expect(ok(slug, 'abc-def')).toBe('abc-def');
    expect(err(slug, 'abc-def!')).toBe('value "abc-def!" does not match the pattern for id');
    expect(err(slug, 'X-abc')).toBe('value "X-abc" does not match the pattern for id');
  });

  test('the url pattern from datapackage.json admits only http and https', () => {
    const url = field('string', { required: true, pattern: '^https?://\\S+$' }, 'url');
    expect(ok(url, 'https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/', '//example.org/', 'https://exa mple.org/', 'HTTPS://example.org']) {
      expect(err(url, bad)).toContain('does not match the pattern for url');
    }
    expect(err(url, '')).toBe('url is required');
  });

  test('string fields ignore minimum and maximum', () => {
    expect(ok(field('string', { minimum: 5 }), '1')).toBe('1');
  });
});

describe('clip', () => {
  test('leaves short text alone and shortens long text', () => {
    expect(clip('short')).toBe('short');
    expect(clip('x'.repeat(100))).toBe(`${'x'.repeat(60)}…`);
  });

  test('messages about huge values stay short', () => {
    expect(err(field('number'), 'x'.repeat(10_000)).length).toBeLessThan(120);
  });
});

describe('isIsoDate', () => {
  /** The Date round trip isIsoDate used to run: what the calendar check must keep agreeing with. */
  const viaDate = (raw: string) => {
    const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(raw);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  };

  test('agrees with the Date round trip on every month and day of years that test the rules', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const year of [0, 1, 99, 100, 101, 1600, 1700, 1900, 1999, 2000, 2019, 2020, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const raw = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect([raw, isIsoDate(raw)]).toEqual([raw, viaDate(raw)]);
        }
      }
    }
  });

  test.each(['2019-1-01', '2019-01-1', '20190101', '2019/01/01', '2019-01-01 ', ' 2019-01-01', '2019-01-01\n', '２０１９-01-01', '2019-0a-01', '+2019-01-01', ''])(
    'rejects %j, as the Date round trip does',
    (raw) => {
      expect(isIsoDate(raw)).toBe(false);
      expect(viaDate(raw)).toBe(false);
    },
  );
});
