'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import {
  CATALOGUE_QUERY,
  type CatalogueGroup,
  catalogueQueryOf,
  filterCatalogue,
  MAX_CATALOGUE_QUERY,
} from '@/lib/view/catalogue-filter';

export interface ChartCatalogueProps {
  groups: CatalogueGroup[];
}

/**
 * Every chart, grouped by topic, each with a thumbnail (its PNG, drawn as the chart is, in the page's theme:
 * the dark variant shows only where the page is dark, by the same rule as the rest of the site's dark styles). The whole list is in the HTML; the filter narrows it as you type, without a round trip.
 */
export function ChartCatalogue({ groups }: ChartCatalogueProps) {
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // The runtime starts on first interaction: keep anything typed before it did, else the filter the link carries (?q=).
  useEffect(() => {
    setTyped(input.current?.value || catalogueQueryOf(window.location.search));
  }, []);
  const type = (value: string) => {
    setTyped(value);
    const url = new URL(window.location.href);
    if (value) url.searchParams.set(CATALOGUE_QUERY, value);
    else url.searchParams.delete(CATALOGUE_QUERY);
    window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
  };
  const shown = useMemo(() => filterCatalogue(groups, typed), [groups, typed]);
  const total = groups.reduce((n, g) => n + g.charts.length, 0);
  const count = shown.reduce((n, g) => n + g.charts.length, 0);
  return (
    <div>
      <label className="mt-4 flex max-w-md flex-col text-sm">
        <span>Filter charts</span>
        <input
          ref={input}
          type="search"
          name={CATALOGUE_QUERY}
          maxLength={MAX_CATALOGUE_QUERY}
          value={typed}
          onChange={(e) => type(e.target.value)}
          className="rule rounded border px-2 py-1"
          style={{ background: 'var(--bg)' }}
        />
      </label>
      <p className="muted mt-1 text-sm" aria-live="polite" data-testid="catalogue-count">
        {count === total ? `${total} charts` : `${count} of ${total} charts`}
      </p>
      {shown.map((group) => (
        <section key={group.topic} aria-labelledby={`topic-${slug(group.topic)}`}>
          <h2 id={`topic-${slug(group.topic)}`} className="mt-6 text-xl font-semibold">
            {group.topic} <span className="muted text-sm font-normal">({group.charts.length})</span>
          </h2>
          <ul className="mt-2 grid grid-cols-1 gap-4 sm:grid-cols-2">
            {group.charts.map((c) => (
              <li key={c.id} className="rule rounded border p-2">
                <a href={c.href} className="block">
                  {/* Each theme's thumbnail on its own ground, at the card's width and its own shape (a tall chart is capped, contained,
                      never cropped), so its text stays near the size it was drawn at. A lazy image that is not displayed is not fetched. */}
                  <img
                    src={c.thumbnail}
                    alt=""
                    loading="lazy"
                    decoding="async"
                    width={c.thumbnailSize.width}
                    height={c.thumbnailSize.height}
                    data-thumbnail="light"
                    className={`${THUMB} dark:hidden`}
                    style={{ background: 'var(--bg)' }}
                  />
                  <img
                    src={c.thumbnailDark}
                    alt=""
                    loading="lazy"
                    decoding="async"
                    width={c.thumbnailSize.width}
                    height={c.thumbnailSize.height}
                    data-thumbnail="dark"
                    className={`hidden ${THUMB} dark:block`}
                    style={{ background: 'var(--bg)' }}
                  />
                  <span className="mt-1 block font-medium">{c.title}</span>
                </a>
                <p className="muted text-xs">{c.subtitle}</p>
                {c.period && (
                  <p className="text-xs" data-testid="chart-period">
                    Period: {c.period}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const THUMB = 'h-auto max-h-[360px] w-full rounded object-contain object-left-top';
const slug = (topic: string) => topic.toLowerCase().replace(/[^a-z0-9]+/g, '-');
