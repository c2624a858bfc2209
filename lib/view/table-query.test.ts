import { clampPage, MAX_FILTER, parseTableQuery, tableQueryString } from './table-query';

const COLUMNS = ['id', 'county', 'cases'];

describe('parseTableQuery', () => {
  it('reads the filter, sort, direction and page', () => {
    expect(parseTableQuery('?q=Mecklenburg&sort=cases&dir=desc&page=3', COLUMNS)).toEqual({
      q: 'Mecklenburg',
      sort: 'cases',
      descending: true,
      page: 3,
    });
  });
  it('ignores unknown columns, parameters and malformed pages', () => {
    expect(parseTableQuery('?sort=__proto__&dir=desc&page=-2&x=1', COLUMNS)).toEqual({
      q: '',
      sort: null,
      descending: false,
      page: 1,
    });
    expect(parseTableQuery('?page=1e3', COLUMNS).page).toBe(1);
    expect(parseTableQuery('?page=99999999', COLUMNS).page).toBe(1);
    expect(parseTableQuery('?dir=desc', COLUMNS).descending).toBe(false);
  });
  it('cuts an oversized filter and drops control characters', () => {
    expect(parseTableQuery(`?q=${'a'.repeat(5000)}`, COLUMNS).q).toHaveLength(MAX_FILTER);
    expect(parseTableQuery('?q=%3Cscript%3E%00x', COLUMNS).q).toBe('<script>x');
  });
});

describe('tableQueryString', () => {
  it('writes the default view as nothing and round-trips any other', () => {
    expect(tableQueryString({ q: '', sort: null, descending: false, page: 1 })).toBe('');
    const view = { q: 'New Hanover & Wake', sort: 'county', descending: false, page: 2 };
    expect(parseTableQuery(tableQueryString(view), COLUMNS)).toEqual(view);
  });
  it('keeps a page within the table', () => {
    expect(clampPage(9, 3)).toBe(3);
    expect(clampPage(0, 3)).toBe(1);
    expect(clampPage(2, 0)).toBe(1);
  });
});
