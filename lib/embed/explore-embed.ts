/**
 * The script of /embed/explore, bundled at build (scripts/publish-explore-embed.ts) into /embed/explore.js.
 * It draws nothing itself: the charts are the build-time SVGs of the views the build drew (each measure's first
 * view, through ChartView / MapChartDrawing like every chart), and this script only picks one. It reads the view
 * from the URL with the grapher's own allow-list (parseExplore); for a drawn view it fetches that view's fragment
 * (same-origin, written at build); for any other view it writes the view's title, summary and figures as text
 * (a table) with a link to the view on the site. The document already holds the default view.
 */
import { formatNumber } from '../format/number';
import { type ExploreMeasure, type MeasureData, viewRows, viewSummary, viewUnit } from '../view/explore-data';
import { type ExploreChoices, exploreQuery, parseExplore } from '../view/explore-url';

export interface ExploreEmbedConfig {
  measures: ExploreMeasure[];
  choices: ExploreChoices;
  /** The view drawn into the document at build. */
  defaultQuery: string;
  /** The other views the build drew: their query, and the fragment holding their chart. */
  drawn: Record<string, string>;
}

/** Longer query strings are not read, as in every embed. */
const MAX_QUERY = 2048;

function cell(row: HTMLTableRowElement, tag: 'th' | 'td', text: string) {
  const c = document.createElement(tag);
  c.textContent = text;
  row.appendChild(c);
}

/** A view the build did not draw: its figures as a table (text only), and where its chart is. */
function figuresTable(data: MeasureData, rows: ReturnType<typeof viewRows>, unit: string, back: string): HTMLElement[] {
  const note = document.createElement('p');
  note.className = 'note';
  const link = document.createElement('a');
  link.href = back;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'open this view on the site';
  note.append('This embed draws each measure’s first view; the figures of this one are below, and its chart is drawn when you ', link, '.');
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = `${data.label}, ${unit}`;
  table.appendChild(caption);
  const head = table.createTHead().insertRow();
  for (const h of ['Area', 'Period', unit]) cell(head, 'th', h);
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    cell(tr, 'th', r.county);
    cell(tr, 'td', r.period);
    cell(tr, 'td', r.value === null ? 'no record' : formatNumber(r.value));
  }
  const box = document.createElement('div');
  box.className = 'tbl';
  box.appendChild(table);
  return [note, box];
}

async function main() {
  const config = JSON.parse(document.getElementById('explore-config')!.textContent!) as ExploreEmbedConfig;
  const search = location.search.length > MAX_QUERY ? '' : location.search;
  const view = parseExplore(new URLSearchParams(search), config.choices);
  const query = exploreQuery(view);
  const back = document.getElementById('back') as HTMLAnchorElement;
  back.href = `${back.href.split('?')[0]}?${query}`;
  if (query === config.defaultQuery) return;
  const measure = config.measures.find((m) => m.id === view.measure)!;
  const res = await fetch(measure.dataHref);
  if (!res.ok) return;
  const data = (await res.json()) as MeasureData;
  const rows = viewRows(data, view);
  document.getElementById('title')!.textContent = `${data.label}${view.per === 'per10k' ? ', per 10,000 residents' : ''}`;
  document.getElementById('summary')!.textContent = viewSummary(data, view, rows);
  const chart = document.getElementById('chart')!;
  const fragment = config.drawn[query];
  const drawn = fragment ? await fetch(fragment) : null;
  if (drawn?.ok) {
    // Build output of this site (React-escaped SVG), parsed as a document and moved in: no script runs from it.
    const doc = new DOMParser().parseFromString(await drawn.text(), 'text/html');
    chart.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  } else chart.replaceChildren(...figuresTable(data, rows, viewUnit(data.unit, view.per), back.href));
}

main();
