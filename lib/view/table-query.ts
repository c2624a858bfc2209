/**
 * The dataset table's view in the URL: ?q=<filter>&sort=<column>&dir=asc|desc&page=<n>. Only these four
 * parameters are read, and each is checked: a sort column must be one of the table's, a page a plain
 * positive number, a filter at most MAX_FILTER characters with control characters dropped. Anything
 * else is ignored, never an error.
 */
export interface TableQuery {
  q: string;
  sort: string | null;
  descending: boolean;
  page: number;
}

export const MAX_FILTER = 100;
export const DEFAULT_QUERY: TableQuery = { q: '', sort: null, descending: false, page: 1 };

const CONTROL = /[\u0000-\u001f\u007f]/g;

export function parseTableQuery(search: string, columns: string[]): TableQuery {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_QUERY;
  }
  const q = (params.get('q') ?? '').replace(CONTROL, '').slice(0, MAX_FILTER);
  const sortParam = params.get('sort');
  const sort = sortParam !== null && columns.includes(sortParam) ? sortParam : null;
  const descending = sort !== null && params.get('dir') === 'desc';
  const pageParam = params.get('page') ?? '';
  const page = /^[1-9][0-9]{0,6}$/.test(pageParam) ? Number(pageParam) : 1;
  return { q, sort, descending, page };
}

/** "?q=…&sort=…" for a view, or "" for the default view; parameters in a fixed order. */
export function tableQueryString(query: TableQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.sort) {
    params.set('sort', query.sort);
    params.set('dir', query.descending ? 'desc' : 'asc');
  }
  if (query.page > 1) params.set('page', String(query.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The page shown: within 1..pages whatever the URL asked for. */
export const clampPage = (page: number, pages: number) => Math.min(Math.max(1, page), Math.max(1, pages));
