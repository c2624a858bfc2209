'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import useSWR from 'swr';

type Row = Record<string, string | number | null>;

export interface DataTableProps {
  caption: string;
  columns: string[];
  /** The first page, rendered into the static HTML so the table reads without JavaScript. */
  firstPage: Row[];
  pages: number;
  totalRows: number;
  /** Page n (1-based) is the static JSON file `${pagePrefix}${n}.json`. */
  pagePrefix: string;
}

const fetchJson = (url: string) =>
  fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<Row[]>;
  });

/**
 * A dataset as an accessible table: sortable by any column, filterable, and paged. Pages are static JSON
 * files loaded one at a time through swr, so a 14,000-row table never loads at once. Sorting and filtering
 * apply to the page on screen, and the table says so.
 */
export function DataTable({ caption, columns, firstPage, pages, totalRows, pagePrefix }: DataTableProps) {
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);
  const [filter, setFilter] = useState('');
  const filterInput = useRef<HTMLInputElement>(null);
  // The page runs before React does (the runtime starts on first interaction): keep what was typed meanwhile.
  useEffect(() => {
    const typed = filterInput.current?.value;
    if (typed) setFilter(typed);
  }, []);
  const { data, error, isLoading } = useSWR(page === 1 ? null : `${pagePrefix}${page}.json`, fetchJson, { keepPreviousData: true });
  const rows = page === 1 ? firstPage : (data ?? []);

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const kept = needle ? rows.filter((r) => columns.some((c) => String(r[c] ?? '').toLowerCase().includes(needle))) : rows;
    if (!sort) return kept;
    const sign = sort.descending ? -1 : 1;
    return [...kept].sort((a, b) => {
      const x = a[sort.column];
      const y = b[sort.column];
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign;
    });
  }, [rows, columns, sort, filter]);

  const toggle = (column: string) =>
    setSort((s) => (s?.column === column ? (s.descending ? null : { column, descending: true }) : { column, descending: false }));

  return (
    <div>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex flex-col">
          <span>Filter rows on this page</span>
          <input ref={filterInput} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} className="rule rounded border px-2 py-1" style={{ background: 'var(--bg)' }} />
        </label>
        <p aria-live="polite">
          Page {page} of {pages} · {totalRows.toLocaleString('en-US')} rows in all · {shown.length} shown
          {isLoading ? ' · loading…' : ''}
          {error ? ' · this page could not be loaded' : ''}
        </p>
      </div>
      <div className="my-2 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="rule border-b">
              {columns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3" aria-sort={sort?.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" onClick={() => toggle(c)} className="font-semibold underline decoration-dotted">
                    {c}
                    <span aria-hidden="true">{sort?.column === c ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={i} className="rule border-b align-top">
                {columns.map((c) => (
                  <td key={c} className="max-w-[28rem] py-1 pr-3">{r[c] === null ? '' : String(r[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex gap-3 text-sm">
        <button type="button" className="rule rounded border px-3 py-1 disabled:opacity-50" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>Previous page</button>
        <button type="button" className="rule rounded border px-3 py-1 disabled:opacity-50" disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>Next page</button>
      </div>
    </div>
  );
}
