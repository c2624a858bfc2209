'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { type CatalogueGroup, filterCatalogue } from '@/lib/view/catalogue-filter';

export interface ChartCatalogueProps {
  groups: CatalogueGroup[];
}

/**
 * Every chart, grouped by topic, each with a thumbnail (its PNG, drawn as the chart is, on white in either
 * theme). The whole list is in the HTML; the filter narrows it as you type, without a round trip.
 */
export function ChartCatalogue({ groups }: ChartCatalogueProps) {
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // The runtime starts on first interaction: keep anything typed before it did.
  useEffect(() => {
    if (input.current?.value) setTyped(input.current.value);
  }, []);
  const shown = useMemo(() => filterCatalogue(groups, typed), [groups, typed]);
  const total = groups.reduce((n, g) => n + g.charts.length, 0);
  const count = shown.reduce((n, g) => n + g.charts.length, 0);
  return (
    <div>
      <label className="mt-4 flex max-w-md flex-col text-sm">
        <span>Filter charts</span>
        <input ref={input} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} className="rule rounded border px-2 py-1" style={{ background: 'var(--bg)' }} />
      </label>
      <p className="muted mt-1 text-sm" aria-live="polite" data-testid="catalogue-count">
        {count === total ? `${total} charts` : `${count} of ${total} charts`}
      </p>
      {shown.map((group) => (
        <section key={group.topic} aria-labelledby={`topic-${slug(group.topic)}`}>
          <h2 id={`topic-${slug(group.topic)}`} className="mt-6 text-xl font-semibold">{group.topic} <span className="muted text-sm font-normal">({group.charts.length})</span></h2>
          <ul className="mt-2 grid grid-cols-1 gap-4 sm:grid-cols-2">
            {group.charts.map((c) => (
              <li key={c.id} className="rule rounded border p-2">
                <a href={c.href} className="block">
                  {/* The thumbnail is drawn in the light theme on a transparent ground, so it sits on white in both themes. */}
                  <img src={c.thumbnail} alt="" loading="lazy" decoding="async" width={340} height={120} className="h-[120px] w-full rounded bg-white object-cover object-top" />
                  <span className="mt-1 block font-medium">{c.title}</span>
                </a>
                <p className="muted text-xs">{c.subtitle}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const slug = (topic: string) => topic.toLowerCase().replace(/[^a-z0-9]+/g, '-');
