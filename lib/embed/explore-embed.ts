/**
 * The script of /embed/explore, bundled at build (scripts/publish-explore-embed.ts) into /embed/explore.js.
 * It draws nothing itself: the charts are the build-time SVGs of the views the build drew (each measure's first
 * view, through ChartView / MapChartDrawing like every chart), and this script only picks one. It reads the view
 * from the URL with the grapher's own allow-list (parseExplore); for a drawn view it fetches that view's two SVG
 * files (same-origin, written at build); for any other view it writes the view's title, summary and figures as text
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
  /** The other views the build drew, by query: their build-time SVGs (standard and phone layouts), kind and notes. */
  drawn: Record<string, { wide: string; narrow: string; kind: string; notes: string[] }>;
}

/** Longer query strings are not read, as in every embed. */
const MAX_QUERY = 2048;

function cell(row: HTMLTableRowElement, tag: 'th' | 'td', text: string, scope?: 'col' | 'row') {
  const c = document.createElement(tag);
  if (scope) c.setAttribute('scope', scope);
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
  note.append(
    'This embed draws each measure’s first view; the figures of this one are below, and its chart is drawn when you ',
    link,
    '.',
  );
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = `${data.label}, ${unit}`;
  table.appendChild(caption);
  const head = table.createTHead().insertRow();
  for (const h of ['Area', 'Period', unit]) cell(head, 'th', h, 'col');
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    cell(tr, 'th', r.county, 'row');
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
  document.getElementById('title')!.textContent =
    `${data.label}${view.per === 'per10k' ? ', per 10,000 residents' : ''}`;
  document.getElementById('summary')!.textContent = viewSummary(data, view, rows);
  // The measure's own source: the document was written with the default view's.
  document.getElementById('source')!.textContent = `Source: ${data.source.title}`;
  const chart = document.getElementById('chart')!;
  const drawn = config.drawn[query];
  const svgs = drawn
    ? await Promise.all([drawn.wide, drawn.narrow].map((href) => fetch(href).then((r) => (r.ok ? r.text() : null))))
    : [];
  if (drawn && svgs.every(Boolean)) chart.replaceChildren(chartBox(drawn, svgs as string[]));
  else chart.replaceChildren(...figuresTable(data, rows, viewUnit(data.unit, view.per), back.href));
}

/** A drawn view as the chart embeds show one: both layouts in the chart box (CSS shows the one that fits), then its notes. */
function chartBox(drawn: ExploreEmbedConfig['drawn'][string], svgs: string[]): DocumentFragment {
  const out = document.createDocumentFragment();
  const box = document.createElement('div');
  box.className = 'chart-box chart-frame';
  box.setAttribute('data-chart-kind', drawn.kind);
  ['chart-wide', 'chart-narrow'].forEach((name, i) => {
    const layout = document.createElement('div');
    layout.className = name;
    // This site's own build output, parsed as SVG (a document whose scripts never run) and moved in.
    layout.appendChild(
      document.importNode(new DOMParser().parseFromString(svgs[i], 'image/svg+xml').documentElement, true),
    );
    box.appendChild(layout);
  });
  out.appendChild(box);
  for (const note of drawn.notes) {
    const p = document.createElement('p');
    p.className = 'note';
    p.textContent = note;
    out.appendChild(p);
  }
  return out;
}

main();
