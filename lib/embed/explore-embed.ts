/**
 * The script of /embed/explore, bundled at build (scripts/publish-explore-embed.ts) into /embed/explore.js.
 * No framework: it reads the view from the URL with the grapher's own allow-list (parseExplore), fetches the
 * measure's static JSON, and draws the same line layout the /explore page draws, with DOM calls that set text
 * as text. The document already holds the default view, drawn at build, for readers without JavaScript.
 */
import { axisFormat, formatNumber } from '../format/number';
import { LINE_SIZES, lineChartLayout } from '../view/explore-chart';
import { type ExploreMeasure, type MeasureData, viewRows, viewSummary, viewUnit } from '../view/explore-data';
import { type ExploreChoices, exploreQuery, parseExplore } from '../view/explore-url';

export interface ExploreEmbedConfig {
  measures: ExploreMeasure[];
  choices: ExploreChoices;
  /** The view drawn into the document at build. */
  defaultQuery: string;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Longer query strings are not read, as in every embed. */
const MAX_QUERY = 2048;

function el(name: string, attrs: Record<string, string | number | undefined>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function drawLines(layout: ReturnType<typeof lineChartLayout>, unit: string): SVGElement {
  const { width, height, plot } = layout;
  const svg = el('svg', { role: 'img', viewBox: `0 0 ${width} ${height}`, width: '100%', 'aria-describedby': 'summary', style: `aspect-ratio:${width}/${height};display:block` });
  svg.appendChild(el('title', {}, `${layout.lines.map((l) => l.county).join(', ')}: ${unit}`));
  const tick = axisFormat(layout.yTicks.map((t) => t.value), unit);
  for (const t of layout.yTicks) {
    svg.appendChild(el('line', { x1: plot.left, x2: plot.right, y1: t.y, y2: t.y, stroke: 'var(--chart-grid)' }));
    svg.appendChild(el('text', { x: plot.left - 6, y: t.y, dy: '0.32em', 'text-anchor': 'end', 'font-size': 12, fill: 'var(--chart-text)' }, tick(t.value)));
  }
  for (const t of layout.xTicks) svg.appendChild(el('text', { x: t.x, y: plot.bottom + 20, 'text-anchor': 'middle', 'font-size': 11, fill: 'var(--chart-text)' }, t.label));
  for (const l of layout.lines) {
    const g = el('g', { stroke: `var(--tone-${l.tone})`, fill: `var(--tone-${l.tone})` });
    for (const s of l.segments) g.appendChild(el('polyline', { points: s.map((p) => `${p.x},${p.y}`).join(' '), fill: 'none', 'stroke-width': 2.5, 'stroke-dasharray': l.dashed ? '6 3' : undefined }));
    for (const p of l.points) {
      const c = el('circle', { cx: p.x, cy: p.y, r: 3.5 });
      c.appendChild(el('title', {}, `${l.county}, ${p.period}: ${formatNumber(p.value)}`));
      g.appendChild(c);
    }
    svg.appendChild(g);
  }
  return svg;
}

function legend(rows: ReturnType<typeof lineChartLayout>['lines']): HTMLElement {
  const ul = document.createElement('ul');
  ul.setAttribute('aria-hidden', 'true');
  for (const l of rows) {
    const li = document.createElement('li');
    const sw = el('svg', { width: 28, height: 10 });
    sw.appendChild(el('line', { x1: 0, x2: 28, y1: 5, y2: 5, stroke: `var(--tone-${l.tone})`, 'stroke-width': 3, 'stroke-dasharray': l.dashed ? '6 3' : undefined }));
    li.appendChild(sw);
    li.appendChild(document.createTextNode(` ${l.county}`));
    ul.appendChild(li);
  }
  return ul;
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
  const unit = viewUnit(data.unit, view.per);
  const periods = data.periods.slice(data.periods.indexOf(view.from), data.periods.indexOf(view.to) + 1);
  document.getElementById('title')!.textContent = `${data.label}${view.per === 'per10k' ? ', per 10,000 residents' : ''}`;
  document.getElementById('summary')!.textContent = viewSummary(data, view, rows);
  // Both layouts, as the page draws them; the chart-frame rule shows the one that fits.
  const frame = document.createElement('div');
  frame.className = 'chart-frame';
  for (const variant of ['wide', 'narrow'] as const) {
    const layout = lineChartLayout(rows, view.counties, periods, LINE_SIZES[variant].width, LINE_SIZES[variant].height);
    const box = document.createElement('div');
    box.className = `chart-${variant}`;
    box.append(legend(layout.lines), drawLines(layout, unit));
    frame.appendChild(box);
  }
  document.getElementById('chart')!.replaceChildren(frame);
}

main();
