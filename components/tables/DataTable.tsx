'use client';

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import useSWR from 'swr';
import { countOf } from '@/lib/format/number';
import { matchRows, rowAt, sortRows, type TableIndex, type TableRow } from '@/lib/view/table-index';
import {
  clampPage,
  DEFAULT_QUERY,
  MAX_FILTER,
  parseTableQuery,
  type TableQuery,
  tableQueryString,
} from '@/lib/view/table-query';

export interface DataTableProps {
  caption: string;
  columns: string[];
  /** The first page, rendered into the static HTML so the table reads without JavaScript. */
  firstPage: TableRow[];
  pageRows: number;
  totalRows: number;
  /** Page n (1-based) is the static JSON file `${pagePrefix}${n}.json`. */
  pagePrefix: string;
  /** The columnar index of every row (lib/view/table-index.ts), fetched only to filter or sort. */
  indexHref: string;
}

const fetchJson = <T,>(url: string) =>
  fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<T>;
  });

const isDefaultView = (q: TableQuery) => !q.q.trim() && q.sort === null;

/**
 * A dataset as an accessible table: filterable and sortable over every row, and paged. Unfiltered and
 * unsorted, pages are static JSON files loaded one at a time through swr. To filter or sort, the table
 * loads the dataset's columnar index once (for the 79,053 detainer records, about 350 kB gzipped, not the
 * 10 MB CSV) and works on all rows. The filter, sort and page live in the URL (?q=&sort=&dir=&page=).
 */
export function DataTable({ caption, columns, firstPage, pageRows, totalRows, pagePrefix, indexHref }: DataTableProps) {
  const [query, setQuery] = useState<TableQuery>(DEFAULT_QUERY);
  const filterInput = useRef<HTMLInputElement>(null);

  // The page runs before React does (the runtime starts on first interaction): take the view from the
  // URL, and keep what was typed meanwhile.
  useEffect(() => {
    const fromUrl = parseTableQuery(window.location.search, columns);
    const typed = filterInput.current?.value;
    setQuery(typed && typed !== fromUrl.q ? { ...fromUrl, q: typed.slice(0, MAX_FILTER), page: 1 } : fromUrl);
    const onPop = () => setQuery(parseTableQuery(window.location.search, columns));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [columns]);

  /** Moves to a view and records it in the URL: typing replaces the entry, sorting and paging add one. */
  const go = useCallback((next: TableQuery, mode: 'push' | 'replace') => {
    setQuery(next);
    const url = `${window.location.pathname}${tableQueryString(next)}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  const wholeTable = !isDefaultView(query);
  const index = useSWR<TableIndex>(wholeTable ? indexHref : null, fetchJson);
  // Filtering 79,053 rows takes a few tens of milliseconds: let typing stay ahead of it.
  const needle = useDeferredValue(query.q);
  const order = useMemo(() => {
    if (!wholeTable || !index.data) return null;
    const matched = matchRows(index.data, needle);
    return query.sort ? sortRows(index.data, matched, query.sort, query.descending) : matched;
  }, [wholeTable, index.data, needle, query.sort, query.descending]);

  const rowCount = order ? order.length : totalRows;
  const pages = Math.max(1, Math.ceil(rowCount / pageRows));
  const page = clampPage(query.page, pages);
  const staticPage = useSWR<TableRow[]>(!wholeTable && page > 1 ? `${pagePrefix}${page}.json` : null, fetchJson, {
    keepPreviousData: true,
  });

  let rows: TableRow[];
  if (order && index.data) rows = order.slice((page - 1) * pageRows, page * pageRows).map((i) => rowAt(index.data!, i));
  else if (wholeTable)
    rows = []; // the index is on its way
  else rows = page === 1 ? firstPage : (staticPage.data ?? []);

  const loading = wholeTable ? index.isLoading : staticPage.isLoading;
  const failed = wholeTable ? index.error : staticPage.error;
  const toggle = (column: string) => {
    const next =
      query.sort !== column
        ? { sort: column, descending: false }
        : query.descending
          ? { sort: null, descending: false }
          : { sort: column, descending: true };
    go({ ...query, ...next, page: 1 }, 'push');
  };

  return (
    <div>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex flex-col">
          <span>Filter all rows</span>
          <input
            ref={filterInput}
            type="search"
            maxLength={MAX_FILTER}
            value={query.q}
            onChange={(e) => go({ ...query, q: e.target.value, page: 1 }, 'replace')}
            className="rule rounded border px-2 py-1"
            style={{ background: 'var(--bg)' }}
          />
        </label>
        <p aria-live="polite">
          Page {page} of {pages} · {countOf(totalRows, 'row')} in all
          {order ? ` · ${order.length.toLocaleString('en-US')} ${query.q.trim() ? 'match' : 'sorted'}` : ''}
          {loading ? ' · loading…' : ''}
          {failed ? ' · the rows could not be loaded' : ''}
        </p>
      </div>
      <div className="my-2 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
        {/* data-raw-rows: the file's own cells, shown as the file has them (tests/e2e/reader-tasks.test.ts reads the rest of the page for file names). */}
        <table className="w-full border-collapse text-left text-sm" data-raw-rows="">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="rule border-b">
              {columns.map((c) => (
                <th
                  key={c}
                  scope="col"
                  className="py-1 pr-3"
                  aria-sort={query.sort === c ? (query.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button type="button" onClick={() => toggle(c)} className="font-semibold underline decoration-dotted">
                    {c}
                    <span aria-hidden="true">{query.sort === c ? (query.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className="rule border-b align-top">
                {columns.map((c) => (
                  <td key={c} className="max-w-[28rem] py-1 pr-3">
                    {r[c] === null || r[c] === undefined ? '' : String(r[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex gap-3 text-sm">
        <button
          type="button"
          className="rule rounded border px-3 py-1 disabled:opacity-50"
          disabled={page <= 1}
          onClick={() => go({ ...query, page: page - 1 }, 'push')}
        >
          Previous page
        </button>
        <button
          type="button"
          className="rule rounded border px-3 py-1 disabled:opacity-50"
          disabled={page >= pages}
          onClick={() => go({ ...query, page: page + 1 }, 'push')}
        >
          Next page
        </button>
      </div>
    </div>
  );
}
