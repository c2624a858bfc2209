'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import useSWR from 'swr';
import { Citation } from '@/components/share/Citation';
import { CopyButton } from '@/components/share/CopyButton';
import { useSiteOrigin } from '@/components/share/use-site-origin';
import { countOf } from '@/lib/format/number';
import type { County } from '@/lib/view/caseload';
import { exploreEmbedCode } from '@/lib/embed/explore-embed-code';
import { viewCsv } from '@/lib/view/explore-csv';
import { type ExploreMeasure, type MeasureData, viewRows, viewSummary, viewUnit } from '@/lib/view/explore-data';
import { staticViewNote } from '@/lib/view/explore-static-note';
import { switchMeasure } from '@/lib/view/explore-switch';
import {
  type ExploreChoices,
  type ExploreView,
  exploreQuery,
  parseExplore,
  type Tab,
  TABS,
} from '@/lib/view/explore-url';
import type { MapGeometry } from '@/components/charts/MapChartDrawing';
import { exploreChartSpec, exploreMapSpec } from '@/lib/view/explore-spec';
import type { PlaceEvent } from '@/lib/view/place-events';
import { CountyPicker } from './CountyPicker';
import { ExploreChart } from './ExploreChart';
import { ExploreTable } from './ExploreTable';

export interface ExplorerProps {
  measures: ExploreMeasure[];
  /** Every area a view can pick: counties, North Carolina and the U.S. */
  areas: County[];
  choices: ExploreChoices;
  /** The default view and its data: the page's static HTML without JavaScript. */
  initialView: ExploreView;
  initialData: MeasureData;
  /** The NC county map's paths, projected at build (lib/charts/nc-geometry.ts). */
  map: MapGeometry;
  /** The default view's chart as the build drew it (ChartView, like every chart): the page without JavaScript shows it. */
  initialSvg: { wide: string; narrow: string } | null;
  /** The dated events of places, set on a view's chart by the rule every chart follows (lib/view/place-events.ts). */
  events: PlaceEvent[];
  /** The static CSV of the default view, for "Download what you see" before the runtime starts. */
  defaultCsvHref: string;
  /** SITE_URL when the build had one; otherwise null, and links use the origin the page is served from. */
  origin: string | null;
  /** Build date (YYYY-MM-DD), the default access date in the citation. */
  builtOn: string;
}

const TAB_LABEL: Record<Tab, string> = { chart: 'Chart', map: 'Map', table: 'Table' };
const fetchJson = (url: string) =>
  fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${r.status} ${url}`);
    return r.json();
  });

/**
 * The grapher: a measure, counties, a time range and totals or rates, shown as a chart, a map or a table.
 * The view is the URL: every change pushes a history entry, the back button walks them, and a link opens
 * the same view. Each measure's figures are a small static JSON file fetched with swr.
 */
export function Explorer({
  measures,
  areas,
  choices,
  initialView,
  initialData,
  map,
  initialSvg,
  events,
  defaultCsvHref,
  origin,
  builtOn,
}: ExplorerProps) {
  const [view, setView] = useState<ExploreView>(initialView);
  const measure = measures.find((m) => m.id === view.measure)!;
  const { data: fetched, error } = useSWR<MeasureData>(
    measure.id === initialData.id ? null : measure.dataHref,
    fetchJson,
    { keepPreviousData: true },
  );
  const data = measure.id === initialData.id ? initialData : fetched;
  const ready = data?.id === measure.id;

  // Open the view the URL names, and follow the back and forward buttons.
  useEffect(() => {
    const read = () => setView(parseExplore(new URLSearchParams(window.location.search), choices));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [choices]);

  const change = useCallback(
    (patch: Partial<ExploreView>) => {
      setView((old) => {
        const query = exploreQuery({ ...old, ...patch });
        const next = parseExplore(new URLSearchParams(query), choices);
        const url = `/explore?${exploreQuery(next)}`;
        if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url);
        return next;
      });
    },
    [choices],
  );

  const rows = useMemo(() => (ready && data ? viewRows(data, view) : []), [ready, data, view]);
  // The view as chart specs, by the builders of every chart page: the index switch, partial periods, events, the marks.
  const chart = useMemo(
    () => (ready && data ? exploreChartSpec(data, view, events) : null),
    [ready, data, view, events],
  );
  const mapChart = useMemo(
    () => (ready && data && view.tab === 'map' ? exploreMapSpec(data, view) : null),
    [ready, data, view],
  );
  const isInitial = exploreQuery(view) === exploreQuery(initialView);
  const summary = ready && data ? viewSummary(data, view, rows) : 'Loading the figures…';
  const unit = viewUnit(measure.unit, view.per);
  const pickable = useMemo(() => areas.filter((a) => measure.areas.includes(a.fips)), [areas, measure]);
  const shown = data ?? initialData;

  const [csvHref, setCsvHref] = useState(defaultCsvHref);
  const first = useRef(true);
  useEffect(() => {
    if (first.current && exploreQuery(view) === exploreQuery(initialView)) return;
    first.current = false;
    if (!ready || !data) return;
    const url = URL.createObjectURL(new Blob([viewCsv(data, view, rows)], { type: 'text/csv' }));
    // The object URL is an external resource this effect creates and revokes; its href must follow it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCsvHref(url);
    return () => URL.revokeObjectURL(url);
  }, [ready, data, view, rows, initialView]);

  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ chart: null, map: null, table: null });
  const onTabKey = (e: React.KeyboardEvent) => {
    const i = TABS.indexOf(view.tab);
    const to =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : null;
    if (!to) return;
    e.preventDefault();
    change({ tab: to });
    tabRefs.current[to]?.focus();
  };

  const names = useMemo(() => new Map(areas.map((c) => [c.fips, c.name])), [areas]);
  // The last county pick, kept through state measures (which have no counties) so switching back restores it.
  const remembered = useRef<string[]>([]);
  useEffect(() => {
    if (measure.kind === 'county') remembered.current = view.counties;
  }, [measure.kind, view.counties]);
  const [switchNote, setSwitchNote] = useState<string | null>(null);
  const pickMeasure = (id: string) => {
    const to = measures.find((m) => m.id === id)!;
    const { counties, note } = switchMeasure(to, remembered.current, names);
    setSwitchNote(note);
    // One period is no line over time: a county measure opens on its map, and its table is a tab away.
    const single = to.periods.length === 1;
    change({
      measure: id,
      counties,
      ...(single && to.kind === 'county' && view.tab === 'chart' ? { tab: 'map' as const } : {}),
    });
  };
  // Until the page's script has run (and without SITE_URL), links are paths; then they carry the serving origin.
  const here = useSiteOrigin(origin) ?? '';
  const share = `${here}/explore?${exploreQuery(view)}`;
  const embed = exploreEmbedCode(here, view, measure.label);
  const periods = measure.periods;
  const viewTitle = `${measure.label}${view.per === 'per10k' ? ', per 10,000 residents' : ''}: ${view.counties.map((f) => names.get(f) ?? f).join(', ')}, ${view.from === view.to ? view.from : `${view.from} to ${view.to}`}`;

  const initialMeasure = measures.find((m) => m.id === initialView.measure)!;
  return (
    <div>
      {/* Where scripts do not run, the controls are hidden (globals.css, @media (scripting: none)) and this says which view the figures are. */}
      <noscript>
        <p className="rule mb-4 rounded border p-2 text-sm font-medium" data-testid="explore-static-note">
          {staticViewNote(initialView, initialMeasure.label, names)}
        </p>
      </noscript>
      <div className="needs-script grid gap-4 sm:grid-cols-2">
        <label className="flex min-w-0 flex-col text-sm">
          <span className="font-medium">Measure</span>
          <select
            value={view.measure}
            onChange={(e) => pickMeasure(e.target.value)}
            className="rule w-full max-w-full rounded border px-2 py-1"
            style={{ background: 'var(--bg)' }}
          >
            {measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        {periods.length === 1 ? (
          <p className="text-sm">
            <span className="font-medium">Period</span>
            <br />
            {periods[0]}, the only period published for this measure
          </p>
        ) : (
          <fieldset className="text-sm">
            <legend className="font-medium">Time range (inclusive)</legend>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <label>
                From{' '}
                <select
                  value={view.from}
                  onChange={(e) => change({ from: e.target.value })}
                  className="rule rounded border px-1 py-1"
                  style={{ background: 'var(--bg)' }}
                >
                  {periods.map((p) => (
                    <option key={p} value={p} disabled={periods.indexOf(p) > periods.indexOf(view.to)}>
                      {p}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                to{' '}
                <select
                  value={view.to}
                  onChange={(e) => change({ to: e.target.value })}
                  className="rule rounded border px-1 py-1"
                  style={{ background: 'var(--bg)' }}
                >
                  {periods.map((p) => (
                    <option key={p} value={p} disabled={periods.indexOf(p) < periods.indexOf(view.from)}>
                      {p}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </fieldset>
        )}
        <CountyPicker
          counties={pickable}
          picked={view.counties}
          label={measure.kind === 'county' ? 'Counties' : 'Areas'}
          onChange={(picked) => change({ counties: picked })}
        />
        {measure.perCapita && (
          <fieldset className="text-sm">
            <legend className="font-medium">Show</legend>
            {(['total', 'per10k'] as const).map((p) => (
              <label key={p} className="mr-4 inline-flex items-center gap-1">
                <input type="radio" name="per" value={p} checked={view.per === p} onChange={() => change({ per: p })} />
                {p === 'total' ? 'Totals' : 'Per 10,000 residents'}
              </label>
            ))}
          </fieldset>
        )}
        {!measure.perCapita && measure.perCapitaNote && (
          <p className="text-sm" data-testid="per-capita-note">
            {measure.perCapitaNote}
          </p>
        )}
      </div>
      <p className="mt-3 text-sm font-medium" role="status" data-testid="explore-switch-note">
        {switchNote ?? ''}
      </p>

      <div role="tablist" aria-label="View as" className="needs-script mt-6 flex gap-1" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t}
            ref={(el) => {
              tabRefs.current[t] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={view.tab === t}
            aria-controls={`panel-${t}`}
            tabIndex={view.tab === t ? 0 : -1}
            onClick={() => change({ tab: t })}
            className={`rule rounded-t border px-4 py-1 text-sm ${view.tab === t ? 'font-semibold' : 'muted'}`}
            style={view.tab === t ? { borderBottomColor: 'var(--bg)' } : undefined}
          >
            {TAB_LABEL[t]}
          </button>
        ))}
      </div>
      <div className="rule rounded-b border p-3">
        <h2 className="text-base font-semibold" id="explore-title">
          {measure.label}
          {view.per === 'per10k' ? ', per 10,000 residents' : ''}
        </h2>
        <p id="explore-summary" className="mt-1 text-sm" aria-live="polite">
          {summary}
        </p>
        {error && <p className="mt-1 text-sm font-medium">The figures for this measure could not be loaded.</p>}
        <div
          role="tabpanel"
          id="panel-chart"
          aria-labelledby="tab-chart"
          hidden={view.tab !== 'chart'}
          tabIndex={0}
          className="mt-3"
        >
          {ready && periods.length === 1 && (
            <p className="text-sm" data-testid="single-period-note">
              This measure has one period ({periods[0]}), so there is no line over time: the{' '}
              {measure.kind === 'county' ? 'Map and Table tabs show' : 'Table tab shows'} every figure.
            </p>
          )}
          {ready && periods.length > 1 && !chart && (
            <p className="text-sm">No figure for the picked areas in this range: the Table tab lists them.</p>
          )}
          {chart && (
            <div data-testid="explore-chart">
              <p className="muted text-sm">{chart.subtitle}</p>
              <ExploreChart
                spec={chart}
                svg={isInitial ? initialSvg : null}
                geometry={map}
                describedBy="explore-summary"
              />
              {chart.notes.map((note) => (
                <p key={note} className="mt-1 text-sm">
                  {note}
                </p>
              ))}
            </div>
          )}
        </div>
        <div
          role="tabpanel"
          id="panel-map"
          aria-labelledby="tab-map"
          hidden={view.tab !== 'map'}
          tabIndex={0}
          className="mt-3"
        >
          {measure.kind === 'state' ? (
            <p className="text-sm">
              This measure is published for the state as a whole, not by county, so there is no map.
            </p>
          ) : (
            <p className="text-sm">
              Every county in {view.to}
              {view.counties.length ? '; the picked counties are listed in the table' : ''}.
            </p>
          )}
          {mapChart && (
            <div data-testid="explore-map">
              <ExploreChart spec={mapChart} svg={null} geometry={map} describedBy="explore-map-summary" />
              <p id="explore-map-summary" className="mt-1 text-sm">
                {mapChart.description}
              </p>
              {mapChart.notes.map((note) => (
                <p key={note} className="mt-1 text-sm">
                  {note}
                </p>
              ))}
            </div>
          )}
        </div>
        <div
          role="tabpanel"
          id="panel-table"
          aria-labelledby="tab-table"
          hidden={view.tab !== 'table'}
          tabIndex={0}
          className="mt-3"
        >
          {ready && (
            <ExploreTable
              rows={rows}
              unit={unit}
              areaLabel={measure.kind === 'county' ? 'County' : 'Area'}
              caption={`${measure.label}, ${unit}, ${view.from} to ${view.to}`}
            />
          )}
        </div>
        <p className="muted mt-2 text-xs">
          Source: {shown.source.title}.{' '}
          {view.per === 'per10k'
            ? 'Per 10,000 residents uses the county population in each AOC record, computed by On the Record.'
            : ''}
        </p>
        {ready &&
          data?.caveats?.map((c) => (
            <p key={c} className="muted mt-1 text-xs">
              Caveat: {c}
            </p>
          ))}
      </div>

      <div className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <a href={csvHref} download={`explore-${view.measure}.csv`} data-testid="download-view">
          Download what you see (CSV, {countOf(rows.length, 'row')})
        </a>
        <a href={shown.dataset.href} download>
          Download the full dataset ({shown.dataset.title})
        </a>
      </div>
      <details className="rule mt-3 rounded border p-2">
        <summary className="cursor-pointer font-medium">Share this view</summary>
        <p className="mt-2 break-all text-sm">
          <a href={`/explore?${exploreQuery(view)}`} data-testid="share-link">
            {share}
          </a>
        </p>
        <div className="mt-1">
          <CopyButton text={share} label="Link" />
        </div>
      </details>
      <details className="rule mt-2 rounded border p-2">
        <summary className="cursor-pointer font-medium">Embed this view</summary>
        <p className="mt-2 text-sm">
          Paste this into your article. The frame shows this view with no site around it and sizes itself with the
          script; without it, it keeps its first height.
        </p>
        <pre className="rule mt-2 overflow-x-auto rounded border p-2 text-xs">
          <code data-testid="explore-embed-code">{embed}</code>
        </pre>
        <div className="mt-2">
          <CopyButton text={embed} label="Embed code" />
        </div>
      </details>
      <details className="rule mt-2 rounded border p-2">
        <summary className="cursor-pointer font-medium">Cite this view</summary>
        <div className="mt-2">
          <Citation
            input={{ title: viewTitle, agencies: [shown.source.title], accessed: builtOn, year: builtOn.slice(0, 4) }}
            path={`/explore?${exploreQuery(view)}`}
            origin={origin}
          />
        </div>
      </details>
    </div>
  );
}
