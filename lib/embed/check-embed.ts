/**
 * The script of /embed/check, bundled at build (scripts/publish-check-embed.ts) into /embed/check.js.
 * No framework: it reads the check from the URL with the page's own allow-list (parseCheckSearch), validates
 * it with the page's rules, fetches the measure's static JSON and runs the same engine (runCheck: compareClaim
 * and claimChart). Everything is written with DOM calls that set text as text.
 */
import { claimMark } from '../charts/annotations';
import { CHECK_INDEX_HREF, type CheckIndex, type CheckSeriesData } from '../check/check-data';
import { checkFigureRows } from '../check/check-figures';
import { checkQuery, parseCheckSearch } from '../check/check-url';
import { runCheck } from '../check/run-check';
import { validateCheck } from '../check/validate-check';
import type { ChartSpec } from '../charts/chart-spec';
import { formatTick } from '../format/number';
import { STATUS_LABEL } from '../vocabulary/statuses';
import { RECORD_HREF } from '../view/record-coverage';

const SVG = 'http://www.w3.org/2000/svg';

function el<K extends keyof HTMLElementTagNameMap>(name: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const e = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
function svgEl(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The claim chart as bars with the reader's number as a band or line; the spec's own summary describes it. */
function drawBars(spec: ChartSpec): SVGElement {
  const width = 640;
  const label = 170;
  const row = 26;
  const top = 8;
  const height = top + spec.rows.length * row + 24;
  const span = spec.domainMax - spec.domainMin || 1;
  const x = (v: number) => label + ((v - spec.domainMin) / span) * (width - label - 16);
  const svg = svgEl('svg', { role: 'img', viewBox: `0 0 ${width} ${height}`, width: '100%', 'aria-describedby': 'summary', style: `aspect-ratio:${width}/${height};display:block` });
  svg.appendChild(svgEl('title', {}, spec.title));
  const bottom = top + spec.rows.length * row;
  for (const t of spec.ticks) {
    svg.appendChild(svgEl('line', { x1: x(t), x2: x(t), y1: top, y2: bottom, stroke: 'var(--chart-grid)' }));
    svg.appendChild(svgEl('text', { x: x(t), y: bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: 'var(--chart-text)' }, formatTick(t, spec.unit)));
  }
  const o = claimMark(spec);
  if (o) {
    if (o.kind === 'band') svg.appendChild(svgEl('rect', { x: x(o.from), y: top, width: Math.max(2, x(o.to) - x(o.from)), height: bottom - top, fill: 'var(--claim)', 'fill-opacity': 0.18, stroke: 'var(--claim)', 'stroke-dasharray': '4 3' }));
    else svg.appendChild(svgEl('line', { x1: x(o.from), x2: x(o.from), y1: top, y2: bottom, stroke: 'var(--claim)', 'stroke-width': 2.5, 'stroke-dasharray': '6 3' }));
  }
  spec.rows.forEach((r, i) => {
    const y = top + i * row;
    const v = r.values.v ?? 0;
    svg.appendChild(svgEl('text', { x: label - 6, y: y + row / 2, dy: '0.32em', 'text-anchor': 'end', 'font-size': 12, fill: 'var(--chart-text)' }, r.category.length > 26 ? `${r.category.slice(0, 25)}…` : r.category));
    const bar = svgEl('rect', { class: 'chart-mark', x: Math.min(x(0), x(v)), y: y + 4, width: Math.max(1, Math.abs(x(v) - x(0))), height: row - 8, fill: `var(--tone-${r.tone ?? 'record'})` });
    bar.appendChild(svgEl('title', {}, `${r.category}: ${r.labels.v}`));
    svg.appendChild(bar);
    svg.appendChild(svgEl('text', { x: x(v) + 4, y: y + row / 2, dy: '0.32em', 'font-size': 11, fill: 'var(--chart-text)' }, r.labels.v));
  });
  return svg;
}

async function fetchJson<T>(href: string): Promise<T> {
  const res = await fetch(href);
  if (!res.ok) throw new Error(`${res.status} ${href}`);
  return (await res.json()) as T;
}

async function main() {
  const { input, tooLong } = parseCheckSearch(location.search);
  const query = checkQuery(input);
  const back = document.getElementById('back') as HTMLAnchorElement;
  back.href = `${back.href.split('?')[0]}${query ? `?${query}` : ''}`;
  const verdict = document.getElementById('verdict')!;
  const body = document.getElementById('result')!;
  try {
    const index = await fetchJson<CheckIndex>(CHECK_INDEX_HREF);
    const { errors, stated } = validateCheck(input, index, tooLong);
    if (!stated) {
      verdict.replaceChildren(el('p', 'This check is incomplete or has a field that needs a change:'));
      const ul = el('ul');
      for (const message of Object.values(errors)) ul.appendChild(el('li', message));
      body.replaceChildren(ul);
      return;
    }
    const result = runCheck(stated, await fetchJson<CheckSeriesData>(stated.measure.dataHref));
    const status = result.comparison.status;
    document.getElementById('title')!.textContent = `Check: ${result.claim.period}, ${result.claim.geography}`;
    verdict.replaceChildren(el('p', STATUS_LABEL[status], { class: 'badge', 'data-status': status }));
    if (result.noRecord) {
      const p = el('p', `${result.noRecord.sentence} `);
      const a = el('a', 'What has been published', { href: RECORD_HREF, target: '_blank', rel: 'noopener' });
      p.appendChild(a);
      verdict.appendChild(p);
      // The no-record sentence replaces the engine's, which would say no series measures this at all.
    } else verdict.appendChild(el('p', result.comparison.sentence));
    const parts: Node[] = [];
    if (result.chart) {
      parts.push(el('h2', result.chart.title), drawBars(result.chart), el('p', result.chart.description, { id: 'summary', class: 'sr' }));
    }
    const table = el('table');
    table.appendChild(el('caption', 'The figures it rests on'));
    for (const r of checkFigureRows(result)) {
      const tr = el('tr');
      tr.append(el('th', r.label, { scope: 'row' }), el('td', r.valueText), el('td', r.period));
      const td = el('td');
      td.appendChild(el('a', r.sourceTitle, { href: /^https?:\/\//.test(r.sourceUrl) ? r.sourceUrl : '#', rel: 'noopener noreferrer nofollow', target: '_blank' }));
      tr.appendChild(td);
      table.appendChild(tr);
    }
    const details = el('details', undefined, { class: 'tbl' });
    details.append(el('summary', 'Figures and sources'), table);
    parts.push(details);
    body.replaceChildren(...parts);
  } catch {
    verdict.replaceChildren(el('p', 'The figures could not be loaded.'));
  }
}

main();
